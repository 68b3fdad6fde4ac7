// "When can I write or meet?": the contact planner on the review desk. The registry comes from the
// profile chosen for checking; transplant day, country, role and cells are kept in localStorage
// (this browser only). Built with textContent only, like the rest of the page.

import { getContactCountries, getContactTimeline } from "./api.js";
import { el } from "./dom.js";

const $ = (id) => document.getElementById(id);
const STORE = "safetoshare.contact";
// The words and the timeline list: timeline.js, the extension popup's own (popup/timeline.js),
// loaded by the page as a classic script before the modules.
const { localToday, stageLine, directLine, uncertainLine, timelineItems } = globalThis.SafeToShare.timeline;

let asked = 0; // answers to older questions are dropped

function load() {
  try {
    return JSON.parse(localStorage.getItem(STORE)) || {};
  } catch {
    return {};
  }
}

function save() {
  localStorage.setItem(STORE, JSON.stringify({
    transplantDate: $("contact-date").value,
    country: $("contact-country").value,
    role: $("contact-role").value,
    product: $("contact-product").value,
  }));
}

function showError(message) {
  $("contact-error").textContent = message || "";
  $("contact-error").hidden = !message;
}

function show(plan) {
  const result = $("contact-result");
  result.dataset.stage = plan.stage;
  result.dataset.certain = String(plan.certain);
  $("contact-stage").textContent = stageLine(plan);
  $("contact-says").textContent = plan.says;
  const unsure = $("contact-uncertain");
  unsure.textContent = uncertainLine(plan);
  unsure.hidden = plan.certain;
  $("contact-direct").textContent = directLine(plan);
  $("contact-profile-now").textContent = plan.profile_now || "no letters now";
  // Letters in the anonymous period are checked with the registry's letter profile.
  $("contact-use-profile").hidden = !plan.profile_now || plan.profile_now === plan.profile;
  $("contact-use-profile").dataset.profile = plan.profile_now || "";
  $("contact-timeline").replaceChildren(...timelineItems(plan));
  $("contact-notes").replaceChildren(...plan.notes.map((n) => el("li", {}, n)));
  $("contact-sources").replaceChildren(...plan.sources.map((n) => el("li", {}, `Source: ${n}`)));
  result.hidden = false;
}

async function update() {
  const question = ++asked;
  const transplantDate = $("contact-date").value;
  if (!transplantDate) {
    $("contact-result").hidden = true;
    showError(null);
    return;
  }
  try {
    const plan = await getContactTimeline({
      profile: $("profile").value,
      transplant_date: transplantDate,
      on: localToday(),
      recipient_country: $("contact-country").value,
      role: $("contact-role").value,
      product: $("contact-product").value,
    });
    if (question !== asked) return;
    showError(null);
    show(plan);
  } catch (err) {
    if (question !== asked) return;
    $("contact-result").hidden = true;
    showError(err.message);
  }
}

async function fillChoices(saved) {
  const data = await getContactCountries();
  const withRules = el("optgroup", { label: "Countries with known rules" });
  const others = el("optgroup", { label: "Other countries (the registry's own rule, not certain)" });
  for (const c of data.countries) (c.has_rules ? withRules : others).append(el("option", { value: c.code, textContent: c.name }));
  $("contact-country").append(withRules, others);
  $("contact-product").replaceChildren(...data.products.map((p) => el("option", { value: p.id, textContent: p.name })));
  $("contact-country").value = saved.country || "";
  $("contact-product").value = saved.product || "marrow";
}

async function init() {
  const saved = load();
  $("contact-date").value = saved.transplantDate || "";
  $("contact-role").value = saved.role === "recipient" ? "recipient" : "donor";
  try {
    await fillChoices(saved);
  } catch (err) {
    showError(`Could not load the list of countries: ${err.message}`);
  }
  for (const id of ["contact-date", "contact-country", "contact-role", "contact-product"]) {
    $(id).addEventListener("change", () => {
      save();
      update();
    });
  }
  $("profile").addEventListener("change", update);
  $("contact-use-profile").addEventListener("click", (e) => {
    $("profile").value = e.currentTarget.dataset.profile;
    $("profile").dispatchEvent(new Event("change"));
  });
  await update();
  document.body.dataset.contactReady = "true";
}

init();
