/* Safe to Share editor adapter: Slate (Discord-like and many React sites). Slate shows its
 * placeholder inside the editor and puts zero-width characters beside inline voids and in each
 * empty line: none is part of the draft, but the empty line's filler (data-slate-zero-width="n")
 * holds that line open. Slate applies a cancelable beforeinput itself and renders typing without
 * an input event. */
(function (root) {
  'use strict';
  const ns = root.SafeToShare;
  ns.adapters.register(ns.editing.editableAdapter({
    name: 'slate',
    matches: (field) => field.getAttribute('data-slate-editor') === 'true',
    skip(el) {
      if (el.hasAttribute('data-slate-placeholder')) return 'skip';
      const zeroWidth = el.getAttribute('data-slate-zero-width');
      if (zeroWidth === null) return null;
      return zeroWidth === 'n' ? 'line' : 'skip';
    },
  }));
})(globalThis);
