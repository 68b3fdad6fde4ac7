/* Safe to Share editor adapter: Lexical (Facebook, Instagram, WhatsApp web). Lexical marks its
 * editing host with data-lexical-editor, applies a cancelable beforeinput itself and re-renders
 * typing without an input event, which the mutation observer catches. */
(function (root) {
  'use strict';
  const ns = root.SafeToShare;
  ns.adapters.register(ns.editing.editableAdapter({
    name: 'lexical',
    matches: (field) => field.getAttribute('data-lexical-editor') === 'true',
  }));
})(globalThis);
