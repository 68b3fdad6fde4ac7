/* Safe to Share: the findings panel for the field being edited. Built with DOM calls and
 * textContent only: nothing from the server or the page is ever parsed as HTML. */
(function (root) {
  'use strict';
  const ns = (root.SafeToShare = root.SafeToShare || {});

  // Category and kind labels in the browser's language, from the checker (GET /api/v1/labels, the
  // one source shared with the review desk and the report), set once the background has them.
  let labels = null;
  function setLabels(answer) {
    labels = answer;
  }

  /** What a finding's category (refined by its kind, where the checker names one) is called. */
  function categoryLabel(category, kind) {
    const k = labels && kind && labels.kinds && labels.kinds[category + '.' + kind];
    const c = labels && labels.categories && labels.categories[category];
    if (k || c) return k || c;
    // Only until the checker has answered (while it is down the panel shows the first-run notice).
    const words = String(category || 'detail').replace(/_/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  const LANGUAGE_INDEPENDENT = 'only emails, phone numbers, links and dates were.';

  function listed(names) {
    return names.length > 1 ? names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1] : names[0];
  }

  /** What the draft's language meant for the check, or null when it was all read in English:
   *  {partial, text}. `language` is FieldState.language (see main.js). */
  function languageNote(language, textLength) {
    if (!language) return null;
    const parts = language.unchecked || [];
    const checkedIn = language.supported && language.code && language.code !== 'en' && language.code !== 'und' && language.name
      ? `Checked in ${language.name}.` : '';
    if (!parts.length) return checkedIn ? { partial: false, text: checkedIn } : null;
    const names = Array.from(new Set(parts.map((p) => p.language_name || 'another language')));
    const whole = parts.length === 1 && parts[0].start16 === 0 && parts[0].end16 >= textLength;
    const where = whole ? `this ${listed(names)} draft` : `the ${listed(names)} ${names.length > 1 ? 'parts' : 'part'}`;
    const text = `Names, places and organisations were not checked in ${where}; ${LANGUAGE_INDEPENDENT}`;
    return { partial: true, text: checkedIn ? `${checkedIn} ${text}` : text };
  }

  const STYLE = `
    .panel { position: fixed; right: 16px; bottom: 16px; width: 370px; max-width: calc(100vw - 32px);
      max-height: min(70vh, 560px); overflow: auto; pointer-events: auto;
      background: #fff; color: #1f2328; border: 1px solid #8c959f; border-radius: 10px;
      box-shadow: 0 8px 28px rgba(0,0,0,.22); font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
    .panel[hidden] { display: none; }
    header { display: flex; align-items: center; gap: 8px; padding: 10px 12px; border-bottom: 1px solid #d0d7de;
      position: sticky; top: 0; background: #f6f8fa; border-radius: 10px 10px 0 0; }
    h2 { font-size: 15px; margin: 0; flex: 1; }
    .logo { width: 18px; height: 18px; border-radius: 50%; background: #0b6e4f; display: inline-block; }
    .status { margin: 0; padding: 8px 12px; font-weight: 600; }
    .status.ok { color: #116329; }
    .status.block { color: #a40e26; }
    .status.warn { color: #7d4e00; }
    .status.error { color: #a40e26; background: #fff0f0; }
    .status.unchecked { color: #7d4e00; background: #fff8e1; }
    .status.partial { color: #424a53; }
    .language { margin: 0 12px 8px; padding: 6px 8px; color: #424a53; background: #f6f8fa;
      border: 1px dotted #8c959f; border-radius: 6px; }
    .notice { margin: 0 12px 8px; padding: 6px 8px; background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; }
    .hint { margin: 0 12px 8px; color: #57606a; font-size: 13px; }
    code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; background: #eaeef2; padding: 1px 4px; border-radius: 4px; }
    ul { list-style: none; margin: 0; padding: 0 12px 8px; }
    li.finding { border: 1px solid #d0d7de; border-left: 5px solid #d4a72c; border-radius: 6px; padding: 8px; margin: 0 0 8px; }
    li.finding.block { border-left-color: #cf222e; }
    .head { display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; }
    .quote { font-weight: 700; background: rgba(245,158,11,.25); padding: 0 3px; border-radius: 3px; }
    li.block .quote { background: rgba(220,38,38,.18); }
    .badge { font-size: 12px; padding: 0 6px; border-radius: 10px; border: 1px solid currentColor; }
    .badge.block { color: #a40e26; }
    .badge.warn { color: #7d4e00; }
    .cat { font-size: 12px; color: #57606a; }
    .why { margin: 4px 0 6px; }
    details.rule { margin: -2px 0 6px; font-size: 13px; color: #424a53; }
    details.rule summary { cursor: pointer; color: #0969da; }
    details.rule p { margin: 4px 0; }
    .source { color: #57606a; font-size: 12px; }
    .actions { display: flex; flex-wrap: wrap; gap: 6px; }
    button { font: inherit; font-size: 13px; padding: 3px 8px; border-radius: 6px; border: 1px solid #8c959f;
      background: #f6f8fa; color: #1f2328; cursor: pointer; }
    button:hover { background: #eaeef2; }
    button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
    button.primary { background: #0b6e4f; border-color: #0b6e4f; color: #fff; }
    button.primary:hover { background: #095c42; }
    .images { padding: 0 12px 8px; }
    .images h3 { font-size: 13px; margin: 4px 0 6px; }
    .pill { position: fixed; right: 16px; bottom: 16px; pointer-events: auto; border-radius: 16px; padding: 6px 12px;
      background: #fff; border: 1px solid #8c959f; box-shadow: 0 4px 14px rgba(0,0,0,.2); font: 600 13px system-ui, sans-serif; }
    .pill.block, .pill.error { color: #a40e26; border-color: #cf222e; }
    .pill.unchecked { color: #7d4e00; border-color: #d4a72c; }
    .pill.partial { color: #424a53; border-style: dotted; }
    .first-run, .update { margin: 0 12px 10px; padding: 8px 10px; border: 1px solid #d0d7de; border-radius: 8px; background: #f6f8fa; }
    .first-run h3 { font-size: 14px; margin: 0 0 4px; }
    .first-run p { margin: 4px 0; }
    .first-run .step { font-weight: 600; margin-top: 8px; }
    .first-run .alt { color: #57606a; font-size: 13px; }
    .update p { margin: 0 0 4px; }
    .cmd { display: flex; gap: 6px; align-items: center; margin: 2px 0; }
    .cmd code { flex: 1; padding: 3px 6px; user-select: all; }
    .first-run .row { margin-top: 8px; }
    .pill[hidden] { display: none; }
  `;

  let panel = null;
  let pill = null;
  let collapsed = false; // the user hid the panel
  let pinnedOpen = false; // the user opened it although the draft is clean
  let lastArgs = null;

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (v === undefined || v === null || v === false) continue;
        if (k === 'class') node.className = v;
        else if (k === 'text') node.textContent = v;
        else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
        else node.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
    return node;
  }

  function button(label, onClick, extra) {
    const b = el('button', Object.assign({ type: 'button', text: label }, extra || {}));
    // Keep the focus and selection in the editor while clicking; keyboard users still reach the buttons.
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      onClick();
    });
    return b;
  }

  function ensure() {
    const shadow = ns.overlay.ui();
    if (panel && panel.isConnected) return;
    ns.overlay.addStyle(STYLE);
    panel = el('section', {
      class: 'panel',
      role: 'complementary',
      'aria-label': 'Safe to Share: what could identify you in this draft',
      'data-testid': 'sts-panel',
      hidden: true,
    });
    pill = el('button', { class: 'pill', type: 'button', hidden: true, title: 'Show the Safe to Share panel', 'data-testid': 'sts-pill' });
    pill.addEventListener('click', () => {
      collapsed = false;
      pinnedOpen = true;
      if (lastArgs) render(lastArgs.state, lastArgs.handlers);
    });
    shadow.append(panel, pill);
  }

  function summary(state, visible) {
    if (state.status === 'error' && state.error && state.error.code === 'server_down') {
      return { cls: 'unchecked', text: 'Not checked: the checker is not running on this computer.' };
    }
    if (state.status === 'error') {
      const msg = (state.error && state.error.message) || 'The Safe to Share server could not be reached.';
      return { cls: 'error', text: 'Not checked: ' + msg };
    }
    if (state.status === 'checking' && !state.checkedText) return { cls: '', text: 'Checking this draft…' };
    const blocks = visible.filter((f) => f.severity === 'block').length;
    const imgBlocks = (state.images || []).reduce((n, im) => n + (im.findings || []).filter((f) => f.severity === 'block').length, 0);
    const warns = visible.length - blocks;
    const imgErrors = (state.images || []).filter((im) => im.status === 'error').length;
    const suffix = (state.status === 'checking' ? ' (checking again…)' : '') +
      (imgErrors ? ` — ${imgErrors === 1 ? 'a picture' : imgErrors + ' pictures'} could not be checked` : '');
    if (blocks + imgBlocks) {
      const n = blocks + imgBlocks;
      return { cls: 'block', text: `${n} ${n === 1 ? 'detail' : 'details'} could identify you or your recipient${suffix}` };
    }
    if (warns) return { cls: 'warn', text: `${warns} ${warns === 1 ? 'thing' : 'things'} worth a second look${suffix}` };
    if (imgErrors) return { cls: 'warn', text: 'Nothing identifying found in the text' + suffix };
    // A draft partly in a language the checker does not read is never called clean.
    const note = languageNote(state.language, state.checkedText ? state.checkedText.length : 0);
    if (note && note.partial) return { cls: 'partial', text: 'Nothing identifying found in the parts that were checked' + suffix };
    // A clean draft shows only the pill: it says the language too when not English.
    const inLanguage = note ? ` (${note.text.replace(/\.$/, '').replace(/^C/, 'c')})` : '';
    return { cls: 'ok', text: 'Nothing identifying found in this draft' + inLanguage + suffix };
  }

  function findingItem(f, handlers, idx) {
    const sev = f.severity === 'block' ? 'block' : 'warn';
    const actions = el('div', { class: 'actions' });
    for (const s of f.suggestions || []) {
      if (typeof s !== 'string') continue;
      actions.append(button(s.trim() ? `Replace with “${s}”` : 'Remove', () => handlers.apply(f, s),
        { class: 'primary', 'data-action': 'apply', 'data-replacement': s }));
    }
    actions.append(button('Remove words', () => handlers.remove(f), { 'data-action': 'remove' }));
    actions.append(button('Ignore', () => handlers.ignore(f), { 'data-action': 'ignore', title: 'Ignore in this draft' }));
    actions.append(button('Always allow', () => handlers.allow(f), { 'data-action': 'allow', title: 'Never flag these words again' }));
    return el('li', { class: 'finding ' + sev, 'data-finding': f.text, 'data-category': f.category, 'data-kind': f.kind, 'data-severity': sev, 'data-index': idx },
      el('div', { class: 'head' },
        el('span', { class: 'quote', text: f.text }),
        el('span', { class: 'badge ' + sev, text: sev === 'block' ? 'Fix before posting' : 'Check' }),
        el('span', { class: 'cat', text: categoryLabel(f.category, f.kind) })),
      why(f),
      actions);
  }

  /** The reason in one sentence, with the rule's wording and its source one click away. */
  function why(f) {
    const msg = String(f.message || '');
    const cut = msg.search(/[.!?]\s/);
    const first = cut > 0 ? msg.slice(0, cut + 1) : msg;
    const rest = cut > 0 ? msg.slice(cut + 2).trim() : '';
    const wrap = el('div', { class: 'why-box' }, first ? el('p', { class: 'why', text: first }) : null);
    if (rest || f.source) {
      wrap.append(el('details', { class: 'rule' },
        el('summary', { text: 'The rule' }),
        rest ? el('p', { text: rest }) : null,
        f.source ? el('p', { class: 'source', text: 'Source: ' + f.source }) : null));
    }
    return wrap;
  }

  function imageSection(images, handlers) {
    if (!images || !images.length) return null;
    const list = el('ul', { class: 'image-list' });
    for (const im of images) {
      let body;
      if (im.status === 'checking') body = el('p', { class: 'why', text: 'Checking the picture…' });
      else if (im.status === 'error') body = el('p', { class: 'why', text: 'Not checked: ' + ((im.error && im.error.message) || 'the server could not be reached.') });
      else if (!im.findings.length) body = el('p', { class: 'why', text: 'Nothing identifying found in this picture.' });
      else {
        body = el('ul', {});
        for (const f of im.findings) {
          const sev = f.severity === 'block' ? 'block' : 'warn';
          body.append(el('li', { class: 'finding ' + sev, 'data-category': f.category, 'data-kind': f.kind, 'data-severity': sev },
            el('div', { class: 'head' },
              f.text ? el('span', { class: 'quote', text: f.text }) : null,
              el('span', { class: 'badge ' + sev, text: sev === 'block' ? 'Fix before posting' : 'Check' }),
              el('span', { class: 'cat', text: categoryLabel(f.category, f.kind) })),
            why(f)));
        }
      }
      list.append(el('li', { class: 'image', 'data-image': im.name, 'data-status': im.status },
        el('div', { class: 'head' }, el('span', { class: 'quote', text: im.name })), body,
        el('div', { class: 'actions' }, button('Ignore this picture', () => handlers.ignoreImage(im),
          { 'data-action': 'ignore-image', title: 'Forget this picture (for example after removing it from the post)' }))));
    }
    return el('section', { class: 'images', 'aria-label': 'Pictures attached to this draft' },
      el('h3', { text: 'Pictures' }), list);
  }

  /** Renders `state` (see main.js FieldState) with `handlers` {apply, remove, ignore, allow, hide}. */
  function render(state, handlers) {
    ensure();
    lastArgs = { state, handlers };
    const visible = state.visibleFindings();
    const sum = summary(state, visible);
    const clean = sum.cls === 'ok' && state.status === 'ok' && !(state.images || []).length && !state.notice;
    // Once the first-run notice has been shown this session, other pages say "not checked" quietly.
    const quiet = state.status === 'error' && state.error && state.error.firstRun === 'quiet';
    if (collapsed || ((clean || quiet) && !pinnedOpen)) {
      panel.textContent = '';
      panel.hidden = true;
      pill.hidden = false;
      pill.className = 'pill ' + sum.cls;
      pill.dataset.state = state.status;
      pill.dataset.language = (state.language && state.language.code) || '';
      pill.textContent = 'Safe to Share: ' + sum.text;
      return;
    }
    pill.hidden = true;
    const focusedKey = document.activeElement === ns.overlay.hostElement() && ns.overlay.ui().activeElement
      ? keyOf(ns.overlay.ui().activeElement) : null;
    panel.textContent = '';
    panel.append(
      el('header', {},
        el('span', { class: 'logo', 'aria-hidden': 'true' }),
        el('h2', { text: 'Safe to Share' }),
        button('Settings', () => handlers.settings(), { 'data-action': 'settings', 'aria-label': 'Safe to Share settings' }),
        button('Hide', () => { collapsed = true; pinnedOpen = false; render(state, handlers); }, { 'aria-label': 'Hide the Safe to Share panel' })),
      el('p', { class: 'status ' + sum.cls, role: 'status', 'aria-live': 'polite', 'data-testid': 'sts-status', 'data-state': state.status, text: sum.text }),
    );
    if (state.notice) panel.append(el('p', { class: 'notice', role: 'alert', 'data-testid': 'sts-notice', text: state.notice }));
    const note = state.status !== 'error' ? languageNote(state.language, (state.checkedText || '').length) : null;
    if (note) {
      panel.append(el('p', { class: 'language', 'data-testid': 'sts-language', 'data-partial': String(note.partial),
        'data-language': state.language.code || '', text: note.text }));
    }
    if (state.status === 'error' && state.error.code === 'server_down') {
      panel.append(ns.firstrun.notice(document, { serverUrl: state.error.serverUrl, onCheckAgain: handlers.checkAgain }));
    } else if (state.status === 'error') {
      panel.append(el('p', { class: 'hint' }, 'This draft has not been checked. Start the checker on this computer with ',
        el('code', { text: 'safetoshare serve' }), ', then keep typing.'));
    }
    if (state.server && state.server.outdated) panel.append(ns.firstrun.updateNote(document, state.server));
    if (visible.length) {
      const ul = el('ul', { class: 'findings', 'aria-label': 'Findings' });
      visible.forEach((f, i) => ul.append(findingItem(f, handlers, i)));
      panel.append(ul);
    }
    const imgs = imageSection(state.images, handlers);
    if (imgs) panel.append(imgs);
    panel.hidden = false;
    if (focusedKey) {
      const again = Array.from(panel.querySelectorAll('button')).find((b) => keyOf(b) === focusedKey);
      if (again) again.focus();
    }
  }

  function keyOf(node) {
    const li = node.closest && node.closest('li');
    return (li ? li.getAttribute('data-finding') + '|' : '') + node.textContent;
  }

  function hide() {
    if (panel) panel.hidden = true;
    if (pill) pill.hidden = true;
    lastArgs = null;
  }

  /** Opens the full panel again (after "Review" in the post guard). */
  function expand() {
    collapsed = false;
    pinnedOpen = true;
    if (lastArgs) render(lastArgs.state, lastArgs.handlers);
    const first = panel && panel.querySelector('li.finding button');
    if (first) first.focus();
  }

  ns.panel = { render, hide, expand, categoryLabel, setLabels, languageNote, el, button };
})(globalThis);
