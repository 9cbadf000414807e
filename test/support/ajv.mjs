// Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) over the bundled spec: any schema in the
// document is compiled by its JSON pointer, so its internal $refs resolve against the document.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const SPEC_ID = "https://solaris-kyc.invalid/openapi.json";

/** OpenAPI's own keywords are annotations for validation purposes. */
const OPENAPI_KEYWORDS = ["example", "discriminator", "xml", "externalDocs"];

/**
 * @param {import("../../scripts/lib/spec/oas.mjs").Doc} doc the bundled spec
 * @returns {{ validate: (pointer: string, value: unknown) => { valid: boolean, errors: string[] } }}
 */
export function createValidator(doc) {
  // strict: false ignores the x- extensions; the OpenAPI keywords are registered explicitly.
  // Node's default import of this CommonJS module is its module.exports, the class itself.
  const ajv = new /** @type {typeof import("ajv/dist/2020.js").Ajv2020} */ (/** @type {unknown} */ (Ajv2020))({
    strict: false,
    allErrors: true,
    validateFormats: true,
  });
  addFormats.default(ajv);
  for (const keyword of OPENAPI_KEYWORDS) ajv.addKeyword({ keyword });
  ajv.addSchema({ ...doc, $id: SPEC_ID }, SPEC_ID);
  /** @type {Map<string, import("ajv").ValidateFunction>} */
  const cache = new Map();
  return {
    /** @param {string} pointer a JSON pointer into the bundle @param {unknown} value @returns {{ valid: boolean, errors: string[] }} */
    validate(pointer, value) {
      let fn = cache.get(pointer);
      if (!fn) {
        fn = ajv.compile({ $ref: `${SPEC_ID}#${pointer.split("/").map(encodeURIComponent).join("/")}` });
        cache.set(pointer, fn);
      }
      const valid = fn(value);
      return {
        valid,
        errors: valid
          ? []
          : (fn.errors ?? []).map(
              (e) => `${e.instancePath || "/"} ${e.message}${e.params && "allowedValues" in e.params ? ` (${e.params.allowedValues.join(", ")})` : ""}`,
            ),
      };
    },
  };
}
