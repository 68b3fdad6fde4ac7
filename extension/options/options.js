/* Safe to Share: options page. */
(function () {
  'use strict';
  const { form } = globalThis.SafeToShare;
  form.showStatus();
  form.bindServerUrl();
  form.bindProfiles();
  form.bindList('watchlist', 'watchlist');
  form.bindList('allow', 'allow');
  form.bindList('disabledSites', 'disabledSites');
})();
