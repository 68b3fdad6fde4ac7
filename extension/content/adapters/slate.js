/* Safe to Share editor adapter: Slate (Discord-like and many React sites). Slate shows its
 * placeholder inside the editor and puts a zero-width character in each empty line: neither is
 * part of the draft, but the zero-width filler stands for the empty line. Slate applies a
 * cancelable beforeinput itself and renders typing without an input event. */
(function (root) {
  'use strict';
  const ns = root.SafeToShare;
  ns.adapters.register(ns.editing.editableAdapter({
    name: 'slate',
    matches: (field) => field.getAttribute('data-slate-editor') === 'true',
    skip: (el) => (el.hasAttribute('data-slate-placeholder') ? 'skip' : el.hasAttribute('data-slate-zero-width') ? 'line' : null),
  }));
})(globalThis);
