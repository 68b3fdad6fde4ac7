/* Safe to Share: editor adapters. Each editor family (plain fields, Lexical, Draft.js,
 * ProseMirror/TipTap, Quill, Slate, any other contenteditable) has one adapter file in this folder
 * implementing the interface below; the registry picks the first adapter that matches a field,
 * trying the generic (fallback) adapters last. How to add an editor: extension/README.md. */
(function (root) {
  'use strict';
  const ns = (root.SafeToShare = root.SafeToShare || {});

  /**
   * @typedef {Object} EditorAdapter
   * @property {string} name  the editor family, e.g. 'lexical'
   * @property {boolean} [fallback]  tried only after every other adapter (generic adapters)
   * @property {(field: Element) => boolean} matches  whether this adapter handles the field (a text
   *   control or an editing host, as found by textmodel.fieldFor)
   * @property {(field: Element) => string} readText  the draft as the site will post it
   * @property {(field: Element, start: number, end: number) => (Range|null)} rangeFor  a DOM Range
   *   over UTF-16 offsets [start, end) of readText, for highlights; null when the field has no DOM
   *   text inside (textarea, input: the overlay draws boxes over a mirror of the field)
   * @property {(field: Element, start: number, end: number, expected: string, replacement: string) => Promise<ReplaceResult>} replace
   *   rewrites [start, end) through the editor's own input path (so its model and undo follow);
   *   refuses, changing nothing, when the text there is no longer `expected` (what was checked)
   * @property {(field: Element, onChange: () => void) => (() => void)} observe  calls onChange when
   *   the editor may have changed its text without an input event; returns what stops observing
   * @property {(field: Element) => Element[]} [postButtons]  the editor's own Post/Send controls, for
   *   editors whose buttons the page layout does not place near the field (none of today's need it)
   */

  /** @typedef {{ok: true} | {ok: false, stale?: boolean, message: string}} ReplaceResult */

  /** @type {EditorAdapter[]} */
  const adapters = [];
  const REQUIRED = ['matches', 'readText', 'rangeFor', 'replace', 'observe'];

  /** Adds an adapter (one call per adapter file). */
  function register(adapter) {
    for (const m of REQUIRED) {
      if (typeof adapter[m] !== 'function') throw new TypeError(`Editor adapter ${adapter.name}: ${m}() is missing.`);
    }
    if (adapters.some((a) => a.name === adapter.name)) throw new TypeError(`Editor adapter ${adapter.name} is registered twice.`);
    adapters.push(adapter);
  }

  /** The adapter for a field: the first specific one that matches, else the first fallback; null if none. */
  function forField(field) {
    if (!field || field.nodeType !== 1) return null;
    return adapters.find((a) => !a.fallback && a.matches(field)) ||
      adapters.find((a) => a.fallback && a.matches(field)) || null;
  }

  function names() {
    return adapters.map((a) => a.name);
  }

  ns.adapters = { register, forField, names };
})(globalThis);
