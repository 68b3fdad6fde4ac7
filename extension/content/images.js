/* Safe to Share: pictures attached to a draft (file inputs, pasted or dropped images, preview
 * blobs the site shows) are sent, through the background worker, to /api/v1/check-image.
 * A picture is forgotten again once it is removed from the draft: its file input no longer holds
 * it and no preview of it is left on the page. */
(function (root) {
  'use strict';
  const ns = (root.SafeToShare = root.SafeToShare || {});
  const MAX_BYTES = 25 * 1024 * 1024;
  const POLL_MS = 500; // file inputs cleared by script fire no event: looked at while one is attached
  const known = new Map(); // fingerprint -> entry, for pictures attached (or ignored) on this page
  const seenSrc = new Set();
  let poll = null;

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

  /** The tracked field whose form, dialog or compose box holds this node (e.g. a file input). */
  function nearFieldOf(node) {
    const main = ns.main;
    if (!main || !node || node.nodeType !== 1) return null;
    const g = ns.guard;
    const box = node.closest('form, [role="dialog"], dialog');
    const states = main.states();
    const active = main.active();
    if (active) states.sort((a, b) => (b === active) - (a === active));
    const st = states.find((s) => (box && g.within(box, s.field)) || g.within(g.composeContainer(s.field) || s.field, node));
    return st ? st.field : null;
  }

  const EDITABLE = 'textarea, [contenteditable]:not([contenteditable="false"]), [role="textbox"]';

  /** An untracked field close to the node (a picture dropped on a compose box not typed in yet). */
  function closeField(node) {
    let n = node && node.nodeType === 1 ? node : null;
    for (let i = 0; n && i < 10 && n !== document.documentElement; i++, n = n.parentElement) {
      for (const c of n.querySelectorAll(EDITABLE)) {
        const f = ns.textmodel.fieldFor(c);
        if (f && ns.scope.isDraftField(f)) return f;
      }
    }
    return null;
  }

  function fieldNear(node, dropped) {
    return (node && ns.textmodel.fieldFor(node)) || nearFieldOf(node) || (dropped ? closeField(node) : null);
  }

  // ---- where a picture is on the page: its sources --------------------------------------------
  // {kind: 'input', input, file, reliable}: a file input holding the picture. Sites that empty
  //   their input as soon as they have read it (to allow picking the same file again) make this
  //   no sign of removal: `reliable` is only set if the input still holds the file a task later.
  // {kind: 'img', img, src}: a blob: preview of the picture.

  function sameFile(a, b) {
    return a === b || (a.name === b.name && a.size === b.size && a.lastModified === b.lastModified);
  }

  function present(src) {
    if (src.kind === 'input') {
      return src.input.isConnected && Array.from(src.input.files || []).some((f) => sameFile(f, src.file));
    }
    if (src.img.isConnected && src.img.getAttribute('src') === src.src) return true;
    // The site may have re-rendered the preview as a new element with the same blob: URL.
    return !!document.querySelector(`img[src="${CSS.escape(src.src)}"]`);
  }

  /** Removed: it was seen on the page, and every place it was seen is gone. A picture with no
   * reliable source (pasted or dropped without a preview) stays until the person forgets it. */
  function removed(entry) {
    const watched = entry.sources.filter((s) => s.kind === 'img' || s.reliable);
    return watched.length > 0 && !watched.some(present);
  }

  function addSource(entry, src) {
    if (!src || entry.sources.includes(src)) return;
    entry.sources.push(src);
    if (src.kind === 'input') startPolling();
  }

  function startPolling() {
    if (!poll) poll = setInterval(prune, POLL_MS);
  }

  /** Drops pictures that were removed from their drafts; refreshes the panels that showed them. */
  function prune() {
    let watching = false;
    for (const [fp, entry] of known) {
      if (removed(entry)) {
        known.delete(fp); // attached again later, it is checked again
        for (const src of entry.sources) if (src.kind === 'img') seenSrc.delete(src.src);
        if (ns.main) ns.main.detachImage(entry);
      } else if (entry.sources.some((s) => s.kind === 'input' && s.reliable)) {
        watching = true;
      }
    }
    if (!watching && poll) {
      clearInterval(poll);
      poll = null;
    }
  }

  async function check(blob, name, field, source) {
    if (!ns.main || !ns.main.isEnabled()) return;
    if (!/^image\//.test(blob.type || '')) return;
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const fp = fingerprint(bytes);
    const existing = known.get(fp);
    if (existing) {
      // The same picture again (e.g. the site's preview of the file just attached).
      addSource(existing, source);
      if (source && source.kind === 'input' && existing.fromPreview) {
        existing.name = name;
        existing.fromPreview = false;
        ns.main.refresh(ns.main.active());
      }
      return existing.promise;
    }
    const entry = {
      name: name || 'picture', status: 'checking', findings: [], error: null, promise: null,
      fp, sources: [], fromPreview: !!source && source.kind === 'img',
    };
    known.set(fp, entry);
    addSource(entry, source);
    const st = ns.main.attachImage(entry, field);
    entry.promise = (async () => {
      if (bytes.length > MAX_BYTES) throw { code: 'too_large', message: 'This picture is too large to check.' };
      const res = await ns.protocol.send('checkImage', { dataUrl: await toDataUrl(blob), name: entry.name });
      if (!res || !res.ok) throw (res && res.error) || { message: 'No answer.' };
      return res.result;
    })().then(
      (result) => Object.assign(entry, { status: 'done', findings: Array.isArray(result.findings) ? result.findings : [], result }),
      (err) => Object.assign(entry, { status: 'error', error: { code: err && err.code, message: (err && err.message) || String(err) } }),
    ).then(() => ns.main.refresh(ns.main.active() || st));
    ns.main.refresh(st || ns.main.active());
    return entry.promise;
  }

  function checkFiles(files, near, input) {
    const field = fieldNear(near, !input);
    for (const f of Array.from(files || [])) {
      if (!/^image\//.test(f.type)) continue;
      let source = null;
      if (input) {
        source = { kind: 'input', input, file: f, reliable: false };
        setTimeout(() => { source.reliable = present(source); if (source.reliable) startPolling(); }, 0);
      }
      check(f, f.name, field, source);
    }
  }

  window.addEventListener('change', (e) => {
    const t = e.composedPath ? e.composedPath()[0] : e.target;
    if (t && t.tagName === 'INPUT' && t.type === 'file') {
      prune(); // a picture taken out of the input
      checkFiles(t.files, t, t);
    }
  }, true);
  window.addEventListener('paste', (e) => {
    if (e.clipboardData) checkFiles(e.clipboardData.files, e.composedPath()[0]);
  }, true);
  window.addEventListener('drop', (e) => {
    if (e.dataTransfer) checkFiles(e.dataTransfer.files, e.composedPath()[0]);
  }, true);

  /** Called by main.js's MutationObserver: previews the site makes of attached pictures, and
   * previews it removes. */
  function scan(mutations) {
    let gone = false;
    for (const m of mutations) {
      if (m.removedNodes.length) gone = true;
      for (const n of m.addedNodes) {
        if (n.nodeType !== 1) continue;
        const imgs = n.tagName === 'IMG' ? [n] : n.querySelectorAll ? n.querySelectorAll('img[src^="blob:"]') : [];
        for (const img of imgs) {
          const src = img.getAttribute('src') || '';
          if (!src.startsWith('blob:') || seenSrc.has(src)) continue;
          seenSrc.add(src);
          const field = fieldNear(img);
          fetch(src).then((r) => r.blob())
            .then((b) => check(b, img.alt || 'attached picture', field, { kind: 'img', img, src }))
            .catch(() => {});
        }
      }
    }
    if (gone && known.size) prune();
  }

  ns.images = { scan, check, fingerprint, prune };
})(globalThis);
