/* Safe to Share: pure offset logic (no DOM). The server counts code points (Python string
 * indices); the browser counts UTF-16 code units. Emoji, flags and some CJK characters are two
 * units each; accents are one or two code points depending on normalisation. */
(function (root) {
  'use strict';
  const ns = (root.SafeToShare = root.SafeToShare || {});

  /** Array `map` where map[cp] is the UTF-16 index of code point number cp (map has cpCount+1 entries). */
  function codePointIndex(text) {
    const map = [0];
    let u = 0;
    for (let i = 0; i < text.length; ) {
      const c = text.charCodeAt(i);
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length &&
        text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
      u += pair ? 2 : 1;
      i += pair ? 2 : 1;
      map.push(u);
    }
    return map;
  }

  function codePointLength(text) {
    return codePointIndex(text).length - 1;
  }

  /** UTF-16 offset of code point offset `cp`; -1 when out of range. */
  function cpToUtf16(text, cp, map) {
    map = map || codePointIndex(text);
    if (!Number.isInteger(cp) || cp < 0 || cp >= map.length) return -1;
    return map[cp];
  }

  /** Code point offset of UTF-16 offset `u` (an offset inside a surrogate pair rounds down). */
  function utf16ToCp(text, u) {
    if (u <= 0) return 0;
    let cp = 0;
    for (let i = 0; i < text.length && i < u; ) {
      const c = text.charCodeAt(i);
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length &&
        text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
      if (pair && i + 1 === u) break;
      i += pair ? 2 : 1;
      cp++;
    }
    return cp;
  }

  /** Attaches start16/end16 to each finding; drops (and reports) findings whose offsets do not
   *  match `text`: they are never shown, so no rewrite can hit the wrong words. */
  function mapFindings(text, findings) {
    const map = codePointIndex(text);
    const kept = [];
    const dropped = [];
    for (const f of findings || []) {
      const s = cpToUtf16(text, f.start, map);
      const e = cpToUtf16(text, f.end, map);
      if (s < 0 || e < 0 || e < s || (typeof f.text === 'string' && text.slice(s, e) !== f.text)) {
        dropped.push(f);
        continue;
      }
      kept.push(Object.assign({}, f, { start16: s, end16: e, text: text.slice(s, e) }));
    }
    kept.sort((a, b) => a.start16 - b.start16 || b.end16 - a.end16);
    return { findings: kept, dropped };
  }

  /** A rewrite of [s, e) is safe only if the draft still has, at those offsets, exactly what was
   *  checked: the same words, and the same text before them (so the offsets still point there). */
  function stillAsChecked(checkedText, currentText, s, e) {
    if (typeof checkedText !== 'string' || typeof currentText !== 'string') return false;
    if (e > currentText.length || e > checkedText.length) return false;
    if (currentText.slice(0, e) !== checkedText.slice(0, e)) return false;
    // The character right after the words must not have changed either ("Emma" -> "Emmas").
    const was = checkedText.charAt(e);
    const now = currentText.charAt(e);
    return was === now || (was === '' && !/[\p{L}\p{N}\p{M}_'\u2019-]/u.test(now));
  }

  /** The span to delete when the user removes the words: the words plus one neighbouring space,
   *  so "drove me from Seattle to" becomes "drove me to", not "drove me  to". */
  function removalSpan(text, s, e) {
    const before = s > 0 ? text[s - 1] : '';
    const after = e < text.length ? text[e] : '';
    if (before === ' ' && (after === ' ' || after === '' || /[.,;:!?)\]]/.test(after))) return [s - 1, e];
    if ((before === '' || before === '\n') && after === ' ') return [s, e + 1];
    return [s, e];
  }

  /** The whole draft after replacing [s, e) with `replacement`. */
  function spliced(text, s, e, replacement) {
    return text.slice(0, s) + replacement + text.slice(e);
  }

  ns.offsets = { codePointIndex, codePointLength, cpToUtf16, utf16ToCp, mapFindings, stillAsChecked, removalSpan, spliced };
  if (typeof module === 'object' && module && module.exports) module.exports = ns.offsets;
})(globalThis);
