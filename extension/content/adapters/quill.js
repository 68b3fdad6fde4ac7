/* Safe to Share editor adapter: Quill (the .ql-editor host inside .ql-container). Quill applies a
 * cancelable beforeinput itself; its hidden .ql-clipboard lies outside the editing host. */
(function (root) {
  'use strict';
  const ns = root.SafeToShare;
  ns.adapters.register(ns.editing.editableAdapter({
    name: 'quill',
    matches: (field) => field.classList.contains('ql-editor'),
  }));
})(globalThis);
