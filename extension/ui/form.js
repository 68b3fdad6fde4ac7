/* Safe to Share: settings controls shared by the popup and the options page. Each function binds
 * the element with a given id, if the page has it. Everything is stored in the browser's local
 * extension storage only; the watchlist and allow list are sent with each check to the local server. */
(function (root) {
  'use strict';
  const ns = (root.SafeToShare = root.SafeToShare || {});
  const api = root.browser || root.chrome;
  const { settings } = ns;

  const $ = (id) => document.getElementById(id);

  function say(el, text, cls) {
    if (!el) return;
    el.textContent = text;
    el.className = 'msg ' + (cls || '');
  }

  /** Asks the background worker (lib/protocol.js): resolves to {ok, result} or {ok: false, error}. */
  function send(type, payload) {
    return ns.protocol.send(type, payload || {});
  }

  /** Shows `node` in the container with this id (emptied and hidden when node is null). */
  function fill(id, node) {
    const box = $(id);
    if (!box) return;
    box.textContent = '';
    if (node) box.append(node);
    box.hidden = !node;
  }

  /** "Reads English and French. ..." from the health answer's `languages` (ISO 639-1 codes), or ''. */
  function languagesLine(codes) {
    if (!Array.isArray(codes) || !codes.length) return '';
    let names = codes;
    try {
      const dn = new Intl.DisplayNames(['en'], { type: 'language' });
      names = codes.map((c) => dn.of(String(c)) || c);
    } catch (e) { /* codes as they are */ }
    const list = names.length > 1 ? names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1] : names[0];
    return `Reads ${list}. In other languages only emails, phone numbers, links and dates are checked.`;
  }

  /** Fills #server-status with the server's state; #server-languages with the languages it reads; #server-help or the first-run notice
   * (#first-run) when it is not running, #server-update when it is older than needed. */
  async function showStatus() {
    const box = $('server-status');
    if (!box) return null;
    box.dataset.state = 'checking';
    box.textContent = 'Checking the Safe to Share server…';
    const res = await send('health');
    const help = $('server-help');
    const { firstrun } = ns;
    if (res && res.ok && res.result.status === 'ok') {
      box.dataset.state = 'connected';
      box.textContent = `Connected to the checker at ${res.result.serverUrl}` +
        (res.result.version ? ` (version ${res.result.version})` : '');
      if (help) help.hidden = true;
      const langs = $('server-languages');
      if (langs) {
        langs.textContent = languagesLine(res.result.languages);
        langs.hidden = !langs.textContent;
      }
      fill('first-run', null);
      fill('server-update', firstrun && res.result.outdated ? firstrun.updateNote(document, res.result) : null);
    } else {
      const error = (res && res.error) || {};
      const down = error.code === 'server_down';
      box.dataset.state = 'down';
      box.textContent = 'Not running: drafts are not checked until it runs.' + (down || !error.message ? '' : ' ' + error.message);
      if (help) help.hidden = false;
      if ($('server-languages')) $('server-languages').hidden = true;
      fill('server-update', null);
      if (firstrun && $('first-run')) {
        const { serverUrl } = await settings.load();
        fill('first-run', firstrun.notice(document, { serverUrl, onCheckAgain: () => showStatus() }));
      }
    }
    return res;
  }

  async function bindProfiles() {
    const select = $('profile');
    if (!select) return;
    const s = await settings.load();
    const res = await send('profiles');
    select.textContent = '';
    const def = document.createElement('option');
    def.value = '';
    def.textContent = 'Server default';
    select.append(def);
    if (res && res.ok && Array.isArray(res.result.profiles)) {
      for (const p of res.result.profiles) {
        const o = document.createElement('option');
        o.value = p.id;
        const parts = [p.title || p.id];
        if (p.registry || p.channel) parts.push(`(${[p.registry, p.channel].filter(Boolean).join(', ')})`);
        if (p.default) def.textContent = `Server default: ${p.title || p.id}`;
        o.textContent = parts.join(' ');
        select.append(o);
      }
      select.disabled = false;
    } else {
      select.disabled = true;
      def.textContent = 'Profiles appear when the server is running';
    }
    if (s.profile && !Array.from(select.options).some((o) => o.value === s.profile)) {
      const o = document.createElement('option');
      o.value = s.profile;
      o.textContent = s.profile;
      select.append(o);
    }
    select.value = s.profile || '';
    select.addEventListener('change', async () => {
      await settings.save({ profile: select.value });
      say($('profile-msg'), 'Saved.', 'ok');
    });
  }

  async function bindList(id, key) {
    const area = $(id);
    if (!area) return;
    const s = await settings.load();
    area.value = (s[key] || []).join('\n');
    let timer = null;
    const save = async () => {
      await settings.save({ [key]: settings.parseList(area.value) });
      say($(id + '-msg'), 'Saved.', 'ok');
    };
    area.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(save, 400);
    });
    area.addEventListener('change', () => {
      clearTimeout(timer);
      save();
    });
  }

  async function bindServerUrl() {
    const input = $('server-url');
    const form = $('server-form');
    if (!input || !form) return;
    const s = await settings.load();
    input.value = s.serverUrl;
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      let url;
      try {
        url = settings.normaliseServerUrl(input.value);
      } catch (err) {
        say($('server-url-msg'), err.message, 'error');
        return;
      }
      input.value = url;
      await settings.save({ serverUrl: url });
      say($('server-url-msg'), 'Saved.', 'ok');
      await showStatus();
      const sel = $('profile');
      if (sel) {
        const clone = sel.cloneNode(false);
        sel.replaceWith(clone);
        await bindProfiles();
      }
    });
  }

  ns.form = { $, say, send, languagesLine, showStatus, bindProfiles, bindList, bindServerUrl };
})(globalThis);
