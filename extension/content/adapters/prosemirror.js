/* Safe to Share editor adapter: ProseMirror and TipTap (built on it; Mastodon forks, Confluence,
 * many forums). The editing host has the class ProseMirror; its trailing <br class=
 * "ProseMirror-trailingBreak"> is a placeholder the text model already drops; fixes go through
 * execCommand, which ProseMirror reads back from the DOM. */
(function (root) {
  'use strict';
  const ns = root.SafeToShare;
  ns.adapters.register(ns.editing.editableAdapter({
    name: 'prosemirror',
    matches: (field) => field.classList.contains('ProseMirror'),
  }));
})(globalThis);
