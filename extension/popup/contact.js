/* Safe to Share popup: "When can I write or meet?". The registry is that of the profile chosen in
 * the popup; transplant day, country, role and cells are kept in chrome.storage.local ("contact")
 * and go only to the local server, through the background worker. Built with textContent only. */
(function () {
  'use strict';
  const api = globalThis.browser || globalThis.chrome;
  const { form } = globalThis.SafeToShare;
  const { $ } = form;

  const KEY = 'contact';
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];
  const STAGES = {
    before_transplant: 'Before transplant day',
    anonymous: 'Anonymous contact only',
    direct_contact: 'Direct contact possible',
    no_contact: 'No contact',
  };
  const ALLOWS = { anonymous_letter: 'anonymous letters', anonymous_update: 'anonymous updates', direct_contact: 'direct contact' };
  const FIELDS = { transplantDate: 'contact-date', country: 'contact-country', role: 'contact-role', product: 'contact-product' };

  let asked = 0; // answers to older questions are dropped

  function spoken(iso) {
    const [y, m, d] = iso.split('-').map(Number);
    return `${d} ${MONTHS[m - 1]} ${y}`;
  }

  function localToday() {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }

  function allows(list) {
    return list.length ? list.map((a) => ALLOWS[a] || a).join(', ') : 'nothing';
  }

  function span(stage) {
    if (!stage.from && !stage.until) return 'Always';
    if (!stage.from) return `Until ${spoken(stage.until)}`;
    if (!stage.until) return `From ${spoken(stage.from)}`;
    return `${spoken(stage.from)} to ${spoken(stage.until)}`;
  }

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
    $('contact-stage').textContent = `Today: ${STAGES[plan.stage] || plan.stage} (${allows(plan.allowed_now)}).`;
    $('contact-direct').textContent = (plan.direct_contact_from ? spoken(plan.direct_contact_from) : 'never') +
      (plan.certain ? '' : ' (not certain)');
    const unsure = $('contact-uncertain');
    unsure.textContent = plan.certain ? '' : `Not certain: check with your registry. ${plan.uncertain_because.join(' ')}`;
    unsure.hidden = plan.certain;
    $('contact-timeline').replaceChildren(...plan.stages.map((s) => {
      const now = s.id === plan.stage;
      const item = node('li', null, now ? 'now' : '');
      item.append(node('strong', span(s)), ` ${STAGES[s.id] || s.id}: ${allows(s.allows)}.`);
      if (now) {
        item.append(node('span', ' (today)', 'today'));
        item.setAttribute('aria-current', 'step');
      }
      return item;
    }));
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
