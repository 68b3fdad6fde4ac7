/* Safe to Share: every message between the content scripts, the popup, the options page and the
 * background worker, declared once: its type, the fields of its request and of its answer.
 * `send` checks a request's shape before it leaves; `listen` answers only declared messages with
 * well-formed requests and says clearly what was wrong otherwise (nothing is dropped silently).
 * On the wire: {type, ...request fields} -> {ok: true, result} | {ok: false, error: {code, message}}.
 * Loaded by the background worker, the content scripts and the extension pages; node can require it
 * (tests/extension/protocol.test.mjs). */
(function (root) {
  'use strict';
  const ns = (root.SafeToShare = root.SafeToShare || {});

  /**
   * @typedef {{start: number, end: number, text: string, category: string, kind?: string,
   *   severity: string, message?: string, suggestions?: string[], source?: string}} Finding
   *   offsets in code points, as the server counts them (lib/offsets.js maps them)
   * @typedef {{start: number, end: number, language: string, language_name: string}} UncheckedPart
   *
   * @typedef {{text: string}} CheckRequest
   * @typedef {{findings: Finding[], language?: string, language_name?: string, language_supported?: boolean,
   *   unchecked?: UncheckedPart[], server?: {version: string, minVersion: string, outdated: boolean}}} CheckAnswer
   * @typedef {{dataUrl: string, name: string}} CheckImageRequest
   * @typedef {{findings: Finding[]}} CheckImageAnswer
   * @typedef {{full: boolean, serverUrl: string}} FirstRunAnswer
   * @typedef {{status: string, version: string, minVersion: string, outdated: boolean, serverUrl: string,
   *   languages?: string[]}} HealthAnswer
   * @typedef {{language: string, categories: Object<string, string>, kinds?: Object<string, string>,
   *   severities?: Object<string, string>}} LabelsAnswer
   * @typedef {{profiles: Object[]}} ProfilesAnswer
   * @typedef {{countries: Object[]}} ContactCountriesAnswer
   * @typedef {{question: Object}} ContactTimelineRequest  transplant_date, on, recipient_country, role, product
   * @typedef {{host: string, enabled: boolean, fields: number, status: ?string, blocking: number}} SiteInfoAnswer
   */

  // Field types: string, number, boolean, object, array; a leading '?' makes a field optional
  // (absent or null). Requests may hold only the declared fields; answers may hold more.
  // `to`: 'background' (runtime.sendMessage) or 'tab' (the popup asks a tab's top frame).
  const MESSAGES = Object.freeze({
    check: { to: 'background', request: { text: 'string' },
      answer: { findings: 'array', language: '?string', language_name: '?string', language_supported: '?boolean', unchecked: '?array', server: '?object' } },
    checkImage: { to: 'background', request: { dataUrl: 'string', name: 'string' }, answer: { findings: 'array' } },
    firstRun: { to: 'background', request: {}, answer: { full: 'boolean', serverUrl: 'string' } },
    health: { to: 'background', request: {},
      answer: { status: 'string', version: 'string', minVersion: 'string', outdated: 'boolean', serverUrl: 'string', languages: '?array' } },
    labels: { to: 'background', request: {}, answer: { language: 'string', categories: 'object', kinds: '?object', severities: '?object' } },
    openOptions: { to: 'background', request: {}, answer: {} },
    profiles: { to: 'background', request: {}, answer: { profiles: 'array' } },
    contactCountries: { to: 'background', request: {}, answer: { countries: 'array' } },
    contactTimeline: { to: 'background', request: { question: 'object' }, answer: {} },
    siteInfo: { to: 'tab', request: {}, answer: { host: 'string', enabled: 'boolean', fields: 'number', status: '?string', blocking: 'number' } },
  });

  class ProtocolError extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
    }
    toJSON() {
      return { code: this.code, message: this.message };
    }
  }

  const RESTARTED = 'Safe to Share was updated or restarted; reload this page to check drafts again.';

  function typeOf(value) {
    if (value === null || value === undefined) return 'none';
    if (Array.isArray(value)) return 'array';
    return typeof value;
  }

  /** Throws a ProtocolError (code) naming the message and the field at fault (never its value). */
  function checkShape(fields, value, what, code, strict) {
    if (typeOf(value) !== 'object') throw new ProtocolError(code, `${what} must be an object.`);
    for (const [name, want] of Object.entries(fields)) {
      const optional = want.startsWith('?');
      const type = optional ? want.slice(1) : want;
      const got = typeOf(value[name]);
      if (got === 'none' && optional) continue;
      if (got !== type) throw new ProtocolError(code, `${what}: "${name}" must be ${type === 'array' ? 'an array' : 'a ' + type}.`);
    }
    if (strict) {
      for (const name of Object.keys(value)) {
        if (name !== 'type' && !(name in fields)) throw new ProtocolError(code, `${what}: "${name}" is not one of its fields.`);
      }
    }
  }

  function specOf(type) {
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(MESSAGES, type)) {
      throw new ProtocolError('unknown_message', 'Unknown message type.');
    }
    return MESSAGES[type];
  }

  /** Throws unless `payload` is a well-formed request of message `type`. */
  function checkRequest(type, payload) {
    checkShape(specOf(type).request, payload, `Message "${type}"`, 'bad_message', true);
  }

  /** Throws unless `result` is a well-formed answer to message `type`. */
  function checkAnswer(type, result) {
    checkShape(specOf(type).answer, result, `The answer to "${type}"`, 'bad_answer', false);
  }

  function api() {
    return root.browser || root.chrome;
  }

  /** Sends message `type` with `payload` (its request fields) and resolves to the envelope
   *  {ok, result} or {ok: false, error}. A malformed request is a bug: it rejects with a
   *  ProtocolError before anything is sent. `tab` ({tabId}) addresses a tab's top frame. */
  async function send(type, payload, tab) {
    const spec = specOf(type);
    checkRequest(type, payload || {});
    const msg = Object.assign({}, payload, { type });
    let reply;
    try {
      reply = spec.to === 'tab'
        ? await api().tabs.sendMessage(tab.tabId, msg, { frameId: 0 })
        : await api().runtime.sendMessage(msg);
    } catch (e) {
      return { ok: false, error: { code: 'extension', message: RESTARTED } };
    }
    if (!reply || typeof reply.ok !== 'boolean') {
      return { ok: false, error: { code: 'no_answer', message: 'No answer.' } };
    }
    return reply;
  }

  /** Answers one message with `handlers` (type -> async (request, sender) => result): resolves to
   *  the envelope. Unknown types, malformed requests and malformed answers become errors;
   *  `toError` turns any other failure into {code, message}. */
  async function dispatch(handlers, msg, sender, toError) {
    try {
      const type = msg && msg.type;
      specOf(type);
      if (!Object.prototype.hasOwnProperty.call(handlers, type)) throw new ProtocolError('unknown_message', 'Unknown message type.');
      checkRequest(type, msg);
      const request = Object.assign({}, msg);
      delete request.type;
      const result = await handlers[type](request, sender);
      checkAnswer(type, result);
      return { ok: true, result };
    } catch (err) {
      if (err instanceof ProtocolError) return { ok: false, error: err.toJSON() };
      return { ok: false, error: toError ? toError(err) : { code: 'internal', message: String((err && err.message) || err) } };
    }
  }

  /** The handlers of one side ('background' or 'tab') must be exactly the messages sent to it. */
  function checkHandlers(side, handlers) {
    const want = Object.keys(MESSAGES).filter((t) => MESSAGES[t].to === side).sort();
    const got = Object.keys(handlers).sort();
    if (want.join() !== got.join()) {
      throw new TypeError(`The ${side} handles [${got}] but the protocol sends it [${want}].`);
    }
  }

  /** Answers the messages of `side` from our own extension only. `accept(msg)` may decline a
   *  message this context should leave to another (e.g. a tab's sub-frames). */
  function listen(side, handlers, options) {
    checkHandlers(side, handlers);
    const { toError, accept } = options || {};
    api().runtime.onMessage.addListener((msg, sender, sendResponse) => {
      // Only our own pages and content scripts can message us (no externally_connectable).
      if (sender && sender.id && sender.id !== api().runtime.id) return false;
      if (accept && !accept(msg)) return false;
      dispatch(handlers, msg, sender, toError).then(sendResponse);
      return true; // keep the channel open for the asynchronous answer
    });
  }

  ns.protocol = { MESSAGES, ProtocolError, send, dispatch, listen, checkRequest, checkAnswer, checkHandlers, RESTARTED };
  if (typeof module === 'object' && module && module.exports) module.exports = ns.protocol;
})(globalThis);
