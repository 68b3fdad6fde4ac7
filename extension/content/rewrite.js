/* Safe to Share: rewriting part of a draft through the editor's own input path, so the site's
 * framework or editor model sees the change and undo keeps working.
 * See shared/reference/rich-text-editors.md: a cancelable `beforeinput` with targetRanges first
 * (Lexical, Quill, Slate apply it themselves); if nobody cancelled it, select the range again and
 * use execCommand (Draft.js, ProseMirror, plain contenteditable, textarea). Then read back. */
(function (root) {
  'use strict';
  const ns = (root.SafeToShare = root.SafeToShare || {});
  const tm = ns.textmodel;

  function waitFor(predicate, timeoutMs) {
    return new Promise((resolve) => {
      const t0 = performance.now();
      (function poll() {
        if (predicate()) return resolve(true);
        if (performance.now() - t0 > timeoutMs) return resolve(false);
        setTimeout(poll, 16);
      })();
    });
  }

  function nativeSetValue(field, value) {
    const proto = field.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const desc = Object.getOwnPropertyDescriptor(proto, 'value');
    desc.set.call(field, value);
  }

  async function rewriteControl(field, s, e, replacement, expected) {
    field.focus();
    field.setSelectionRange(s, e);
    let ok = false;
    try {
      ok = replacement
        ? document.execCommand('insertText', false, replacement)
        : document.execCommand('delete', false);
    } catch (err) {
      ok = false;
    }
    if (!ok || field.value !== expected) {
      // No execCommand support here: native setter plus an input event, so frameworks notice.
      const original = field.value;
      if (original !== expected) {
        nativeSetValue(field, expected);
        field.dispatchEvent(new InputEvent('input', {
          bubbles: true, composed: true, inputType: replacement ? 'insertReplacementText' : 'deleteContent', data: replacement || null,
        }));
      }
    }
    const caret = s + replacement.length;
    try { field.setSelectionRange(caret, caret); } catch (err) { /* some input types */ }
    return field.value === expected;
  }

  function select(range) {
    const sel = range.startContainer.ownerDocument.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }

  async function rewriteEditable(field, s, e, replacement, expected) {
    field.focus();
    let range = tm.rangeFor(field, s, e);
    select(range);
    const ev = new InputEvent('beforeinput', {
      bubbles: true,
      cancelable: true,
      composed: true,
      inputType: replacement ? 'insertText' : 'deleteContentBackward',
      data: replacement ? replacement : null,
      targetRanges: [new StaticRange(range)],
    });
    const handledByEditor = !field.dispatchEvent(ev);
    if (!handledByEditor) {
      // The editor did not take it: select the words again (the DOM may have been re-rendered)
      // and go through the browser's editing commands, which fire a trusted `input` event.
      range = tm.rangeFor(field, s, e);
      select(range);
      try {
        if (replacement) document.execCommand('insertText', false, replacement);
        else document.execCommand('delete', false);
      } catch (err) { /* reported below by the read-back */ }
    }
    return waitFor(() => tm.readText(field) === expected, 1000);
  }

  /** Replaces UTF-16 [s, e) of the field's text by `replacement`. Resolves to {ok, message}.
   *  The caller has already checked that the draft is still what was checked. */
  async function rewrite(field, s, e, replacement) {
    const before = tm.readText(field);
    const expected = before.slice(0, s) + replacement + before.slice(e);
    const ok = tm.isTextControl(field)
      ? await rewriteControl(field, s, e, replacement, expected)
      : await rewriteEditable(field, s, e, replacement, expected);
    if (ok) return { ok: true };
    const now = tm.readText(field);
    if (now === before) return { ok: false, message: 'This editor did not accept the change, so your draft is unchanged. You can edit the words by hand.' };
    return { ok: false, message: 'The editor changed the draft in an unexpected way. Please read it over; Ctrl+Z (Cmd+Z) undoes the change.' };
  }

  ns.rewrite = { rewrite, waitFor };
})(globalThis);
