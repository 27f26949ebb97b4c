// Validation rules for the built site: tests/site/html-validity.test.ts applies them to every page, and
// `npx html-validate <built folder>` applies them by hand. Every rule relaxed here says why.
/** @type {import('html-validate').ConfigData} */
module.exports = {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {},
};
