// The review desk: check a story, show each finding as a <mark>, fix or keep it, take the cleaned
// text away. The DOM is built with textContent only: nothing from the story or the server is ever
// parsed as HTML, so a hostile story is shown as text and never runs.

import { ApiError, checkText, fetchReport, getProfiles } from "./api.js";
import { applyAll, languageFields, looksLikeHtml, makeItems, makeParts, replaceItem, setStatus, splitList, undoItem } from "./review-state.js";
import { initFiles } from "./files.js";
import { categoryLabel, catClass, el, kindLabel, knownCategories, loadLabels, saveBlob, severityWords, sevClass } from "./dom.js";

const $ = (id) => document.getElementById(id);

// ---------------------------------------------------------------------------------------------
// state

let review = null; // {text, profile, items, unchecked, language, name, fromHtml}
let selectedId = null;
const profiles = new Map();

function say(message) {
  // Clearing first makes screen readers announce a repeated message again.
  const status = $("status");
  status.textContent = "";
  window.setTimeout(() => {
    status.textContent = message;
  }, 30);
}

function showError(message) {
  const box = $("error");
  if (!message) {
    box.hidden = true;
    box.textContent = "";
    return;
  }
  box.textContent = message;
  box.hidden = false;
}

function currentProfile() {
  return $("profile").value || undefined;
}

// ---------------------------------------------------------------------------------------------
// profiles

/** The legend's colours, one per category the server labels (pictures are not marked in the text). */
function fillLegend() {
  const items = knownCategories()
    .filter((cat) => cat !== "photograph")
    .map((cat) => el("li", { dataset: { category: cat } }, el("mark", { className: `swatch ${catClass(cat)}`, textContent: categoryLabel(cat) })));
  $("legend").prepend(...items);
  for (const sev of ["block", "warn"]) {
    const words = $("legend").querySelector(`[data-severity-words="${sev}"]`);
    if (words && severityWords(sev)) words.textContent = severityWords(sev);
  }
}

async function loadProfiles() {
  const select = $("profile");
  await loadLabels();
  fillLegend();
  try {
    const data = await getProfiles();
    select.replaceChildren();
    for (const p of data.profiles || []) {
      profiles.set(p.id, p);
      const opt = el("option", { value: p.id, textContent: `${p.title} (${p.id})` });
      if (p.default) opt.selected = true;
      select.append(opt);
    }
    showProfileSummary();
    document.body.dataset.profilesLoaded = "true";
  } catch (err) {
    select.replaceChildren(el("option", { value: "", textContent: "Default profile" }));
    showError(`Could not load the registry profiles: ${err.message}`);
  }
}

function showProfileSummary() {
  const p = profiles.get($("profile").value);
  $("profile-summary").textContent = p ? `${p.registry}, ${p.channel}: ${p.summary}` : "";
}

// ---------------------------------------------------------------------------------------------
// checking

async function check(body, name = null) {
  const button = $("check");
  button.disabled = true;
  $("recheck").disabled = true;
  document.body.setAttribute("aria-busy", "true");
  showError(null);
  say("Checking…");
  try {
    const result = await checkText(body);
    loadResult(result, { name, fromHtml: "html" in body });
    return result;
  } catch (err) {
    const msg = err instanceof ApiError ? err.message : String(err);
    showError(`The check failed: ${msg}`);
    say("The check failed.");
    return null;
  } finally {
    button.disabled = false;
    $("recheck").disabled = false;
    document.body.removeAttribute("aria-busy");
  }
}

/** Show a check result ({profile, text, findings}) for review; also used by the file list. */
export function loadResult(result, { name = null, fromHtml = false } = {}) {
  review = {
    text: String(result.text ?? ""),
    checkedText: String(result.text ?? ""),
    // what the report says about the language, as the server answered for the checked text
    checkedLanguage: languageFields(result),
    profile: result.profile,
    items: makeItems(String(result.text ?? ""), result.findings || []),
    // parts in a language the server does not read: only language-independent checks ran there
    unchecked: makeParts(String(result.text ?? ""), result.unchecked),
    language: languageOf(result),
    name,
    fromHtml,
  };
  selectedId = null;
  $("review-section").hidden = false;
  render();
  showLanguage();
  showDetails();
  const n = review.items.length;
  const block = review.items.filter((it) => it.finding.severity === "block").length;
  const where = name ? ` in ${name}` : "";
  say(n ? `Checked${where}: ${n} finding${n === 1 ? "" : "s"}, ${block} to remove and ${n - block} to consider.` : `Checked${where}: nothing identifying found.`);
  document.body.dataset.checked = String((Number(document.body.dataset.checked) || 0) + 1);
}

function onSubmit(event) {
  event.preventDefault();
  const raw = $("story").value;
  if (!raw.trim()) {
    showError("Paste or type a story first.");
    $("story").focus();
    return;
  }
  const mode = $("mode").value;
  const asHtml = mode === "html" || (mode === "auto" && looksLikeHtml(raw));
  const body = asHtml ? { html: raw } : { text: raw };
  const profile = currentProfile();
  if (profile) body.profile = profile;
  const watch = splitList($("watch").value);
  if (watch.length) body.watchlist = watch;
  check(body);
}

function recheck() {
  if (!review) return;
  // The cleaned text as it is now; what the volunteer kept is let through.
  const body = { text: review.text };
  const profile = currentProfile();
  if (profile) body.profile = profile;
  const watch = splitList($("watch").value);
  if (watch.length) body.watchlist = watch;
  const kept = [...new Set(review.items.filter((it) => it.status === "kept").map((it) => it.original))];
  if (kept.length) body.allow = kept.slice(0, 200);
  check(body, review.name);
}

// ---------------------------------------------------------------------------------------------
// language

/** {code, name, supported} from a check's answer; null from a server that does not say. */
function languageOf(result) {
  if (typeof result.language !== "string" || !result.language) return null;
  return { code: result.language, name: String(result.language_name || result.language), supported: result.language_supported !== false };
}

function uncheckedSentence(part) {
  return `Names, places and organisations were not checked in this ${part.languageName} part.`;
}

function excerpt(part) {
  const words = review.text.slice(part.s, part.e).trim().replace(/\s+/g, " ");
  return words.length > 60 ? `${words.slice(0, 59)}…` : words;
}

/** Which language the text was checked in, and plainly which parts were not checked. */
function showLanguage() {
  const note = $("language-note");
  const lang = review.language;
  note.hidden = !lang;
  if (lang) {
    note.dataset.language = lang.code;
    note.dataset.supported = String(lang.supported);
    note.textContent = lang.supported
      ? `Checked in ${lang.name}.`
      : `Written in ${lang.name}, which Safe to Share does not read yet: only emails, phone numbers, links, social handles, numeric dates, postcodes and your watchlist were checked.`;
  }
  const list = $("unchecked-notes");
  list.replaceChildren(
    ...review.unchecked.map((part) =>
      el(
        "li",
        { id: `unchecked-note-${part.id}`, className: "unchecked-note", dataset: { language: part.language } },
        el("span", { className: "unchecked", textContent: `“${excerpt(part)}”` }),
        ` ${uncheckedSentence(part)}`,
      ),
    ),
  );
  list.hidden = !review.unchecked.length;
}

// ---------------------------------------------------------------------------------------------
// rendering

function summaryText() {
  const items = review.items;
  if (!items.length) return "Nothing identifying found under this profile.";
  const count = (pred) => items.filter(pred).length;
  const block = count((it) => it.finding.severity === "block");
  const warn = items.length - block;
  const open = count((it) => it.status === "open");
  const applied = count((it) => it.status === "applied");
  const kept = count((it) => it.status === "kept");
  return `${items.length} finding${items.length === 1 ? "" : "s"} (${block} block, ${warn} warn): ${open} open, ${applied} changed, ${kept} kept.`;
}

/** Text between findings; the parts the server did not read get a neutral marking of their own. */
function plain(a, b) {
  const frag = document.createDocumentFragment();
  let pos = a;
  for (const part of review.unchecked) {
    if (part.e <= pos || part.s >= b) continue;
    const s = Math.max(part.s, pos);
    const e = Math.min(part.e, b);
    if (s > pos) frag.append(document.createTextNode(review.text.slice(pos, s)));
    frag.append(el("span", {
      className: "unchecked",
      textContent: review.text.slice(s, e),
      title: uncheckedSentence(part),
      "aria-describedby": `unchecked-note-${part.id}`,
      dataset: { language: part.language },
    }));
    pos = e;
  }
  if (pos < b) frag.append(document.createTextNode(review.text.slice(pos, b)));
  return frag;
}

function render() {
  const box = $("reviewed");
  const frag = document.createDocumentFragment();
  let pos = 0;
  const { text } = review;
  for (const it of review.items) {
    if (it.s > pos) frag.append(plain(pos, it.s));
    const words = text.slice(it.s, it.e);
    const f = it.finding;
    const label = categoryLabel(f.category);
    let node;
    if (it.status === "open") {
      node = el("mark", {
        className: `finding ${catClass(f.category)} ${sevClass(f.severity)}`,
        textContent: words,
        tabIndex: 0,
        role: "button",
        "aria-label": `${words}: ${label}, ${f.severity} (${severityWords(f.severity) || f.severity})`,
        dataset: { id: String(it.id), category: String(f.category), severity: String(f.severity) },
      });
    } else {
      node = el("span", {
        className: it.status === "applied" ? "applied" : "kept",
        textContent: words,
        tabIndex: 0,
        role: "button",
        "aria-label": it.status === "applied" ? `${words}: changed from “${it.original}”` : `${words}: kept as written`,
        dataset: { id: String(it.id), status: it.status },
      });
    }
    if (it.id === selectedId) {
      node.classList.add("selected");
      node.setAttribute("aria-current", "true");
    }
    frag.append(node);
    pos = it.e;
  }
  if (pos < text.length) frag.append(plain(pos, text.length));
  box.replaceChildren(frag);
  $("summary").textContent = summaryText() + (review.fromHtml ? " The story was read as HTML: you are reviewing the text a reader sees." : "");
  const open = review.items.some((it) => it.status === "open" && (it.finding.suggestions || []).length);
  $("apply-all").disabled = !open;
}

function itemNode(id) {
  return $("reviewed").querySelector(`[data-id="${Number(id)}"]`);
}

function selectItem(id, { focusPanel = true } = {}) {
  selectedId = id;
  render();
  showDetails();
  if (focusPanel) $("details-heading").focus();
}

function showDetails() {
  const it = review && review.items.find((x) => x.id === selectedId);
  $("details-empty").hidden = Boolean(it);
  $("details-body").hidden = !it;
  if (!it) {
    $("details-heading").textContent = "Finding";
    return;
  }
  const f = it.finding;
  const prof = profiles.get(review.profile);
  $("details-heading").textContent = `${categoryLabel(f.category)}: “${f.text}”`;
  $("d-quote").textContent = it.status === "applied" ? `Now reads “${review.text.slice(it.s, it.e)}” (was “${it.original}”).` : `“${it.original}”`;
  $("d-severity").textContent = `${f.severity} — ${severityWords(f.severity)}`;
  const kind = kindLabel(f.category, f.kind);
  $("d-category").textContent = `${categoryLabel(f.category)}${f.kind && f.kind !== "default" && kind !== categoryLabel(f.category) ? ` (${kind})` : ""}`;
  $("d-message").textContent = f.message || "";
  $("d-rule").textContent = f.rule || "";
  $("d-profile").textContent = prof ? `${prof.title} (${prof.id})` : String(review.profile || "");
  $("d-source").textContent = f.source || "";
  $("d-detector").textContent = f.detector || "";
  $("d-status").textContent = { open: "open", applied: "changed", kept: "kept as written" }[it.status];
  const list = $("d-suggestions");
  list.replaceChildren();
  const open = it.status === "open";
  for (const [i, s] of (f.suggestions || []).entries()) {
    const b = el("button", { type: "button", className: "apply", textContent: `Apply “${s}”`, disabled: !open, dataset: { index: String(i) } });
    b.addEventListener("click", () => applyOne(it.id, String(s)));
    list.append(el("li", {}, b));
  }
  if (!(f.suggestions || []).length) list.append(el("li", { className: "hint", textContent: "No suggestion: use your own wording, or keep it." }));
  $("d-own").disabled = !open;
  $("d-own-apply").disabled = !open;
  $("d-own").value = "";
  $("d-keep").disabled = !open;
  $("d-undo").disabled = open;
}

// ---------------------------------------------------------------------------------------------
// actions

function nextOpenAfter(id) {
  const cur = review.items.find((x) => x.id === id);
  const start = cur ? cur.s : -1;
  const open = review.items.filter((x) => x.status === "open");
  return open.find((x) => x.s > start) || open[0] || null;
}

function afterAction(id, message) {
  const next = nextOpenAfter(id);
  selectedId = next ? next.id : id;
  render();
  showDetails();
  if (next) {
    itemNode(next.id)?.focus();
    say(`${message} Next: “${next.original}”.`);
  } else {
    $("download").focus();
    say(`${message} All findings are handled; the cleaned text is ready to copy or download.`);
  }
}

function applyOne(id, replacement) {
  const it = review.items.find((x) => x.id === id);
  if (!it || it.status !== "open") return;
  review = replaceItem(review, id, replacement);
  afterAction(id, `Changed “${it.original}” to “${replacement}”.`);
}

function keep(id) {
  const it = review.items.find((x) => x.id === id);
  if (!it || it.status !== "open") return;
  review = setStatus(review, id, "kept");
  afterAction(id, `Kept “${it.original}” as written.`);
}

function undo(id) {
  const it = review.items.find((x) => x.id === id);
  if (!it || it.status === "open") return;
  review = undoItem(review, id);
  selectedId = id;
  render();
  showDetails();
  itemNode(id)?.focus();
  say(`Put “${it.original}” back.`);
}

function applyEverything() {
  if (!review) return;
  const [next, count] = applyAll(review);
  review = next;
  const left = review.items.filter((x) => x.status === "open").length;
  selectedId = null;
  render();
  showDetails();
  say(`Applied ${count} suggestion${count === 1 ? "" : "s"}.${left ? ` ${left} finding${left === 1 ? "" : "s"} without a suggestion still open.` : ""}`);
}

function downloadName() {
  if (!review.name) return "cleaned-story.txt";
  const base = review.name.replace(/\.[^.]*$/, "").replace(/[^\p{L}\p{N}._ -]+/gu, "_") || "story";
  return `${base}-cleaned.txt`;
}

function download() {
  if (!review) return;
  saveBlob(new Blob([review.text], { type: "text/plain;charset=utf-8" }), downloadName());
  say(`Downloaded the cleaned text as ${downloadName()}.`);
}

function outcome(it) {
  if (it.status === "applied") return `changed to “${it.replacement}”`;
  if (it.status === "kept") return "kept as written";
  return "still open";
}

async function downloadReport() {
  if (!review) return;
  // The story as checked, each finding with what the volunteer did about it.
  const file = {
    path: review.name || "pasted story",
    text: review.checkedText,
    type: review.fromHtml ? "html" : "text",
    findings: review.items.map((it) => ({ ...it.finding, status: outcome(it) })),
    ...review.checkedLanguage,
  };
  try {
    const blob = await fetchReport({ profile: review.profile, files: [file] });
    saveBlob(blob, "safe-to-share-report.html");
    say("Downloaded the report.");
  } catch (err) {
    showError(`Could not make the report: ${err.message}`);
  }
}

async function copy() {
  if (!review) return;
  try {
    await navigator.clipboard.writeText(review.text);
    say("Copied the cleaned text.");
  } catch {
    // Clipboard API refused (permissions): copy through a temporary text box instead.
    const ta = el("textarea", { value: review.text, readOnly: true, className: "offscreen" });
    document.body.append(ta);
    ta.select();
    const ok = document.execCommand && document.execCommand("copy");
    ta.remove();
    $("copy").focus();
    say(ok ? "Copied the cleaned text." : "Could not copy: select the text and copy it yourself.");
  }
}

/** The review text currently shown (for tests and the file list). */
export function currentText() {
  return review ? review.text : null;
}

// ---------------------------------------------------------------------------------------------
// wiring

function wire() {
  $("check-form").addEventListener("submit", onSubmit);
  $("profile").addEventListener("change", showProfileSummary);
  $("apply-all").addEventListener("click", applyEverything);
  $("recheck").addEventListener("click", recheck);
  $("copy").addEventListener("click", copy);
  $("download").addEventListener("click", download);
  $("report").addEventListener("click", downloadReport);
  $("d-keep").addEventListener("click", () => keep(selectedId));
  $("d-undo").addEventListener("click", () => undo(selectedId));
  $("d-next").addEventListener("click", () => {
    const next = nextOpenAfter(selectedId);
    if (next) {
      selectedId = next.id;
      render();
      showDetails();
      itemNode(next.id)?.focus();
    } else say("No open findings left.");
  });
  $("d-own-apply").addEventListener("click", () => {
    const v = $("d-own").value;
    if (v.trim()) applyOne(selectedId, v);
    else $("d-own").focus();
  });
  $("d-own").addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      $("d-own-apply").click();
    }
  });
  const box = $("reviewed");
  box.addEventListener("click", (e) => {
    const node = e.target.closest("[data-id]");
    if (node) selectItem(Number(node.dataset.id));
  });
  box.addEventListener("keydown", (e) => {
    const node = e.target.closest("[data-id]");
    if (!node) return;
    if (e.key === "Enter" || e.key === " " || e.key === "Spacebar") {
      e.preventDefault();
      selectItem(Number(node.dataset.id));
    }
  });
  $("details").addEventListener("keydown", (e) => {
    if (e.key === "Escape" && selectedId !== null) {
      e.preventDefault();
      itemNode(selectedId)?.focus();
    }
  });
  initFiles({
    profile: currentProfile,
    say,
    open(result, name, fromHtml) {
      loadResult(result, { name, fromHtml });
      $("review-heading").scrollIntoView({ block: "start" });
      $("reviewed").querySelector("[data-id]")?.focus();
    },
  });
}

wire();
loadProfiles();
document.body.dataset.ready = "true";
