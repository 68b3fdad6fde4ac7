/* Safe to Share: what editor adapters share. Reading a contenteditable editor's text and mapping
 * offsets to DOM ranges (lib/textmodel.js), rewriting through the editor's own input path, and
 * watching an editor for changes made without an input event.
 * See shared/reference/rich-text-editors.md: a cancelable `beforeinput` with targetRanges first
 * (Lexical, Quill, Slate apply it themselves); if nobody cancelled it, select the range again and
 * use execCommand (Draft.js, ProseMirror, plain contenteditable, textarea). Then read back. */
(function (root) {
  'use strict';
  const ns = (root.SafeToShare = root.SafeToShare || {});
  const tm = ns.textmodel;

  const STALE = 'The draft changed since it was checked, so nothing was changed.';
  const REFUSED = 'This editor did not accept the change, so your draft is unchanged. You can edit the words by hand.';
  const ODD = 'The editor changed the draft in an unexpected way. Please read it over; Ctrl+Z (Cmd+Z) undoes the change.';

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

  /** The common frame of every adapter's replace(): refuse a stale span, let `write` make the
   *  change (resolving to whether the text is now as expected), and say what happened. */
  async function replaceChecked(adapter, field, s, e, expected, replacement, write) {
    const before = adapter.readText(field);
    if (before.slice(s, e) !== expected) return { ok: false, stale: true, message: STALE };
    const after = before.slice(0, s) + replacement + before.slice(e);
    if (await write(after)) return { ok: true };
    return { ok: false, message: adapter.readText(field) === before ? REFUSED : ODD };
  }

  function nativeSetValue(field, value) {
    const proto = field.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(field, value);
  }

  /** Textarea and input: execCommand (undo works), else the native setter plus an input event. */
  async function writeControl(field, s, e, replacement, expected) {
    field.focus();
    field.setSelectionRange(s, e);
    let ok = false;
    try {
      ok = replacement
        ? field.ownerDocument.execCommand('insertText', false, replacement)
        : field.ownerDocument.execCommand('delete', false);
    } catch (err) {
      ok = false;
    }
    if (!ok || field.value !== expected) {
      // No execCommand support here: native setter plus an input event, so frameworks notice.
      if (field.value !== expected) {
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

  /** Contenteditable: a cancelable beforeinput the editor may apply itself, else execCommand on
   *  the words selected again (the DOM may have been re-rendered), which fires a trusted input. */
  async function writeEditable(adapter, field, s, e, replacement, expected) {
    field.focus();
    let range = adapter.rangeFor(field, s, e);
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
      range = adapter.rangeFor(field, s, e);
      select(range);
      try {
        if (replacement) field.ownerDocument.execCommand('insertText', false, replacement);
        else field.ownerDocument.execCommand('delete', false);
      } catch (err) { /* reported by the read-back */ }
    }
    return waitFor(() => adapter.readText(field) === expected, 1000);
  }

  /** Editors that apply their typing themselves may fire no input event: watch their DOM. */
  function observeMutations(field, onChange) {
    const observer = new MutationObserver(() => onChange());
    observer.observe(field, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }

  /** An adapter for a contenteditable editor family: `spec` gives name and matches(), and may give
   *  skip(element) (see textmodel.buildModel), fallback, postButtons(). */
  function editableAdapter(spec) {
    const options = spec.skip ? { skip: spec.skip } : undefined;
    const adapter = Object.assign({
      readText: (field) => tm.buildModel(field, options).text,
      rangeFor: (field, s, e) => tm.rangeFor(field, s, e, tm.buildModel(field, options)),
      replace: (field, s, e, expected, replacement) => replaceChecked(adapter, field, s, e, expected, replacement,
        (after) => writeEditable(adapter, field, s, e, replacement, after)),
      observe: observeMutations,
    }, spec);
    return adapter;
  }

  ns.editing = { waitFor, replaceChecked, writeControl, writeEditable, observeMutations, editableAdapter, STALE };
})(globalThis);
