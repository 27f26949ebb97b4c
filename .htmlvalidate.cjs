// Validation rules for the built site: tests/site/html-validity.test.ts applies them to every page, and
// `npx html-validate <built folder>` applies them by hand. Every rule relaxed here says why.
/** @type {import('html-validate').ConfigData} */
module.exports = {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // An advisory's <title> is its CVE id, its full title and the site's name, so that a tab, a bookmark or a
    // search result names the vulnerability. Cutting it at 70 characters would drop the part that identifies it.
    'long-title': 'off',
  },
};
