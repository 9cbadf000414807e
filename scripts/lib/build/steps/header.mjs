// The first lines of every generated file: what it is, where it comes from, how to regenerate it.

/** @param {string} what one sentence @returns {string} */
export const generatedHeader = (what) =>
  `// GENERATED FILE, do not edit. ${what}\n// Source: dist/openapi.json (bundled from spec/). Regenerate with \`npm run generate\`.\n`;
