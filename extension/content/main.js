/* Safe to Share: content script entry point. Finds the fields people type drafts into, has the
 * background worker check them (never contacting the server from here), shows what was found and
 * applies fixes. Loaded after lib/*.js and the other content/*.js files (see manifest.json). */
(function (root) {
  'use strict';
  const ns = (root.SafeToShare = root.SafeToShare || {});
  if (ns.main) return; // injected twice (e.g. extension reloaded): keep the first
  const api = root.browser || root.chrome;
  const { settings, offsets, textmodel: tm, overlay, panel, adapters, protocol } = ns;

  const DEBOUNCE_MS = 450;
  const states = new Map(); // field element -> FieldState
  let active = null;
  let enabled = false;
  let pendingImages = [];

  function siteHost() {
    try {
      if (!location.hostname && window.top !== window) return window.top.location.hostname;
    } catch (e) { /* cross-origin frame */ }
    return location.hostname;
  }

  function findingKey(f) {
    return (f.category || '') + '|' + String(f.text || '').toLowerCase();
  }

  class FieldState {
    constructor(field) {
      this.field = field;
      this.adapter = adapters.forField(field); // the editor family's adapter (content/adapters/)
      this.findings = [];
      this.checkedText = null; // the text the current findings belong to
      this.status = 'idle'; // idle | checking | ok | error
      this.error = null;
      this.notice = null;
      this.server = null; // {version, minVersion, outdated} when the checker is older than needed
      // {code, name, supported, unchecked: parts (start16, end16) in a language the checker does not read}
      this.language = null;
      this.ignored = new Set();
      this.images = [];
      this.seq = 0;
      this.timer = null;
      this.pending = null;
      this.rewriting = false; // true while we rewrite the field ourselves
      this.stopObserving = null;
    }
    text() {
      return this.adapter.readText(this.field);
    }
    visibleFindings() {
      return this.findings.filter((f) => !this.ignored.has(findingKey(f)));
    }
    /** Blocking findings still in the draft and its pictures (ignored ones excluded). */
    blocking() {
      const out = this.visibleFindings().filter((f) => f.severity === 'block');
      for (const im of this.images) for (const f of im.findings || []) if (f.severity === 'block') out.push(Object.assign({ image: im.name }, f));
      return out;
    }
    isCurrent() {
      return this.status === 'ok' && this.checkedText === this.text();
    }
  }

  function track(field) {
    let st = states.get(field);
    if (!st) {
      st = new FieldState(field);
      states.set(field, st);
      // Editors such as Lexical and Slate apply typing themselves and may fire no input event.
      st.stopObserving = st.adapter.observe(field, () => {
        if (enabled && st.status !== 'checking' && !st.rewriting && st.text() !== st.checkedText) schedule(st);
      });
    }
    return st;
  }

  function untrack(field, st) {
    states.delete(field);
    clearTimeout(st.timer);
    if (st.stopObserving) st.stopObserving();
    if (active === st) active = null;
  }

  function setActive(st) {
    if (active === st) return;
    active = st;
    if (pendingImages.length) {
      st.images.push(...pendingImages);
      pendingImages = [];
    }
    refresh(st);
  }

  function schedule(st, delay) {
    clearTimeout(st.timer);
    st.timer = setTimeout(() => runCheck(st), delay === undefined ? DEBOUNCE_MS : delay);
  }

  function runCheck(st) {
    clearTimeout(st.timer);
    const p = doCheck(st);
    st.pending = p;
    return p;
  }

  async function doCheck(st) {
    const text = st.text();
    const seq = ++st.seq;
    if (!text.trim()) {
      Object.assign(st, { findings: [], checkedText: text, status: 'ok', error: null, language: null });
      refresh(st);
      return;
    }
    st.status = 'checking';
    refresh(st);
    const res = await protocol.send('check', { text });
    if (seq !== st.seq) return; // a newer check of this field superseded this one
    if (!res || !res.ok) {
      const error = Object.assign({ message: 'No answer.' }, res && res.error);
      if (error.code === 'server_down') Object.assign(error, await firstRunNotice());
      if (seq !== st.seq) return;
      Object.assign(st, { status: 'error', error, findings: [], checkedText: null, language: null });
    } else {
      const mapped = offsets.mapFindings(text, res.result.findings);
      if (mapped.dropped.length) console.warn('Safe to Share: findings whose offsets do not match the text were dropped', mapped.dropped);
      await loadLabels();
      if (seq !== st.seq) return;
      Object.assign(st, { status: 'ok', error: null, findings: mapped.findings, checkedText: text, server: res.result.server || null,
        language: languageOf(text, res.result) });
    }
    refresh(st);
  }

  /** What the check said about the draft's language (API fields language, language_name,
   *  language_supported, unchecked), with the unchecked parts in UTF-16 offsets. */
  function languageOf(text, answer) {
    if (!answer.language) return null; // a checker from before languages
    let parts = offsets.mapFindings(text, answer.unchecked || []).findings;
    if (answer.language_supported === false && !parts.length) {
      parts = [{ start16: 0, end16: text.length, text, language: answer.language, language_name: answer.language_name }];
    }
    return { code: answer.language, name: answer.language_name || '', supported: answer.language_supported !== false, unchecked: parts };
  }

  // Category labels in the browser's language, asked once per page (the background caches them).
  let labelsAsked = null;
  function loadLabels() {
    if (!labelsAsked) {
      labelsAsked = protocol.send('labels').then((r) => {
        if (r.ok) panel.setLabels(r.result);
        else labelsAsked = null; // ask again after the next check
      });
    }
    return labelsAsked;
  }

  let firstRun = null; // this page's answer: the full first-run notice, or the quiet one
  /** {firstRun: 'full' | 'quiet', serverUrl}: the full notice once per browser session, not on every page. */
  function firstRunNotice() {
    if (!firstRun) {
      firstRun = protocol.send('firstRun').then(
        (r) => ({ firstRun: r && r.ok && r.result.full ? 'full' : 'quiet', serverUrl: r && r.ok ? r.result.serverUrl : undefined }),
        () => ({ firstRun: 'quiet' }));
    }
    return firstRun;
  }

  /** "Check again" after starting the checker: every draft on the page is checked anew. */
  async function checkAgain(st) {
    st.notice = null;
    await Promise.all(liveStates().filter((d) => d.text().trim()).map(runCheck));
    if (st.status === 'error') {
      st.notice = 'Still not running. Start it with the commands below, then check again.';
      refresh(st);
    }
  }

  /** Makes sure the field's current text has been checked (used before letting a post through). */
  async function ensureChecked(st) {
    for (let i = 0; i < 5; i++) {
      if (st.status === 'checking' && st.pending) await st.pending;
      else if (st.isCurrent()) return st;
      else await runCheck(st);
      if (st.status === 'error') return st;
    }
    return st;
  }

  function liveStates() {
    const out = [];
    for (const [field, st] of states) {
      if (!field.isConnected) untrack(field, st);
      else out.push(st);
    }
    return out;
  }

  let drawQueued = false;
  let drawn = false; // whether any highlight is on the page now
  function redrawHighlights() {
    if (drawQueued) return;
    if (!drawn && !Array.from(states.values()).some((st) => st.findings.length || (st.language && st.language.unchecked.length))) return;
    drawQueued = true;
    requestAnimationFrame(() => {
      drawQueued = false;
      if (!enabled) return;
      const items = liveStates().map((st) => ({
        field: st.field,
        adapter: st.adapter,
        findings: st.status === 'ok' ? st.visibleFindings() : [],
        unchecked: st.status === 'ok' && st.language ? st.language.unchecked : [],
      }));
      overlay.render(items);
      drawn = items.some((it) => it.findings.length || it.unchecked.length);
    });
  }

  function refresh(st) {
    if (!enabled) return;
    redrawHighlights();
    if (st && st === active) {
      const empty = !st.text().trim() && !st.images.length;
      if (empty && st.status !== 'error') panel.hide();
      else panel.render(st, handlersFor(st));
    }
  }

  function stale(st) {
    st.notice = 'The draft changed since it was checked, so nothing was changed. Checking it again…';
    runCheck(st);
  }

  function handlersFor(st) {
    return {
      apply: (f, replacement) => applyFix(st, f, f.start16, f.end16, replacement),
      remove: (f) => {
        const current = st.text();
        if (!offsets.stillAsChecked(st.checkedText, current, f.start16, f.end16)) return stale(st);
        const [s, e] = offsets.removalSpan(current, f.start16, f.end16);
        return applyFix(st, f, s, e, '');
      },
      settings: () => protocol.send('openOptions'),
      checkAgain: () => checkAgain(st),
      ignoreImage: (im) => {
        st.images = st.images.filter((x) => x !== im);
        refresh(st);
      },
      ignore: (f) => {
        st.ignored.add(findingKey(f));
        st.notice = null;
        refresh(st);
      },
      allow: async (f) => {
        st.ignored.add(findingKey(f));
        st.notice = null;
        refresh(st);
        await settings.addToList('allow', f.text); // storage.onChanged re-checks every draft
      },
    };
  }

  async function applyFix(st, f, s, e, replacement) {
    const current = st.text();
    if (st.status !== 'ok' || !offsets.stillAsChecked(st.checkedText, current, Math.min(s, f.start16), Math.max(e, f.end16))) {
      return stale(st);
    }
    st.rewriting = true;
    let result;
    try {
      result = await st.adapter.replace(st.field, s, e, st.checkedText.slice(s, e), replacement);
    } finally {
      st.rewriting = false;
    }
    if (result.stale) return stale(st);
    st.notice = result.ok ? null : result.message;
    await runCheck(st);
  }

  // ---- finding fields -------------------------------------------------------------------------
  // field -> whether it holds a draft, as decided on its last focus or input (a chat line's Send
  // button may appear only once something is typed); page mutations reuse the last verdict.
  const verdicts = new WeakMap();

  /** The field itself if it holds a draft (see scope.js), else null. */
  function draftField(field, decideAgain) {
    if (!field) return null;
    if (states.has(field)) return field;
    if (decideAgain || !verdicts.has(field)) verdicts.set(field, ns.scope.isDraftField(field));
    return verdicts.get(field) ? field : null;
  }

  function fieldFromEvent(e) {
    const path = e.composedPath ? e.composedPath() : [e.target];
    const node = path[0] || e.target;
    if (!node || node.nodeType !== 1 && node.nodeType !== 3) return null;
    const host = overlay.hostElement();
    if (host && path.includes(host)) return null;
    return draftField(tm.fieldFor(node), true);
  }

  function onFocusIn(e) {
    if (!enabled) return;
    const field = fieldFromEvent(e);
    if (!field) return;
    const st = track(field);
    setActive(st);
    if (st.checkedText === null && st.status !== 'checking' && st.text().trim()) schedule(st, 0);
  }

  function onInput(e) {
    if (!enabled || e.isComposing) return; // wait for the IME to finish (compositionend)
    const field = fieldFromEvent(e);
    if (!field) return;
    const st = track(field);
    setActive(st);
    if (!st.rewriting) st.notice = null;
    if (!st.rewriting) schedule(st);
    redrawHighlights();
  }

  const observer = new MutationObserver((mutations) => {
    if (!enabled) return;
    // A field that appeared already focused, or an editor whose text the site changed without an input event.
    const focused = document.activeElement && draftField(tm.fieldFor(document.activeElement));
    if (focused && !states.has(focused)) {
      const st = track(focused);
      setActive(st);
      if (st.text().trim()) schedule(st);
    }
    if (ns.images) ns.images.scan(mutations);
    redrawHighlights();
  });

  function reposition() {
    if (enabled && states.size) redrawHighlights();
  }

  function start() {
    if (enabled) return;
    enabled = true;
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    const f = document.activeElement && tm.fieldFor(document.activeElement);
    if (f) onFocusIn({ composedPath: () => [f], target: f });
  }

  function stop() {
    enabled = false;
    observer.disconnect();
    for (const [field, st] of Array.from(states)) untrack(field, st);
    overlay.remove();
  }

  window.addEventListener('focusin', onFocusIn, true);
  window.addEventListener('input', onInput, true);
  window.addEventListener('compositionend', onInput, true);
  window.addEventListener('scroll', reposition, true);
  window.addEventListener('resize', reposition);

  async function applySettings() {
    const s = await settings.load();
    const on = !s.disabledSites.includes(siteHost());
    if (on && !enabled) start();
    if (!on && enabled) stop();
  }

  api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    applySettings().then(() => {
      if (!enabled) return;
      if (changes.allow || changes.watchlist || changes.profile || changes.serverUrl) {
        for (const st of liveStates()) if (st.text().trim() || st.status === 'error') runCheck(st);
      }
    });
  });

  // The popup asks the tab's top frame (lib/protocol.js); sub-frames leave it to the top one.
  protocol.listen('tab', {
    async siteInfo() {
      const st = active && active.field.isConnected ? active : null;
      return { host: siteHost(), enabled, fields: liveStates().length, status: st ? st.status : null, blocking: st ? st.blocking().length : 0 };
    },
  }, { accept: () => window.top === window });

  function attachImage(entry, field) {
    const st = (field && field.isConnected && track(field)) || active;
    if (st) {
      st.images.push(entry);
      if (st !== active) setActive(st);
    } else pendingImages.push(entry);
    return st;
  }

  /** A picture removed from its draft: its findings go from the panel and no longer hold a post. */
  function detachImage(entry) {
    pendingImages = pendingImages.filter((x) => x !== entry);
    for (const st of liveStates()) {
      if (!st.images.includes(entry)) continue;
      st.images = st.images.filter((x) => x !== entry);
      refresh(st);
    }
  }

  function stateFor(field) {
    return states.get(field) || null;
  }

  ns.main = {
    states: liveStates, active: () => active, ensureChecked, refresh, attachImage, stateFor,
    isEnabled: () => enabled, track, setActive, detachImage,
  };
  applySettings();
})(globalThis);
