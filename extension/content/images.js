/* Safe to Share: pictures attached to a draft (file inputs, pasted or dropped images, preview
 * blobs the site shows) are sent, through the background worker, to /api/v1/check-image. */
(function (root) {
  'use strict';
  const ns = (root.SafeToShare = root.SafeToShare || {});
  const api = root.browser || root.chrome;
  const MAX_BYTES = 25 * 1024 * 1024;
  const seen = new Set(); // fingerprints of pictures already checked on this page
  const seenSrc = new Set();

  function fingerprint(bytes) {
    let h = 0x811c9dc5;
    const step = Math.max(1, Math.floor(bytes.length / 65536));
    for (let i = 0; i < bytes.length; i += step) {
      h ^= bytes[i];
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return bytes.length + ':' + h.toString(16);
  }

  function toDataUrl(blob) {
    return new Promise((resolve, reject) => {
      const r = new FileReader();
      r.onload = () => resolve(r.result);
      r.onerror = () => reject(r.error);
      r.readAsDataURL(blob);
    });
  }

  function nearFieldOf(node) {
    const main = ns.main;
    if (!main || !node || node.nodeType !== 1) return null;
    const box = node.closest('form, [role="dialog"], dialog');
    if (!box) return null;
    const st = main.states().find((s) => box.contains(s.field));
    return st ? st.field : null;
  }

  async function check(blob, name, near) {
    if (!ns.main || !ns.main.isEnabled()) return;
    if (!/^image\//.test(blob.type || '')) return;
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const fp = fingerprint(bytes);
    if (seen.has(fp)) return;
    seen.add(fp);
    const entry = { name: name || 'picture', status: 'checking', findings: [], error: null, promise: null };
    const st = ns.main.attachImage(entry, ns.textmodel.fieldFor(near) || nearFieldOf(near));
    entry.promise = (async () => {
      if (bytes.length > MAX_BYTES) throw { code: 'too_large', message: 'This picture is too large to check.' };
      const res = await api.runtime.sendMessage({ type: 'checkImage', dataUrl: await toDataUrl(blob), name: entry.name });
      if (!res || !res.ok) throw (res && res.error) || { message: 'No answer.' };
      return res.result;
    })().then(
      (result) => Object.assign(entry, { status: 'done', findings: Array.isArray(result.findings) ? result.findings : [], result }),
      (err) => Object.assign(entry, { status: 'error', error: { code: err && err.code, message: (err && err.message) || String(err) } }),
    ).then(() => ns.main.refresh(ns.main.active() || st));
    ns.main.refresh(st || ns.main.active());
    return entry.promise;
  }

  function checkFiles(files, near) {
    for (const f of Array.from(files || [])) if (/^image\//.test(f.type)) check(f, f.name, near);
  }

  window.addEventListener('change', (e) => {
    const t = e.composedPath ? e.composedPath()[0] : e.target;
    if (t && t.tagName === 'INPUT' && t.type === 'file') checkFiles(t.files, t);
  }, true);
  window.addEventListener('paste', (e) => {
    if (e.clipboardData) checkFiles(e.clipboardData.files, e.composedPath()[0]);
  }, true);
  window.addEventListener('drop', (e) => {
    if (e.dataTransfer) checkFiles(e.dataTransfer.files, e.composedPath()[0]);
  }, true);

  /** Called by main.js's MutationObserver: previews the site makes of attached pictures. */
  function scan(mutations) {
    for (const m of mutations) {
      for (const n of m.addedNodes) {
        if (n.nodeType !== 1) continue;
        const imgs = n.tagName === 'IMG' ? [n] : n.querySelectorAll ? n.querySelectorAll('img[src^="blob:"]') : [];
        for (const img of imgs) {
          const src = img.getAttribute('src') || '';
          if (!src.startsWith('blob:') || seenSrc.has(src)) continue;
          seenSrc.add(src);
          fetch(src).then((r) => r.blob()).then((b) => check(b, img.alt || 'attached picture', img)).catch(() => {});
        }
      }
    }
  }

  ns.images = { scan, check, fingerprint };
})(globalThis);
