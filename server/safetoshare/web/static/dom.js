// Shared DOM helpers and labels. Text goes in with textContent / text nodes, never as HTML.

export const CATEGORY_LABELS = {
  personal_name: "Personal name",
  organization: "Organisation",
  location: "Location",
  affiliation: "Group or cause",
  personal_date: "Personal date",
  contact_info: "Contact details",
  recipient_detail: "Recipient detail",
  photograph: "Photograph",
  face: "Face",
  metadata: "Hidden metadata",
};
const KNOWN_CATEGORIES = new Set(Object.keys(CATEGORY_LABELS));
export const SEVERITY_WORDS = { block: "must be removed", warn: "worth a second look", info: "for your information" };

export function categoryLabel(cat) {
  return CATEGORY_LABELS[cat] || String(cat || "other").replace(/_/g, " ");
}
/** A CSS class token for a category or severity from the server (never trusted as markup). */
export function catClass(cat) {
  return KNOWN_CATEGORIES.has(cat) ? `cat-${cat}` : "cat-other";
}
export function sevClass(sev) {
  return sev === "block" || sev === "warn" ? `sev-${sev}` : "sev-info";
}

/** A small element builder: props are properties (className, textContent...), children text or nodes. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null) continue;
    if (/html/i.test(k)) throw new Error("el(): markup properties are not allowed");
    if (k === "dataset") Object.assign(node.dataset, v);
    else if (k.startsWith("aria-") || k === "role") node.setAttribute(k, String(v));
    else node[k] = v;
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
  return node;
}


/** Offer a Blob as a download named `name` (an object URL on a temporary link). */
export function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: name });
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
