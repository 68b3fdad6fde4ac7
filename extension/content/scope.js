/* Safe to Share: which fields hold something a person is about to publish or send. Searches,
 * logins, payment and address forms are not posts: they are never checked, get no panel and are
 * never held (holding a search for "mayo clinic parking rochester" only gets in the way).
 * Compose boxes, message and comment fields are drafts, and so is a single-line field that
 * belongs to one (an email's subject next to its body, a chat line with its Send button). */
(function (root) {
  'use strict';
  const ns = (root.SafeToShare = root.SafeToShare || {});

  // Single-line inputs whose value is an address, a number or a secret, never a message.
  const NOT_DRAFT_TYPES = new Set(['search', 'email', 'url', 'tel', 'password', 'number']);
  const NOT_DRAFT_ROLES = new Set(['search', 'searchbox']);
  // Autofill tokens (HTML autocomplete attribute) of account, contact, payment and address fields.
  const PERSONAL_AUTOFILL = new Set([
    'username', 'current-password', 'new-password', 'one-time-code', 'name', 'given-name',
    'additional-name', 'family-name', 'honorific-prefix', 'honorific-suffix', 'nickname', 'email',
    'tel', 'organization', 'organization-title', 'street-address', 'postal-code', 'country',
    'country-name', 'bday',
  ]);
  const DATA_FORM_AUTOFILL = /^(cc-|address-|street-address$|postal-code$|current-password$|new-password$)/;
  const SEARCH_URL = /(^|\/)(search|find|results?|lookup)(\/|$|[.?#])|[?&](q|query|search|s|k|keywords?|term)=/i;
  const SEARCH_NAMES = /^(q|query|search|search_query|searchterm|s|k|keywords?|term)$/i;
  const MULTILINE = 'textarea, [contenteditable]:not([contenteditable="false"])';
  // A single-line field's own Send button sits a few wrappers away; one further up the page
  // belongs to something else (a header search box is no draft because the page has a Post button).
  const LINE_TO_SEND = 8;

  function parentOf(n) {
    if (n.parentElement) return n.parentElement;
    const r = n.parentNode;
    return r && r.nodeType === 11 && r.host ? r.host : null;
  }

  /** Like Element.closest, crossing out of (open) shadow roots. */
  function closestDeep(node, selector) {
    for (let n = node; n; n = parentOf(n)) if (n.nodeType === 1 && n.matches(selector)) return n;
    return null;
  }

  function autofill(el) {
    return (el.getAttribute('autocomplete') || '').toLowerCase().split(/\s+/).filter(Boolean);
  }

  function formOf(field) {
    return field.form || closestDeep(field, 'form');
  }

  /** A site search: role=search, or a GET form sent to a search address or with a search box. */
  function isSearchForm(form) {
    if ((form.getAttribute('role') || '').toLowerCase() === 'search') return true;
    if ((form.getAttribute('method') || 'get').toLowerCase() !== 'get') return false;
    const action = form.getAttribute('action');
    return SEARCH_URL.test(action || '') || (!action && SEARCH_URL.test(location.pathname + location.search)) ||
      !!form.querySelector('input[type="search"]') ||
      Array.from(form.querySelectorAll('input[name]')).some((i) => SEARCH_NAMES.test(i.name));
  }

  /** A form people fill in with a password, a card or an address, not a message. */
  function isDataForm(form) {
    if (form.querySelector('input[type="password"]')) return true;
    return Array.from(form.querySelectorAll('[autocomplete]')).some((el) => autofill(el).some((t) => DATA_FORM_AUTOFILL.test(t)));
  }

  /** Whether a form is a search, login, payment or address form: never held. */
  function isNeverHeldForm(form) {
    return !!form && (isSearchForm(form) || isDataForm(form));
  }

  function isExcluded(field) {
    if (field.tagName === 'INPUT' && NOT_DRAFT_TYPES.has((field.getAttribute('type') || '').toLowerCase())) return true;
    const role = (field.getAttribute('role') || '').toLowerCase();
    if (NOT_DRAFT_ROLES.has(role)) return true;
    if (role === 'combobox' && field.tagName === 'INPUT') return true; // a search or recipient picker
    if (autofill(field).some((t) => PERSONAL_AUTOFILL.has(t) || t.startsWith('cc-') || t.startsWith('address-'))) return true;
    if (closestDeep(field, '[role="search"], search')) return true;
    return isNeverHeldForm(formOf(field));
  }

  /** Whether `field` (a text control or editing host from textmodel.fieldFor) holds a draft. */
  function isDraftField(field) {
    if (!field || isExcluded(field)) return false;
    if (field.tagName !== 'INPUT') return true; // a textarea or rich editor: a compose box
    const form = formOf(field);
    if (form && form.querySelector(MULTILINE)) return true; // a subject next to its body
    return !!(ns.guard && ns.guard.composeContainer(field, LINE_TO_SEND)); // a message line with its Send button
  }

  ns.scope = { isDraftField, isNeverHeldForm, closestDeep, parentOf };
})(globalThis);
