// Pictures and batches: drop (or choose) several files; each is checked in turn and listed with
// its findings. Stories can be opened in the review above; pictures show their image checks.

import { ApiError, checkImage, checkText, fetchReport } from "./api.js";
import { catClass, el, kindLabel, saveBlob, sevClass } from "./dom.js";
import { languageFields } from "./review-state.js";

const TEXT_EXT = /\.(txt|md|markdown|text)$/i;
const HTML_EXT = /\.(html?|xhtml)$/i;
const IMAGE_EXT = /\.(jpe?g|jpe|png|webp|heic|heif|avif|gif|bmp|tiff?)$/i;

export function fileKind(file) {
  const name = file.name || "";
  if (IMAGE_EXT.test(name) || (file.type || "").startsWith("image/")) return "image";
  if (HTML_EXT.test(name) || file.type === "text/html") return "html";
  if (TEXT_EXT.test(name) || (file.type || "").startsWith("text/")) return "text";
  return "unknown";
}

function countBy(findings, key) {
  const out = {};
  for (const f of findings) out[f[key]] = (out[f[key]] || 0) + 1;
  return out;
}

function summaryLine(findings) {
  if (!findings.length) return "Nothing identifying found.";
  const sev = countBy(findings, "severity");
  const parts = ["block", "warn", "info"].filter((s) => sev[s]).map((s) => `${sev[s]} ${s}`);
  return `${findings.length} finding${findings.length === 1 ? "" : "s"} (${parts.join(", ")}).`;
}

/** " Written in German: ..." when the server did not read (all or part of) the text. */
function languageLine(result) {
  const parts = Array.isArray(result.unchecked) ? result.unchecked : [];
  if (result.language_supported === false) return ` Written in ${result.language_name || result.language}: names, places and organisations were not checked.`;
  if (parts.length) {
    const names = [...new Set(parts.map((p) => p.language_name || p.language))].join(", ");
    return ` Names, places and organisations were not checked in the ${names} part${parts.length === 1 ? "" : "s"}.`;
  }
  return "";
}

function findingItem(f) {
  const words = f.text ? `“${f.text}” ` : "";
  const meta = f.meta || {};
  const extra = meta.field ? ` [${meta.field}${meta.value !== undefined && meta.value !== null ? `: ${meta.value}` : ""}]` : "";
  return el(
    "li",
    { className: "file-finding", dataset: { category: String(f.category), kind: String(f.kind) } },
    el("span", { className: `chip ${catClass(f.category)} ${sevClass(f.severity)}`, textContent: `${kindLabel(f.category, f.kind)} · ${f.severity}` }),
    ` ${words}${extra}`,
    el("span", { className: "hint", textContent: f.message ? ` — ${f.message}` : "" }),
  );
}

async function readUtf8(file) {
  const buf = await file.arrayBuffer();
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new ApiError("not a UTF-8 text file", 0, "not_utf8");
  }
}

const BOX_COLOURS = { block: "#b00020", warn: "#b35c00", info: "#1a5fb4" };

async function drawPreview(file, findings, figure) {
  let bitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    figure.append(el("figcaption", { className: "hint", textContent: "No preview: this browser cannot show this picture format." }));
    return;
  }
  const scale = Math.min(1, 480 / bitmap.width);
  const canvas = el("canvas", { width: Math.round(bitmap.width * scale), height: Math.round(bitmap.height * scale) });
  const boxes = findings.filter((f) => f.box && ["x", "y", "w", "h"].every((k) => Number.isFinite(f.box[k])));
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", `Preview of ${file.name} with ${boxes.length} marked area${boxes.length === 1 ? "" : "s"}`);
  const ctx = canvas.getContext("2d");
  ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  // Boxes are in pixels of the full-size picture as displayed.
  const sx = canvas.width / bitmap.width;
  ctx.lineWidth = 3;
  for (const f of boxes) {
    const { x, y, w, h } = f.box;
    ctx.strokeStyle = BOX_COLOURS[f.severity] || BOX_COLOURS.info;
    ctx.strokeRect(x * sx, y * sx, w * sx, h * sx);
  }
  figure.prepend(canvas);
}

async function checkOne(file, profile, entry, open) {
  const body = entry.querySelector(".file-body");
  const summary = entry.querySelector(".file-summary");
  const kind = fileKind(file);
  try {
    if (kind === "unknown") throw new ApiError("not a supported file type (use .txt, .md, .html or a picture)", 0, "unsupported");
    if (kind === "image") {
      let result;
      try {
        result = await checkImage(file, profile);
      } catch (err) {
        const status = err.status ? ` (HTTP ${err.status})` : "";
        throw new ApiError(`The image check failed: ${err.message}${status}`, err.status, err.code);
      }
      const findings = result.findings || [];
      entry.dataset.state = findings.length ? "findings" : "clean";
      const facts = [];
      if (result.width && result.height) facts.push(`${result.width}×${result.height}`);
      facts.push(result.photo ? "a photograph" : "not a photograph");
      summary.textContent = `Picture, ${facts.join(", ")}: ${summaryLine(findings)}`;
      const figure = el("figure", { className: "preview" });
      body.append(figure, el("ul", { className: "file-findings" }, ...findings.map(findingItem)));
      await drawPreview(file, findings, figure);
      return { findings: findings.length, error: false, record: { path: file.name, type: "image", text: "", findings } };
    }
    const raw = await readUtf8(file);
    const request = kind === "html" ? { html: raw } : { text: raw };
    if (profile) request.profile = profile;
    const result = await checkText(request);
    const findings = result.findings || [];
    entry.dataset.state = findings.length ? "findings" : "clean";
    summary.textContent = `${summaryLine(findings)}${languageLine(result)}`;
    const button = el("button", { type: "button", className: "open-review", textContent: `Open ${file.name} in the review` });
    button.addEventListener("click", () => open(result, file.name, kind === "html"));
    body.append(el("ul", { className: "file-findings" }, ...findings.map(findingItem)), button);
    return { findings: findings.length, error: false, record: { path: file.name, type: kind, text: result.text, findings, ...languageFields(result) } };
  } catch (err) {
    entry.dataset.state = "error";
    summary.textContent = "";
    body.append(el("p", { className: "error", textContent: `Error: ${err.message}` }));
    return { findings: 0, error: true, record: { path: file.name, type: kind === "image" ? "image" : "text", text: "", findings: [], error: err.message } };
  }
}

export function initFiles({ profile, say, open }) {
  const zone = document.getElementById("dropzone");
  const input = document.getElementById("files");
  const list = document.getElementById("file-results");
  const actions = document.getElementById("batch-actions");
  let busy = Promise.resolve();
  let last = null; // {profile, files} of the last batch, for its report

  document.getElementById("batch-report").addEventListener("click", async () => {
    if (!last) return;
    try {
      saveBlob(await fetchReport(last), "safe-to-share-report.html");
      say("Downloaded the report of these files.");
    } catch (err) {
      say(`Could not make the report: ${err.message}`);
    }
  });

  async function handle(files) {
    if (!files.length) return;
    list.replaceChildren();
    actions.hidden = true;
    last = null;
    list.setAttribute("aria-busy", "true");
    say(`Checking ${files.length} file${files.length === 1 ? "" : "s"}…`);
    const entries = files.map((file) => {
      const entry = el(
        "li",
        { className: "file-entry", dataset: { state: "pending", name: file.name } },
        el("h3", { className: "file-name", textContent: file.name }),
        el("p", { className: "file-summary", textContent: "Waiting…" }),
        el("div", { className: "file-body" }),
      );
      list.append(entry);
      return entry;
    });
    let withFindings = 0;
    let errors = 0;
    const prof = profile();
    const records = [];
    // One at a time: the server checks one text at a time anyway, and the list fills in order.
    for (const [i, file] of files.entries()) {
      entries[i].querySelector(".file-summary").textContent = "Checking…";
      const r = await checkOne(file, prof, entries[i], open);
      records.push(r.record);
      if (r.error) errors += 1;
      else if (r.findings) withFindings += 1;
    }
    list.removeAttribute("aria-busy");
    last = { profile: prof, files: records };
    actions.hidden = false;
    list.dataset.done = String((Number(list.dataset.done) || 0) + 1);
    say(`Checked ${files.length} file${files.length === 1 ? "" : "s"}: ${withFindings} with findings, ${files.length - withFindings - errors} clean, ${errors} with errors.`);
  }

  function queue(fileList) {
    const files = [...fileList]; // copy now: clearing the input (or the drop ending) empties the FileList
    busy = busy.then(() => handle(files)).catch(() => {});
  }

  input.addEventListener("change", () => {
    queue(input.files);
    input.value = "";
  });
  for (const type of ["dragenter", "dragover"]) {
    zone.addEventListener(type, (e) => {
      e.preventDefault();
      zone.classList.add("over");
    });
  }
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("over");
    if (e.dataTransfer && e.dataTransfer.files) queue(e.dataTransfer.files);
  });
  // A file dropped next to the zone must not replace the page (and lose the review).
  window.addEventListener("dragover", (e) => e.preventDefault());
  window.addEventListener("drop", (e) => e.preventDefault());
}
