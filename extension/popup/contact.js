/* Safe to Share popup: "When can I write or meet?". The registry is that of the profile chosen in
 * the popup; transplant day, country, role and cells are kept in chrome.storage.local ("contact")
 * and go only to the local server, through the background worker. The words and the timeline come
 * from timeline.js, shared with the review desk. Built with textContent only. */
(function () {
  'use strict';
  const api = globalThis.browser || globalThis.chrome;
  const { form } = globalThis.SafeToShare;
  const { $ } = form;

  const { localToday, stageLine, directLine, uncertainLine, timelineItems } = globalThis.SafeToShare.timeline;

  const KEY = 'contact';
  const FIELDS = { transplantDate: 'contact-date', country: 'contact-country', role: 'contact-role', product: 'contact-product' };

  let asked = 0; // answers to older questions are dropped

  function node(tag, text, className) {
    const el = document.createElement(tag);
    if (text) el.textContent = text;
    if (className) el.className = className;
    return el;
  }

  function show(plan) {
    const result = $('contact-result');
    result.dataset.stage = plan.stage;
    result.dataset.certain = String(plan.certain);
    $('contact-stage').textContent = stageLine(plan);
    $('contact-direct').textContent = directLine(plan);
    const unsure = $('contact-uncertain');
    unsure.textContent = uncertainLine(plan);
    unsure.hidden = plan.certain;
    $('contact-timeline').replaceChildren(...timelineItems(plan));
    $('contact-says').textContent = plan.says;
    // Letters in the anonymous period are checked with the registry's letter profile.
    $('contact-profile-now').textContent = plan.profile_now || '';
    $('contact-profile-line').hidden = !plan.profile_now || plan.profile_now === plan.profile;
    result.hidden = false;
  }

  async function update() {
    const question = ++asked;
    const transplantDate = $('contact-date').value;
    if (!transplantDate) {
      $('contact-result').hidden = true;
      form.say($('contact-msg'), 'Enter the transplant day to see when you may write or meet.');
      return;
    }
    const res = await form.send('contactTimeline', {
      question: {
        // the profile shown in the popup; before its list has loaded, the background uses the saved one
        profile: $('profile').options.length ? $('profile').value : undefined,
        transplant_date: transplantDate,
        on: localToday(),
        recipient_country: $('contact-country').value,
        role: $('contact-role').value,
        product: $('contact-product').value,
      },
    });
    if (question !== asked) return;
    if (res && res.ok) {
      form.say($('contact-msg'), '');
      show(res.result);
    } else {
      $('contact-result').hidden = true;
      form.say($('contact-msg'), (res && res.error && res.error.message) || 'The checker did not answer.', 'error');
    }
  }

  async function fillChoices() {
    const res = await form.send('contactCountries');
    if (!res || !res.ok) return; // the status line above already says the checker is not running
    const withRules = document.createElement('optgroup');
    withRules.label = 'Countries with known rules';
    const others = document.createElement('optgroup');
    others.label = "Other countries (the registry's own rule, not certain)";
    for (const c of res.result.countries) {
      const o = node('option', c.name);
      o.value = c.code;
      (c.has_rules ? withRules : others).append(o);
    }
    $('contact-country').append(withRules, others);
    $('contact-product').replaceChildren(...res.result.products.map((p) => {
      const o = node('option', p.name);
      o.value = p.id;
      return o;
    }));
  }

  async function init() {
    const { [KEY]: saved = {} } = await api.storage.local.get(KEY);
    await fillChoices();
    for (const [key, id] of Object.entries(FIELDS)) {
      if (typeof saved[key] === 'string' && saved[key]) $(id).value = saved[key];
      $(id).addEventListener('change', async () => {
        const entry = {};
        for (const [k, i] of Object.entries(FIELDS)) entry[k] = $(i).value;
        await api.storage.local.set({ [KEY]: entry });
        update();
      });
    }
    $('profile').addEventListener('change', update);
    $('contact-use-profile').addEventListener('click', () => {
      $('profile').value = $('contact-profile-now').textContent;
      $('profile').dispatchEvent(new Event('change')); // popup.js saves it
    });
    await update();
    document.body.dataset.contactReady = 'true';
  }

  init();
})();
