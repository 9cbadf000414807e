import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** The bundled spec, as `npm run bundle` wrote it. */
export const spec = JSON.parse(readFileSync(new URL("../../dist/openapi.json", import.meta.url), "utf8"));

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(spec, "openapi");

/** Validates a value against a schema of the bundled spec, addressed by JSON pointer. */
export function validate(pointer: string, value: unknown): string[] {
  const check = ajv.getSchema(`openapi#${pointer}`);
  if (!check) throw new Error(`no schema at ${pointer}`);
  return check(value) ? [] : (check.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
}
