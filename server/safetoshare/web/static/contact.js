// "When can I write or meet?": the contact planner on the review desk. The registry comes from the
// profile chosen for checking; transplant day, country, role and cells are kept in localStorage
// (this browser only). Built with textContent only, like the rest of the page.

import { getContactCountries, getContactTimeline } from "./api.js";
import { el } from "./dom.js";

const $ = (id) => document.getElementById(id);
const STORE = "safetoshare.contact";
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];
const STAGES = {
  before_transplant: "Before transplant day",
  anonymous: "Anonymous contact only",
  direct_contact: "Direct contact possible",
  no_contact: "No contact",
};
const ALLOWS = { anonymous_letter: "anonymous letters", anonymous_update: "anonymous updates", direct_contact: "direct contact" };

let asked = 0; // answers to older questions are dropped

/** "2027-06-01" -> "1 June 2027", the same words the server uses. */
export function spoken(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** Today in this computer's calendar, as YYYY-MM-DD. */
function localToday() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function span(stage) {
  if (!stage.from && !stage.until) return "Always";
  if (!stage.from) return `Until ${spoken(stage.until)}`;
  if (!stage.until) return `From ${spoken(stage.from)}`;
  return `${spoken(stage.from)} to ${spoken(stage.until)}`;
}

function allows(list) {
  return list.length ? list.map((a) => ALLOWS[a] || a).join(", ") : "nothing";
}

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
  $("contact-stage").textContent = `Today: ${STAGES[plan.stage] || plan.stage} (${allows(plan.allowed_now)}).`;
  $("contact-says").textContent = plan.says;
  const unsure = $("contact-uncertain");
  unsure.textContent = plan.certain ? "" : `Not certain: check with your registry. ${plan.uncertain_because.join(" ")}`;
  unsure.hidden = plan.certain;
  $("contact-direct").textContent = (plan.direct_contact_from ? spoken(plan.direct_contact_from) : "never") +
    (plan.certain ? "" : " (not certain)");
  $("contact-profile-now").textContent = plan.profile_now || "no letters now";
  // Letters in the anonymous period are checked with the registry's letter profile.
  $("contact-use-profile").hidden = !plan.profile_now || plan.profile_now === plan.profile;
  $("contact-use-profile").dataset.profile = plan.profile_now || "";
  $("contact-timeline").replaceChildren(...plan.stages.map((s) => {
    const item = el("li", { className: s.id === plan.stage ? "now" : "" },
      el("strong", {}, span(s)), ` ${STAGES[s.id] || s.id}: ${allows(s.allows)}.`,
      s.id === plan.stage ? el("span", { className: "today" }, " (today)") : null);
    if (s.id === plan.stage) item.setAttribute("aria-current", "step");
    return item;
  }));
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
