/* Safe to Share editor adapter: Draft.js (X, older Facebook pages). It ignores a synthetic
 * beforeinput, so fixes go through execCommand, whose trusted input event Draft reads into its model;
 * a line with only <br data-text> is an empty block. */
(function (root) {
  'use strict';
  const ns = root.SafeToShare;
  ns.adapters.register(ns.editing.editableAdapter({
    name: 'draft',
    matches: (field) => field.classList.contains('public-DraftEditor-content'),
  }));
})(globalThis);
