/* Safe to Share: background worker (a service worker in Chrome, a background script in Firefox).
 * The only part of the extension that talks to the local server. */
'use strict';
if (typeof importScripts === 'function' && !(globalThis.SafeToShare && globalThis.SafeToShare.server)) {
  importScripts('lib/settings.js', 'lib/server.js');
}

(function () {
  const api = globalThis.browser || globalThis.chrome;
  const { settings, server } = globalThis.SafeToShare;

  function dataUrlToBlob(dataUrl) {
    const m = /^data:([^;,]*)(;base64)?,(.*)$/s.exec(dataUrl || '');
    if (!m) throw new server.ServerError('bad_image', 'The picture could not be read.');
    const mime = m[1] || 'application/octet-stream';
    const raw = m[2] ? atob(m[3]) : decodeURIComponent(m[3]);
    const bytes = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return new Blob([bytes], { type: mime });
  }

  // The checker's version, asked once per server address (and again after it was not reachable).
  const versions = new Map(); // serverUrl -> Promise of {version, minVersion, outdated}
  function compatibilityOf(url) {
    if (!versions.has(url)) {
      versions.set(url, server.health(url).then(server.compatibility).catch((e) => {
        versions.delete(url);
        throw e;
      }));
    }
    return versions.get(url);
  }

  // The first-run notice (checker not running) is shown in full once per browser session; after
  // that, pages say it quietly. Claims are queued so two frames cannot both get the full notice.
  const SESSION_HOURS = 12; // only where storage.session is missing: a flag with a timestamp
  let claims = Promise.resolve(false);
  function claimFirstRunNotice() {
    claims = claims.then(async () => {
      const area = api.storage.session || api.storage.local;
      const { firstRunNoticeAt } = await area.get('firstRunNoticeAt');
      const fresh = firstRunNoticeAt && (api.storage.session || Date.now() - firstRunNoticeAt < SESSION_HOURS * 3600e3);
      if (fresh) return false;
      await area.set({ firstRunNoticeAt: Date.now() });
      return true;
    }).catch(() => false);
    return claims;
  }

  async function handle(msg) {
    const s = await settings.load();
    switch (msg && msg.type) {
      case 'check': {
        const res = await server.check(s.serverUrl, {
          text: String(msg.text),
          profile: s.profile,
          watchlist: s.watchlist,
          allow: s.allow,
        }).catch((e) => {
          versions.delete(s.serverUrl); // it may come back as another version
          throw e;
        });
        const compat = await compatibilityOf(s.serverUrl).catch(() => null);
        return compat && compat.outdated ? { ...res, server: compat } : res;
      }
      case 'firstRun':
        return { full: await claimFirstRunNotice(), serverUrl: s.serverUrl };
      case 'checkImage':
        return server.checkImage(s.serverUrl, dataUrlToBlob(msg.dataUrl), msg.name, s.profile, s.watchlist, s.allow);
      case 'health': {
        const h = await server.health(s.serverUrl);
        return { ...h, ...server.compatibility(h), serverUrl: s.serverUrl };
      }
      case 'openOptions':
        await api.runtime.openOptionsPage();
        return true;
      case 'profiles':
        return server.profiles(s.serverUrl);
      case 'contactCountries':
        return server.contactCountries(s.serverUrl);
      case 'contactTimeline': // the registry follows the profile chosen for checking
        return server.contactTimeline(s.serverUrl, { profile: s.profile, ...msg.question });
      default:
        throw new server.ServerError('bad_message', 'Unknown request.');
    }
  }

  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    // Only our own pages and content scripts can message us (no externally_connectable).
    if (sender && sender.id && sender.id !== api.runtime.id) return false;
    handle(msg).then(
      (result) => sendResponse({ ok: true, result }),
      (err) => {
        const e = err instanceof server.ServerError ? err.toJSON() : { code: 'internal', message: String((err && err.message) || err) };
        sendResponse({ ok: false, error: e });
      },
    );
    return true; // keep the channel open for the asynchronous answer
  });
})();
