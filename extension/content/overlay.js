/* Safe to Share: the extension's own layer on the page (one open shadow root, so page styles do
 * not leak in and assistive technology can read it) and the highlights on flagged words. */
(function (root) {
  'use strict';
  const ns = (root.SafeToShare = root.SafeToShare || {});

  const STYLE = `
    :host { all: initial; }
    * { box-sizing: border-box; }
    .layer { position: fixed; inset: 0; pointer-events: none; overflow: hidden; }
    .box { position: fixed; pointer-events: none; border-radius: 2px; }
    .box.block { background: rgba(220, 38, 38, 0.22); border-bottom: 2px solid rgb(185, 28, 28); }
    .box.warn { background: rgba(245, 158, 11, 0.26); border-bottom: 2px solid rgb(180, 83, 9); }
    .box.unchecked { background: rgba(110, 118, 129, 0.08); border-bottom: 2px dotted rgb(110, 118, 129); }
    .mirror { position: fixed; top: 0; left: -99999px; visibility: hidden; overflow: hidden; }
  `;

  let host = null;
  let shadow = null;
  let layer = null;
  let mirror = null;

  /** The shadow root holding everything the extension draws on this page. */
  function ui() {
    if (shadow && host.isConnected) return shadow;
    host = document.createElement('safe-to-share-ui');
    host.setAttribute('data-safe-to-share', '');
    host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; display: block;';
    shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    layer = document.createElement('div');
    layer.className = 'layer';
    layer.setAttribute('aria-hidden', 'true');
    mirror = document.createElement('div');
    mirror.className = 'mirror';
    mirror.setAttribute('aria-hidden', 'true');
    shadow.append(style, layer, mirror);
    (document.body || document.documentElement).appendChild(host);
    return shadow;
  }

  function hostElement() {
    return host;
  }

  function addStyle(css) {
    const s = document.createElement('style');
    s.textContent = css;
    ui().appendChild(s);
  }

  const hasHighlightApi = typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function';

  const MIRRORED = [
    'direction', 'boxSizing', 'width', 'height', 'overflowX', 'overflowY',
    'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
    'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
    'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'fontSize', 'fontSizeAdjust',
    'lineHeight', 'fontFamily', 'fontFeatureSettings', 'textAlign', 'textTransform', 'textIndent',
    'letterSpacing', 'wordSpacing', 'tabSize', 'whiteSpace', 'wordBreak', 'overflowWrap',
  ];

  /** Viewport rectangles of text [s, e) inside a textarea or input, via an invisible mirror. */
  function controlRects(el, s, e) {
    ui();
    const cs = getComputedStyle(el);
    const m = mirror;
    for (const p of MIRRORED) m.style[p] = cs[p];
    const isInput = el.tagName === 'INPUT';
    m.style.whiteSpace = isInput ? 'pre' : 'pre-wrap';
    m.style.overflowWrap = isInput ? 'normal' : 'break-word';
    m.style.borderColor = 'transparent';
    m.textContent = '';
    const value = el.value;
    const before = document.createTextNode(value.slice(0, s));
    const mark = document.createElement('span');
    mark.textContent = value.slice(s, e) || '\u200b';
    const after = document.createTextNode(value.slice(e) || ' ');
    m.append(before, mark, after);
    const mRect = m.getBoundingClientRect();
    const eRect = el.getBoundingClientRect();
    const out = [];
    for (const r of mark.getClientRects()) {
      const left = eRect.left + (r.left - mRect.left) - el.scrollLeft;
      const top = eRect.top + (r.top - mRect.top) - el.scrollTop;
      // Clip to the field's inner box so boxes never float over the page around it.
      const x1 = Math.max(left, eRect.left + el.clientLeft);
      const y1 = Math.max(top, eRect.top + el.clientTop);
      const x2 = Math.min(left + r.width, eRect.left + el.clientLeft + el.clientWidth);
      const y2 = Math.min(top + r.height, eRect.top + el.clientTop + el.clientHeight);
      if (x2 > x1 && y2 > y1) out.push({ left: x1, top: y1, width: x2 - x1, height: y2 - y1 });
    }
    m.textContent = '';
    return out;
  }

  /** Draws highlights for every field state given: {field, adapter, findings:[{start16,end16,severity,text}],
   *  unchecked:[{start16,end16,text}]} (parts in a language the checker does not read: dotted grey).
   *  The adapter (content/adapters/) reads the field and maps offsets to DOM ranges; a field
   *  without DOM text inside (textarea, input) gets boxes over a mirror of it. */
  function render(states) {
    ui();
    layer.textContent = '';
    const ranges = { block: [], warn: [], unchecked: [] };
    for (const st of states) {
      if (!st.field.isConnected) continue;
      const text = st.adapter.readText(st.field);
      const spans = (st.unchecked || []).map((p) => ({ part: p, sev: 'unchecked' }))
        .concat(st.findings.map((f) => ({ part: f, sev: f.severity === 'block' ? 'block' : 'warn' })));
      for (const { part: f, sev } of spans) {
        // Only where the words are still those checked (the draft may have changed since).
        if (text.slice(f.start16, f.end16) !== f.text) continue;
        let range;
        try {
          range = st.adapter.rangeFor(st.field, f.start16, f.end16);
        } catch (e) {
          continue;
        }
        if (!range) {
          for (const r of controlRects(st.field, f.start16, f.end16)) drawBox(r, sev, f);
        } else if (hasHighlightApi && st.field.getRootNode() === document) {
          ranges[sev].push(range);
        } else {
          // Page-level ::highlight() styles do not reach into shadow trees: boxes there.
          for (const r of range.getClientRects()) drawBox(r, sev, f);
        }
      }
    }
    if (hasHighlightApi) {
      const unchecked = new Highlight(...ranges.unchecked);
      unchecked.priority = -1; // findings inside an unchecked part keep their colour
      CSS.highlights.set('safe-to-share-unchecked', unchecked);
      CSS.highlights.set('safe-to-share-block', new Highlight(...ranges.block));
      CSS.highlights.set('safe-to-share-warn', new Highlight(...ranges.warn));
    }
  }

  function drawBox(r, sev, f) {
    const b = document.createElement('div');
    b.className = 'box ' + sev;
    b.dataset.severity = sev;
    b.dataset.text = f.text;
    b.style.left = r.left + 'px';
    b.style.top = r.top + 'px';
    b.style.width = r.width + 'px';
    b.style.height = r.height + 'px';
    layer.appendChild(b);
  }

  function clear() {
    if (layer) layer.textContent = '';
    if (hasHighlightApi) {
      CSS.highlights.delete('safe-to-share-block');
      CSS.highlights.delete('safe-to-share-warn');
      CSS.highlights.delete('safe-to-share-unchecked');
    }
  }

  function remove() {
    clear();
    if (host) host.remove();
    host = shadow = layer = mirror = null;
  }

  ns.overlay = { ui, hostElement, addStyle, render, clear, remove, controlRects, hasHighlightApi };
})(globalThis);
