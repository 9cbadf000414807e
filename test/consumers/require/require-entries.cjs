// A CommonJS program that require()s every entry of solaris-kyc: Node's require(esm) (Node 20.19+
// and 22.12+) loads an ES module graph synchronously, unless some module in it uses top-level await.
const assert = require("node:assert/strict");

const loads = {
  "solaris-kyc": (kyc) => typeof kyc.createKycClient === "function" && typeof kyc.parseWebhook === "function",
  "solaris-kyc/examples": ({ examples }) => typeof examples.createIdentificationSession === "object",
  "solaris-kyc/validators": ({ validateRequest }) => typeof validateRequest === "function",
  "solaris-kyc/testing": ({ createKycHandlers }) => typeof createKycHandlers === "function",
  "solaris-kyc/testing/openapi-msw": ({ kycHttp }) => typeof kycHttp === "function",
  "solaris-kyc/openapi.json": (spec) => spec.openapi === "3.1.0",
  "solaris-kyc/package.json": (manifest) => manifest.name === "solaris-kyc",
};
const notJavaScript = ["solaris-kyc/openapi.yaml"];

const exported = Object.keys(require("solaris-kyc/package.json").exports).map((key) => `solaris-kyc${key.slice(1)}`);
assert.deepEqual(exported.sort(), [...Object.keys(loads), ...notJavaScript].sort(), "every entry of the exports map is checked below");

let failed = 0;
for (const [entry, looksRight] of Object.entries(loads)) {
  try {
    assert.ok(looksRight(require(entry)), `${entry} loaded without its exports`);
    console.log(`ok ${entry}`);
  } catch (error) {
    failed += 1;
    console.log(`FAILED ${entry}: ${error.code ?? error.name}: ${error.message.split("\n")[0]}`);
  }
}
for (const entry of notJavaScript) assert.match(require.resolve(entry), /openapi\.yaml$/);
console.log(`${Object.keys(loads).length - failed} passed, ${failed} failed (require() on Node ${process.version})`);
process.exitCode = failed === 0 ? 0 : 1;
