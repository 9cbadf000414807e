// Jest runs CommonJS: ES-module-only packages (solaris-kyc and some of msw's own dependencies) are
// compiled to CommonJS by ts-jest like the project's own files. transformIgnorePatterns lists them.
const esmOnly = ["solaris-kyc", "openapi-fetch", "openapi-msw", "msw", "@mswjs", "@open-draft", "rettime", "until-async"];

module.exports = {
  testEnvironment: "node",
  rootDir: "src",
  testRegex: ".*\\.spec\\.ts$",
  moduleFileExtensions: ["ts", "js", "mjs", "json"],
  transform: { "^.+\\.(t|m?j)s$": ["ts-jest", { tsconfig: { allowJs: true } }] },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join("|")})/)`],
};
