/* Safe to Share: holds back the site's Post/Share/Reply/Send/Publish action while blocking
 * findings remain in the draft, with a warning that lists them and offers "Review" or "Post anyway".
 * Clean drafts go through untouched. */
(function (root) {
  'use strict';
  const ns = (root.SafeToShare = root.SafeToShare || {});
  const tm = ns.textmodel;
  const { parentOf } = ns.scope; // the parent of a node, crossing out of shadow roots

  const ACTION_WORDS = /(^|[^\p{L}])(post|posten|publier|share|reply|send|publish|tweet|toot|comment|submit|repost|boost|respond|senden|envoyer|enviar|publicar|teilen)([^\p{L}]|$)/iu;
  const BUTTONISH = 'button, [role="button"], input[type="submit"], input[type="button"]';

  const STYLE = `
    .guard-backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.35); pointer-events: auto; }
    .guard { position: fixed; top: 12vh; left: 50%; transform: translateX(-50%); width: 440px; max-width: calc(100vw - 32px);
      max-height: 76vh; overflow: auto; pointer-events: auto; background: #fff; color: #1f2328; border-radius: 12px;
      border: 2px solid #cf222e; box-shadow: 0 12px 40px rgba(0,0,0,.35); padding: 16px;
      font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
    .guard h2 { margin: 0 0 8px; font-size: 17px; }
    .guard ul { margin: 8px 0 12px; padding-left: 20px; }
    .guard li { margin: 0 0 4px; }
    .guard .q { font-weight: 700; }
    .guard .language { color: #424a53; border-left: 3px dotted #8c959f; padding-left: 8px; }
    .guard .row { display: flex; gap: 8px; justify-content: flex-end; }
    .guard button { font: inherit; padding: 6px 14px; border-radius: 6px; border: 1px solid #8c959f; background: #f6f8fa; color: #1f2328; cursor: pointer; }
    .guard button.primary { background: #0b6e4f; border-color: #0b6e4f; color: #fff; }
    .guard button:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
  `;

  let styled = false;
  let dialog = null;
  let bypass = 0;

  function label(el) {
    return (el.getAttribute('aria-label') || el.innerText || el.textContent || el.value || el.title ||
      el.getAttribute('data-testid') || '').replace(/\s+/g, ' ').trim();
  }

  /** Whether an element is a Post-like control (button, role=button or submit input named like an action). */
  function isAction(n) {
    if (!n || n.nodeType !== 1 || !n.matches(BUTTONISH)) return false;
    const text = label(n);
    const testid = n.getAttribute('data-testid') || '';
    return (text.length <= 40 && ACTION_WORDS.test(text)) || /tweetButton|postButton|sendButton|replyButton/i.test(testid);
  }

  /** The post-like button (if any) among the event's targets. */
  function actionFrom(e) {
    const path = e.composedPath ? e.composedPath() : [e.target];
    const host = ns.overlay.hostElement();
    if (host && path.includes(host)) return null; // our own panel and dialog
    for (const n of path) {
      if (!n || n.nodeType !== 1) continue;
      if (n.matches(BUTTONISH)) return isAction(n) ? n : null;
    }
    return null;
  }

  /** Whether `inner` is `outer` or inside it, crossing shadow roots. */
  function within(outer, inner) {
    for (let n = inner; n; n = parentOf(n)) if (n === outer) return true;
    return false;
  }

  // How far up from a field the compose box's own Post control is looked for. Compose boxes keep
  // their Post button a few wrappers away (X: about a dozen); a feed's buttons are further.
  const MAX_ANCESTORS = 25;

  /** Post-like controls under `n`, including those in its own open shadow root (web components
   * keep a compose box's field and its Post button side by side there). */
  function hasActionIn(n) {
    for (const b of n.querySelectorAll(BUTTONISH)) if (isAction(b)) return true;
    if (n.shadowRoot) for (const b of n.shadowRoot.querySelectorAll(BUTTONISH)) if (isAction(b)) return true;
    return false;
  }

  /** The compose container of a field: the nearest ancestor (at most `maxUp` levels up) that also
   * holds a Post-like control, or null if there is none that close. */
  function composeContainer(field, maxUp = MAX_ANCESTORS) {
    if (!field) return null;
    let n = parentOf(field);
    for (let i = 0; n && i < maxUp; i++, n = parentOf(n)) {
      if (n === document.documentElement) break;
      if (hasActionIn(n)) return n;
    }
    return null;
  }

  function isSubmit(el) {
    return (el.tagName === 'BUTTON' && (el.getAttribute('type') || 'submit').toLowerCase() === 'submit') ||
      (el.tagName === 'INPUT' && el.type === 'submit');
  }

  function formOf(field) {
    return field.form || field.closest('form');
  }

  /** Whether this Post-like control posts this field's draft: a submit button of the field's form,
   * or a control inside the field's compose container. */
  function owns(field, actionEl) {
    if (isSubmit(actionEl) && actionEl.form && actionEl.form === formOf(field)) return true;
    // An editor whose adapter knows its own Post controls (content/adapters/registry.js).
    const adapter = ns.adapters && ns.adapters.forField(field);
    if (adapter && adapter.postButtons && adapter.postButtons(field).some((b) => within(b, actionEl))) return true;
    const box = composeContainer(field);
    return !!box && within(box, actionEl);
  }

  /** Drafts this action would post: the drafts whose compose box (or form) the action belongs to. */
  function draftsFor(actionEl) {
    const main = ns.main;
    if (!main || !main.isEnabled() || !actionEl) return [];
    if (ns.scope.isNeverHeldForm(actionEl.form || ns.scope.closestDeep(actionEl, 'form'))) return [];
    if (ns.images) ns.images.prune();
    return main.states().filter((st) => (st.text().trim() || st.images.length) && owns(st.field, actionEl));
  }

  function needsWork(drafts) {
    return drafts.some((st) => !st.isCurrent() || st.blocking().length || st.images.some((im) => im.status !== 'done'));
  }

  async function settle(drafts) {
    await Promise.all(drafts.map(async (st) => {
      await ns.main.ensureChecked(st);
      await Promise.all(st.images.map((im) => im.promise).filter(Boolean));
    }));
  }

  function hold(e, drafts, replay) {
    e.preventDefault();
    e.stopImmediatePropagation();
    show({ checking: true });
    settle(drafts).then(() => {
      const blocking = [];
      const unchecked = [];
      const languages = []; // what was not read in a language the checker does not know
      for (const st of drafts) {
        blocking.push(...st.blocking());
        const note = st.status === 'ok' && ns.panel.languageNote(st.language, (st.checkedText || '').length);
        if (note && note.partial) languages.push(note.text);
        if (st.status === 'error') unchecked.push(st.error && st.error.message);
        for (const im of st.images) if (im.status === 'error') unchecked.push(im.error && im.error.message);
      }
      if (!blocking.length && !unchecked.length) {
        close();
        replay();
        return;
      }
      show({ blocking, unchecked, languages, drafts, replay });
    });
  }

  function close() {
    if (dialog) dialog.remove();
    dialog = null;
  }

  function show(opts) {
    const { el, button } = ns.panel;
    const shadow = ns.overlay.ui();
    if (!styled || !shadow.querySelector('style[data-guard]')) {
      const s = document.createElement('style');
      s.setAttribute('data-guard', '');
      s.textContent = STYLE;
      shadow.appendChild(s);
      styled = true;
    }
    close();
    const title = opts.checking ? 'Safe to Share is checking your draft' : 'Safe to Share: hold on before posting';
    const box = el('div', {
      class: 'guard', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'sts-guard-title',
      'aria-describedby': 'sts-guard-desc', 'data-testid': 'sts-guard',
      'data-state': opts.checking ? 'checking' : 'holding',
    }, el('h2', { id: 'sts-guard-title', text: title }));
    if (opts.checking) {
      box.append(el('p', { id: 'sts-guard-desc', role: 'status', text: 'One moment: checking this draft before it is posted…' }));
    } else {
      const desc = el('div', { id: 'sts-guard-desc' });
      if (opts.blocking.length) {
        desc.append(el('p', { text: 'This draft still contains details that could identify you or your recipient:' }));
        const ul = el('ul', {});
        for (const f of opts.blocking) {
          ul.append(el('li', { 'data-finding': f.text || f.image || '' },
            el('span', { class: 'q', text: f.text ? `“${f.text}”` : `Picture ${f.image || ''}` }),
            ` (${ns.panel.categoryLabel(f.category, f.kind)})`, f.message ? ': ' + f.message : ''));
        }
        desc.append(ul);
      }
      if (opts.unchecked.length) {
        desc.append(el('p', { text: 'This draft could not be checked: ' + (opts.unchecked[0] || 'the Safe to Share server is not running.') }));
      }
      for (const text of new Set(opts.languages)) desc.append(el('p', { class: 'language', 'data-testid': 'sts-guard-language', text }));
      box.append(desc);
      const review = button('Review', () => {
        close();
        const st = opts.drafts.find((d) => d.blocking().length) || opts.drafts[0];
        if (st) {
          ns.main.setActive(st);
          st.field.focus();
          ns.main.refresh(st);
        }
        ns.panel.expand();
      }, { class: 'primary', 'data-action': 'review' });
      const anyway = button('Post anyway', () => {
        close();
        opts.replay();
      }, { 'data-action': 'post-anyway' });
      box.append(el('div', { class: 'row' }, anyway, review));
      box.addEventListener('keydown', (ev) => {
        if (ev.key === 'Escape') {
          ev.stopPropagation();
          review.click();
        }
      });
      setTimeout(() => review.focus(), 0);
    }
    dialog = el('div', { 'data-safe-to-share-guard': '' }, el('div', { class: 'guard-backdrop' }), box);
    shadow.appendChild(dialog);
  }

  function replaying(fn) {
    return () => {
      bypass++;
      try {
        fn();
      } finally {
        bypass--;
      }
    };
  }

  function onClick(e) {
    if (bypass) return;
    const action = actionFrom(e);
    if (!action) return;
    const drafts = draftsFor(action);
    if (!drafts.length || !needsWork(drafts)) return;
    hold(e, drafts, replaying(() => action.click()));
  }

  function onKeyDown(e) {
    if (bypass || e.key !== 'Enter' && e.key !== ' ') return;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      const path = e.composedPath ? e.composedPath() : [e.target];
      const field = tm.fieldFor(path[0]);
      const st = field && ns.main && ns.main.isEnabled() ? ns.main.stateFor(field) : null;
      if (!st) return;
      // Only the draft being typed in: Ctrl/Cmd+Enter elsewhere posts something else.
      if (ns.images) ns.images.prune();
      const drafts = st.text().trim() || st.images.length ? [st] : [];
      if (!drafts.length || !needsWork(drafts)) return;
      const target = path[0];
      const init = { key: e.key, code: e.code, keyCode: 13, which: 13, ctrlKey: e.ctrlKey, metaKey: e.metaKey,
        shiftKey: e.shiftKey, altKey: e.altKey, bubbles: true, cancelable: true, composed: true };
      hold(e, drafts, replaying(() => target.dispatchEvent(new KeyboardEvent('keydown', init))));
      return;
    }
    // Enter/Space on a role=button element (native buttons turn these into clicks, caught above).
    const action = actionFrom(e);
    if (!action || action.matches('button, input')) return;
    const drafts = draftsFor(action);
    if (!drafts.length || !needsWork(drafts)) return;
    hold(e, drafts, replaying(() => action.click()));
  }

  function onSubmit(e) {
    if (bypass) return;
    const form = e.target;
    if (!form || form.tagName !== 'FORM' || !ns.main || !ns.main.isEnabled()) return;
    if (ns.scope.isNeverHeldForm(form)) return; // a search, login, payment or address form
    if (ns.images) ns.images.prune();
    const drafts = ns.main.states().filter((st) => within(form, st.field) && (st.text().trim() || st.images.length));
    if (!drafts.length || !needsWork(drafts)) return;
    const submitter = e.submitter || null;
    hold(e, drafts, replaying(() => form.requestSubmit(submitter && submitter.form === form ? submitter : undefined)));
  }

  window.addEventListener('click', onClick, true);
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('submit', onSubmit, true);

  ns.guard = { actionFrom, close, composeContainer, owns, within };
})(globalThis);
