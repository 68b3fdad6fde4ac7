/* Safe to Share: settings kept in the browser's local extension storage only.
 * Shared by the background worker, the content scripts, the popup and the options page. */
(function (root) {
  'use strict';
  const ns = (root.SafeToShare = root.SafeToShare || {});
  const api = root.browser || root.chrome;

  const DEFAULTS = Object.freeze({
    serverUrl: 'http://127.0.0.1:8337',
    profile: '', // '' = the server's default profile
    watchlist: [], // the user's own words to flag: own name, family, town, employer
    allow: [], // words never to flag again
    disabledSites: [], // host names where the extension is switched off
  });

  const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

  /** Returns a normalised server URL (origin only) or throws an Error with a plain message.
   *  Only servers on this computer are accepted: drafts must never leave the machine. */
  function normaliseServerUrl(value) {
    let url;
    try {
      url = new URL(String(value || '').trim());
    } catch (e) {
      throw new Error('That is not a valid address. Example: http://127.0.0.1:8337');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new Error('The address must start with http:// or https://');
    }
    if (!LOOPBACK.has(url.hostname)) {
      throw new Error('Safe to Share only talks to a server on this computer (127.0.0.1 or localhost), so your drafts never leave it.');
    }
    return url.origin;
  }

  /** Splits a textarea's lines into a clean, de-duplicated list. */
  function parseList(text) {
    const seen = new Set();
    const out = [];
    for (const line of String(text || '').split(/\r?\n/)) {
      const item = line.trim();
      if (item && !seen.has(item.toLowerCase())) {
        seen.add(item.toLowerCase());
        out.push(item);
      }
    }
    return out;
  }

  async function load() {
    const stored = await api.storage.local.get(Object.keys(DEFAULTS));
    const out = {};
    for (const [k, v] of Object.entries(DEFAULTS)) {
      out[k] = stored[k] === undefined ? (Array.isArray(v) ? v.slice() : v) : stored[k];
    }
    return out;
  }

  async function save(partial) {
    await api.storage.local.set(partial);
  }

  async function addToList(key, item) {
    const s = await load();
    const list = Array.isArray(s[key]) ? s[key] : [];
    if (!list.some((x) => x.toLowerCase() === item.toLowerCase())) {
      list.push(item);
      await save({ [key]: list });
    }
    return list;
  }

  async function setSiteEnabled(host, enabled) {
    const s = await load();
    const set = new Set(s.disabledSites);
    if (enabled) set.delete(host);
    else set.add(host);
    await save({ disabledSites: Array.from(set) });
  }

  ns.settings = { DEFAULTS, load, save, addToList, setSiteEnabled, normaliseServerUrl, parseList };
})(globalThis);
