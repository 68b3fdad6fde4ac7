/* Safe to Share: background worker (a service worker in Chrome, a background script in Firefox).
 * The only part of the extension that talks to the local server. */
'use strict';
if (typeof importScripts === 'function' && !(globalThis.SafeToShare && globalThis.SafeToShare.server)) {
  importScripts('lib/settings.js', 'lib/server.js', 'lib/protocol.js');
}

(function () {
  const api = globalThis.browser || globalThis.chrome;
  const { settings, server, protocol } = globalThis.SafeToShare;

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

  // Category labels in the browser's language, asked once per server address and language.
  const labels = new Map(); // serverUrl|lang -> Promise of the /api/v1/labels answer
  function uiLanguage() {
    const tag = api.i18n && api.i18n.getUILanguage ? api.i18n.getUILanguage() : 'en';
    return String(tag || 'en').slice(0, 2).toLowerCase();
  }
  function labelsOf(url) {
    const lang = uiLanguage();
    const key = url + '|' + lang;
    if (!labels.has(key)) {
      labels.set(key, server.labels(url, lang).catch((e) => {
        labels.delete(key); // not reachable yet: ask again next time
        throw e;
      }));
    }
    return labels.get(key);
  }

  // One handler per message sent to the background (lib/protocol.js declares them all).
  const handlers = {
    async check({ text }) {
      const s = await settings.load();
      const res = await server.check(s.serverUrl, { text, profile: s.profile, watchlist: s.watchlist, allow: s.allow })
        .catch((e) => {
          versions.delete(s.serverUrl); // it may come back as another version
          throw e;
        });
      const compat = await compatibilityOf(s.serverUrl).catch(() => null);
      return compat && compat.outdated ? { ...res, server: compat } : res;
    },
    async firstRun() {
      const s = await settings.load();
      return { full: await claimFirstRunNotice(), serverUrl: s.serverUrl };
    },
    async checkImage({ dataUrl, name }) {
      const s = await settings.load();
      return server.checkImage(s.serverUrl, dataUrlToBlob(dataUrl), name, s.profile, s.watchlist, s.allow);
    },
    async health() {
      const s = await settings.load();
      const h = await server.health(s.serverUrl);
      return { ...h, ...server.compatibility(h), serverUrl: s.serverUrl };
    },
    async labels() {
      return labelsOf((await settings.load()).serverUrl);
    },
    async openOptions() {
      await api.runtime.openOptionsPage();
      return {};
    },
    async profiles() {
      return server.profiles((await settings.load()).serverUrl);
    },
    async contactCountries() {
      return server.contactCountries((await settings.load()).serverUrl);
    },
    async contactTimeline({ question }) { // the registry follows the profile chosen for checking
      const s = await settings.load();
      return server.contactTimeline(s.serverUrl, { profile: s.profile, ...question });
    },
  };

  protocol.listen('background', handlers, {
    toError: (err) => (err instanceof server.ServerError ? err.toJSON() : { code: 'internal', message: String((err && err.message) || err) }),
  });
})();
