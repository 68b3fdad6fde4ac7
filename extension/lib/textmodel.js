/* Safe to Share: reads the text a person typed into a field, and maps text offsets back onto the
 * DOM. For contenteditable editors the text is the concatenation of the editor's text nodes, with
 * one "\n" between blocks and for each <br> that is not a block's trailing placeholder, which is
 * what these editors post. Editor-specific rules (placeholders that are not text) live in the
 * editor adapters (content/adapters/), which pass them in as `options.skip`. */
(function (root) {
  'use strict';
  const ns = (root.SafeToShare = root.SafeToShare || {});

  const BLOCK_TAGS = new Set([
    'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
    'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
    'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL',
  ]);
  const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'SVG']);
  const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url']);

  function isTextControl(el) {
    if (!el || el.nodeType !== 1) return false;
    if (el.tagName === 'TEXTAREA') return !el.readOnly && !el.disabled;
    if (el.tagName === 'INPUT') {
      const t = (el.getAttribute('type') || '').toLowerCase();
      return TEXT_INPUT_TYPES.has(t) && !el.readOnly && !el.disabled;
    }
    return false;
  }

  /** The outermost contenteditable element (the editing host) containing `node`, or null. */
  function editableRoot(node) {
    let el = node && (node.nodeType === 1 ? node : node.parentElement);
    if (!el || !el.isContentEditable) return null;
    while (el.parentElement && el.parentElement.isContentEditable) el = el.parentElement;
    return el;
  }

  /** The field (text control or editing host) that `node` belongs to, or null. */
  function fieldFor(node) {
    if (isTextControl(node)) return node;
    return editableRoot(node);
  }

  function isBlock(el) {
    return BLOCK_TAGS.has(el.tagName);
  }

  function hasContentAfter(br, blockRoot) {
    // True if anything visible (text, another <br>, an image) follows `br` inside its block.
    const walker = br.ownerDocument.createTreeWalker(blockRoot, NodeFilter.SHOW_ALL);
    walker.currentNode = br;
    let n = walker.nextNode();
    while (n) {
      if (n.nodeType === 3 && n.data.length > 0) return true;
      if (n.nodeType === 1) {
        if (n.tagName === 'BR' || n.tagName === 'IMG') return true;
        if (isBlock(n)) return false; // a new block starts: the <br> ended the old one
      }
      n = walker.nextNode();
    }
    return false;
  }

  function enclosingBlock(node, rootEl) {
    let el = node.parentElement;
    while (el && el !== rootEl && !isBlock(el)) el = el.parentElement;
    return el || rootEl;
  }

  function isFormattingWhitespace(textNode) {
    const d = textNode.data;
    if (!/^[ \t\r\n]*$/.test(d) || d.indexOf('\n') < 0) return false;
    const parent = textNode.parentElement;
    if (!parent) return false;
    try {
      const ws = parent.ownerDocument.defaultView.getComputedStyle(parent).whiteSpace;
      return !/^pre/.test(ws) && ws !== 'break-spaces';
    } catch (e) {
      return true;
    }
  }

  /** {text, segments}: segments list the text nodes (and synthetic line breaks) with their offsets.
   *  options.skip(element) may return 'skip' (not part of the draft, e.g. a placeholder) or 'line'
   *  (not text, but it holds an empty line open, like a <br> alone in its block); anything else reads on. */
  function buildModel(rootEl, options) {
    const skip = (options && options.skip) || null;
    const segments = [];
    let text = '';
    let needBreak = false;
    let started = false;

    function pushBreak(node) {
      segments.push({ node, start: text.length, end: text.length + 1, synthetic: true });
      text += '\n';
    }
    function flushBreak(node) {
      if (needBreak && started) pushBreak(node);
      needBreak = false;
    }
    function visit(node) {
      if (node.nodeType === 3) {
        if (!node.data.length || isFormattingWhitespace(node)) return;
        flushBreak(node);
        segments.push({ node, start: text.length, end: text.length + node.data.length, synthetic: false });
        text += node.data;
        started = true;
        return;
      }
      if (node.nodeType !== 1) return;
      if (SKIP_TAGS.has(node.tagName.toUpperCase()) || node.hasAttribute('data-safe-to-share')) return;
      const skipped = skip && skip(node);
      if (skipped === 'line') {
        flushBreak(node);
        started = true;
        return;
      }
      if (skipped === 'skip') return;
      if (node.tagName === 'BR') {
        const trailing = !hasContentAfter(node, enclosingBlock(node, rootEl));
        flushBreak(node);
        if (!trailing) pushBreak(node);
        started = true;
        return;
      }
      const block = node !== rootEl && isBlock(node);
      if (block && started) needBreak = true;
      for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
      if (block) {
        started = true; // an empty block is still a line
        needBreak = true;
      }
    }
    visit(rootEl);
    return { text, segments };
  }

  function readText(field, options) {
    if (isTextControl(field)) return field.value;
    return buildModel(field, options).text;
  }

  /** DOM position {node, offset} for text offset `off` in a contenteditable field. `edge` is
   *  'start' (prefer the position at the beginning of the next text) or 'end'. */
  function domPosition(model, rootEl, off, edge) {
    const texts = model.segments.filter((s) => !s.synthetic);
    if (!texts.length) return { node: rootEl, offset: 0 };
    if (edge === 'start') {
      for (const s of texts) if (off >= s.start && off < s.end) return { node: s.node, offset: off - s.start };
      for (const s of texts) if (s.start >= off) return { node: s.node, offset: 0 };
      const last = texts[texts.length - 1];
      return { node: last.node, offset: last.node.data.length };
    }
    for (const s of texts) if (off > s.start && off <= s.end) return { node: s.node, offset: off - s.start };
    for (let i = texts.length - 1; i >= 0; i--) {
      if (texts[i].end <= off) return { node: texts[i].node, offset: texts[i].node.data.length };
    }
    return { node: texts[0].node, offset: 0 };
  }

  /** A DOM Range covering text offsets [s, e) of a contenteditable field (UTF-16 offsets). */
  function rangeFor(rootEl, s, e, model) {
    model = model || buildModel(rootEl);
    const doc = rootEl.ownerDocument;
    const range = doc.createRange();
    const a = domPosition(model, rootEl, s, s === e ? 'end' : 'start');
    const b = s === e ? a : domPosition(model, rootEl, e, 'end');
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  }

  ns.textmodel = { isTextControl, editableRoot, fieldFor, buildModel, readText, rangeFor, domPosition };
})(globalThis);
