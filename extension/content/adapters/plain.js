/* Safe to Share editor adapter: plain fields (textarea and text inputs). Their text is their value;
 * highlights are boxes over a mirror of the field (overlay.js), since there is no DOM text inside. */
(function (root) {
  'use strict';
  const ns = root.SafeToShare;
  const { textmodel: tm, editing } = ns;

  const plain = {
    name: 'plain',
    matches: (field) => tm.isTextControl(field),
    readText: (field) => field.value,
    rangeFor: () => null,
    replace: (field, s, e, expected, replacement) => editing.replaceChecked(plain, field, s, e, expected, replacement,
      (after) => editing.writeControl(field, s, e, replacement, after)),
    observe: () => () => {}, // every change of a value a person makes fires an input event
  };
  ns.adapters.register(plain);
})(globalThis);
