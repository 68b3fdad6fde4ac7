/* Safe to Share: toolbar popup. */
(function () {
  'use strict';
  const api = globalThis.browser || globalThis.chrome;
  const { settings, form, protocol } = globalThis.SafeToShare;
  const { $ } = form;

  async function bindSite() {
    const box = $('site-enabled');
    const label = $('site-label');
    let info = null;
    try {
      // The active tab of the last focused browser window (the popup itself is not a tab).
      const win = await api.windows.getLastFocused({ windowTypes: ['normal'] });
      const [tab] = await api.tabs.query({ active: true, windowId: win.id });
      // The content script tells us the site; no "tabs" permission needed.
      if (tab && tab.id !== undefined) {
        const res = await protocol.send('siteInfo', {}, { tabId: tab.id });
        info = res.ok ? res.result : null;
      }
    } catch (e) {
      info = null;
    }
    if (!info || !info.host) {
      box.disabled = true;
      label.textContent = 'Safe to Share does not run on this page.';
      return;
    }
    label.textContent = `Check drafts on ${info.host}`;
    box.checked = info.enabled;
    box.addEventListener('change', async () => {
      await settings.setSiteEnabled(info.host, box.checked);
      form.say($('site-msg'), box.checked ? 'Switched on for this site.' : 'Switched off for this site.', 'ok');
    });
  }

  $('open-options').addEventListener('click', (e) => {
    e.preventDefault();
    api.runtime.openOptionsPage();
  });

  form.showStatus();
  form.bindProfiles();
  form.bindList('watchlist', 'watchlist');
  form.bindList('allow', 'allow');
  bindSite();
})();
