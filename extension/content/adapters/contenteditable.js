/* Safe to Share editor adapter: any other contenteditable editing host (hand-made compose boxes,
 * webmail bodies, editors inside a web component's shadow root). Tried after every specific adapter. */
(function (root) {
  'use strict';
  const ns = root.SafeToShare;
  ns.adapters.register(ns.editing.editableAdapter({
    name: 'contenteditable',
    fallback: true,
    matches: (field) => !!field.isContentEditable,
  }));
})(globalThis);
