// Step: the content hash of the bundled spec (sha256 of dist/openapi.json's text), recorded in
// package.json as "specHash", so a published package names the exact contract it was built from.
import { createHash } from "node:crypto";

export const PACKAGE_JSON = "package.json";
const FIELD = /^(\s*)"specHash":\s*"[^"]*"(,?)$/m;

/** @param {string} json the bundle's JSON text */
export const specHash = (json) => `sha256:${createHash("sha256").update(json).digest("hex")}`;

/** @param {string} packageJson */
export function recordedHash(packageJson) {
  const pkg = JSON.parse(packageJson);
  return typeof pkg.specHash === "string" ? pkg.specHash : undefined;
}

/**
 * package.json's text with "specHash" set by a one-line edit (after "version" when new), the rest as is.
 * @param {string} text @param {string} hash @returns {string}
 */
export function withSpecHash(text, hash) {
  let next;
  if (FIELD.test(text)) {
    next = text.replace(FIELD, (_, indent, comma) => `${indent}"specHash": "${hash}"${comma}`);
  } else {
    const version = /^(\s*)"version":\s*"[^"]*",$/m;
    if (!version.test(text)) throw new Error(`${PACKAGE_JSON}: no "version" line to put "specHash" after`);
    next = text.replace(version, (line, indent) => `${line}\n${indent}"specHash": "${hash}",`);
  }
  if (JSON.parse(next).specHash !== hash) throw new Error(`${PACKAGE_JSON}: could not set "specHash"`);
  return next;
}
