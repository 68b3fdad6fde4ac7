/* Safe to Share: "When can I write or meet?" in words: the stage today, the day direct contact
 * becomes possible and the timeline list, from a /api/v1/contact-timeline answer. One source for
 * the extension popup (popup/contact.js) and the review desk (its static/timeline.js is this very
 * file). No state, no requests; DOM built with textContent only. */
(function (root) {
  'use strict';
  const ns = (root.SafeToShare = root.SafeToShare || {});

  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];
  const STAGES = {
    before_transplant: 'Before transplant day',
    anonymous: 'Anonymous contact only',
    direct_contact: 'Direct contact possible',
    no_contact: 'No contact',
  };
  const ALLOWS = { anonymous_letter: 'anonymous letters', anonymous_update: 'anonymous updates', direct_contact: 'direct contact' };

  /** "2027-06-01" -> "1 June 2027", the same words the server uses. */
  function spoken(iso) {
    const [y, m, d] = iso.split('-').map(Number);
    return `${d} ${MONTHS[m - 1]} ${y}`;
  }

  /** Today in this computer's calendar, as YYYY-MM-DD. */
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

  /** "Today: Anonymous contact only (anonymous letters)." */
  function stageLine(plan) {
    return `Today: ${STAGES[plan.stage] || plan.stage} (${allows(plan.allowed_now)}).`;
  }

  /** The day direct contact becomes possible, "never", and whether that is certain. */
  function directLine(plan) {
    return (plan.direct_contact_from ? spoken(plan.direct_contact_from) : 'never') + (plan.certain ? '' : ' (not certain)');
  }

  /** Why the answer is not certain; empty when it is. */
  function uncertainLine(plan) {
    return plan.certain ? '' : `Not certain: check with your registry. ${plan.uncertain_because.join(' ')}`;
  }

  function node(tag, text, className) {
    const el = document.createElement(tag);
    if (text) el.textContent = text;
    if (className) el.className = className;
    return el;
  }

  /** One <li> per stage, today's marked (class "now", aria-current="step", "(today)"). */
  function timelineItems(plan) {
    return plan.stages.map((s) => {
      const now = s.id === plan.stage;
      const item = node('li', null, now ? 'now' : '');
      item.append(node('strong', span(s)), ` ${STAGES[s.id] || s.id}: ${allows(s.allows)}.`);
      if (now) {
        item.append(node('span', ' (today)', 'today'));
        item.setAttribute('aria-current', 'step');
      }
      return item;
    });
  }

  ns.timeline = { spoken, localToday, stageLine, directLine, uncertainLine, timelineItems };
  if (typeof module === 'object' && module && module.exports) module.exports = ns.timeline;
})(globalThis);
