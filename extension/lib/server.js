/* Safe to Share: talks to the local server. Used only by the background worker:
 * content scripts never contact the server themselves. */
(function (root) {
  'use strict';
  const ns = (root.SafeToShare = root.SafeToShare || {});

  class ServerError extends Error {
    constructor(code, message, status) {
      super(message);
      this.code = code;
      this.status = status || 0;
    }
    toJSON() {
      return { code: this.code, message: this.message, status: this.status };
    }
  }

  const START_HINT = 'Start it in a terminal with: safetoshare serve';

  // The oldest checker this extension works with: 0.2.0 is the first release, and the first that
  // reads the watchlist and allow list sent with pictures (older builds silently ignore them).
  const MIN_SERVER_VERSION = '0.2.0';

  /** Whether dotted version `a` is older than `b` (numeric parts; "0.10.0" is newer than "0.9.1"). */
  function isOlder(a, b) {
    const pa = String(a || '0').split(/[.+-]/).map((x) => parseInt(x, 10) || 0);
    const pb = String(b).split(/[.+-]/).map((x) => parseInt(x, 10) || 0);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
      const d = (pa[i] || 0) - (pb[i] || 0);
      if (d) return d < 0;
    }
    return false;
  }

  /** {version, minVersion, outdated} from a /api/v1/health answer. */
  function compatibility(healthAnswer) {
    const version = healthAnswer && typeof healthAnswer.version === 'string' ? healthAnswer.version : '';
    return { version, minVersion: MIN_SERVER_VERSION, outdated: isOlder(version, MIN_SERVER_VERSION) };
  }

  async function request(baseUrl, path, init, timeoutMs) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response;
    try {
      response = await fetch(baseUrl + path, {
        ...init,
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (e) {
      if (controller.signal.aborted) {
        throw new ServerError('timeout', `The Safe to Share server at ${baseUrl} did not answer in time.`);
      }
      throw new ServerError('server_down', `The Safe to Share server is not running at ${baseUrl}. ${START_HINT}`);
    } finally {
      clearTimeout(timer);
    }
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      const err = body && body.error;
      if (response.status === 403) {
        throw new ServerError('forbidden', (err && err.message) || 'The server refused this browser extension (403).', 403);
      }
      throw new ServerError((err && err.code) || 'http_' + response.status,
        (err && err.message) || `The server answered with an error (${response.status}).`, response.status);
    }
    if (body === null || typeof body !== 'object') {
      throw new ServerError('bad_response', 'The server sent an answer Safe to Share could not read.', response.status);
    }
    return body;
  }

  function health(baseUrl) {
    return request(baseUrl, '/api/v1/health', { method: 'GET' }, 5000);
  }

  /** Category, kind and severity labels in language `lang` (the server falls back to English). */
  function labels(baseUrl, lang) {
    return request(baseUrl, `/api/v1/labels?${new URLSearchParams({ lang })}`, { method: 'GET' }, 5000);
  }

  function profiles(baseUrl) {
    return request(baseUrl, '/api/v1/profiles', { method: 'GET' }, 5000);
  }

  function contactCountries(baseUrl) {
    return request(baseUrl, '/api/v1/contact-countries', { method: 'GET' }, 5000);
  }

  /** The contact planner. params: profile, transplant_date, on, recipient_country, role, product. */
  function contactTimeline(baseUrl, params) {
    const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v));
    return request(baseUrl, `/api/v1/contact-timeline?${query}`, { method: 'GET' }, 5000);
  }

  function check(baseUrl, payload) {
    const body = { text: payload.text };
    if (payload.profile) body.profile = payload.profile;
    if (payload.watchlist && payload.watchlist.length) body.watchlist = payload.watchlist;
    if (payload.allow && payload.allow.length) body.allow = payload.allow;
    return request(baseUrl, '/api/v1/check', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }, 30000).then((res) => {
      if (!Array.isArray(res.findings)) throw new ServerError('bad_response', 'The server sent an answer without findings.');
      return res;
    });
  }

  function checkImage(baseUrl, blob, filename, profile, watchlist, allow) {
    const form = new FormData();
    form.append('image', blob, filename || 'image');
    if (profile) form.append('profile', profile);
    // the same personal lists as text checks, for the words read in the picture
    for (const w of watchlist || []) form.append('watchlist', w);
    for (const a of allow || []) form.append('allow', a);
    return request(baseUrl, '/api/v1/check-image', { method: 'POST', body: form }, 60000).then((res) => {
      if (!Array.isArray(res.findings)) throw new ServerError('bad_response', 'The server sent an answer without findings.');
      return res;
    });
  }

  ns.server = { ServerError, health, labels, profiles, check, checkImage, contactCountries, contactTimeline, compatibility, isOlder, START_HINT, MIN_SERVER_VERSION };
})(globalThis);
