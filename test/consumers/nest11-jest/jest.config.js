// Jest runs CommonJS: ES-module-only packages are compiled to CommonJS by ts-jest like the project's
// own files. transformIgnorePatterns lets them through: solaris-kyc, and msw 2's own dependencies
// @open-draft/*, rettime and until-async (msw itself ships CommonJS).
const esmOnly = ["solaris-kyc", "@open-draft", "rettime", "until-async"];

module.exports = {
  testEnvironment: "node",
  rootDir: "src",
  testRegex: ".*\\.spec\\.ts$",
  moduleFileExtensions: ["ts", "js", "mjs", "json"],
  transform: { "^.+\\.(t|m?j)s$": ["ts-jest", { tsconfig: { allowJs: true } }] },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join("|")})/)`],
};
