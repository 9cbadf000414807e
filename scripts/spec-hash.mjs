// Records the content hash of the bundled spec (sha256 of dist/openapi.json) in package.json as
// "specHash", so a published package names the exact contract it was built from.
//   node scripts/spec-hash.mjs           write the hash of dist/openapi.json into package.json
//   node scripts/spec-hash.mjs --check   exit 1 when package.json's hash differs (run the bundle first)
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BUNDLE = join(root, "dist", "openapi.json");
const PACKAGE = join(root, "package.json");
const FIELD = /^(\s*)"specHash":\s*"[^"]*"(,?)$/m;

export function bundleHash(file = BUNDLE) {
  if (!existsSync(file)) throw new Error(`${file} does not exist: run npm run bundle first`);
  return `sha256:${createHash("sha256").update(readFileSync(file)).digest("hex")}`;
}

export function recordedHash() {
  const pkg = JSON.parse(readFileSync(PACKAGE, "utf8"));
  return typeof pkg.specHash === "string" ? pkg.specHash : undefined;
}

/** Sets "specHash" with a one-line edit (after "version" when new), keeping the rest of package.json as is. */
export function record(hash) {
  const text = readFileSync(PACKAGE, "utf8");
  let next;
  if (FIELD.test(text)) {
    next = text.replace(FIELD, (_, indent, comma) => `${indent}"specHash": "${hash}"${comma}`);
  } else {
    const version = /^(\s*)"version":\s*"[^"]*",$/m;
    if (!version.test(text)) throw new Error(`${PACKAGE}: no "version" line to put "specHash" after`);
    next = text.replace(version, (line, indent) => `${line}\n${indent}"specHash": "${hash}",`);
  }
  if (JSON.parse(next).specHash !== hash) throw new Error(`${PACKAGE}: could not set "specHash"`);
  if (next === text) return false;
  const tmp = `${PACKAGE}.spec-hash.tmp`;
  writeFileSync(tmp, next);
  renameSync(tmp, PACKAGE);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const hash = bundleHash();
    if (process.argv.includes("--check")) {
      const recorded = recordedHash();
      if (recorded !== hash) {
        console.error(`spec-hash: package.json "specHash" is ${recorded ?? "missing"}, dist/openapi.json is ${hash}: run npm run spec-hash`);
        process.exit(1);
      }
      console.log(`spec-hash: package.json matches dist/openapi.json (${hash})`);
    } else {
      const changed = record(hash);
      console.log(`spec-hash: ${changed ? "recorded" : "unchanged"} ${hash} in package.json`);
    }
  } catch (error) {
    console.error(`spec-hash: ${error.message}`);
    process.exit(1);
  }
}
