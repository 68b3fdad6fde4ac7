// Shared DOM helpers and labels. Text goes in with textContent / text nodes, never as HTML.

// What categories, kinds and severities are called: GET /api/v1/labels (rules/categories.toml),
// the one source the extension and the report read too. Until it answers, names are prettified.
const labels = { categories: {}, kinds: {}, severities: {} };

/** Load the labels in `lang` (the page's language); a failure leaves the prettified names. */
export async function loadLabels(lang = document.documentElement.lang || "en") {
  try {
    const resp = await fetch(`/api/v1/labels?lang=${encodeURIComponent(lang)}`, { credentials: "same-origin" });
    if (!resp.ok) return false;
    const body = await resp.json();
    for (const key of ["categories", "kinds", "severities"]) {
      if (body && typeof body[key] === "object" && body[key]) labels[key] = body[key];
    }
    return true;
  } catch {
    return false;
  }
}

/** The categories the server labels, in its order (for the legend). */
export function knownCategories() {
  return Object.keys(labels.categories);
}

export function categoryLabel(cat) {
  return labels.categories[cat] || String(cat || "other").replace(/_/g, " ");
}
/** A kind's label ("Pet's name"), or its category's when the kind has none. */
export function kindLabel(cat, kind) {
  return labels.kinds[`${cat}.${kind}`] || categoryLabel(cat);
}
/** What a severity asks of the writer ("must be removed"). */
export function severityWords(sev) {
  return labels.severities[sev] || "";
}
/** A CSS class token for a category or severity from the server (never trusted as markup). */
export function catClass(cat) {
  return Object.hasOwn(labels.categories, cat) && /^[a-z_]+$/.test(cat) ? `cat-${cat}` : "cat-other";
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
