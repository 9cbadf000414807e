// Bundles the split spec (spec/openapi.yaml) with the Redocly CLI into dist/openapi.yaml and
// dist/openapi.json: single files with internal $refs only, never left half-written.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import YAML from "yaml";
import { escapePointer } from "./lib/json-pointer.mjs";

const require = createRequire(import.meta.url);
const redocly = require.resolve("@redocly/cli/bin/cli.js");
const distDir = "dist";

/** Returns "file → JSON pointer" of every $ref that does not point inside the document. */
export function externalRefs(node, pointer = "") {
  if (Array.isArray(node)) return node.flatMap((item, i) => externalRefs(item, `${pointer}/${i}`));
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === "$ref" && typeof value === "string" && !value.startsWith("#")
      ? [`${pointer}/$ref → ${value}`]
      : externalRefs(value, `${pointer}/${escapePointer(key)}`),
  );
}

/**
 * Writes the bundle to dist/openapi.yaml (the text as given) and dist/openapi.json, after checking
 * that no external $ref is left. Both files are written to a temporary folder first and moved into
 * place only when both are complete.
 */
export function writeBundle(yamlText, doc = YAML.parse(yamlText)) {
  const unresolved = externalRefs(doc);
  if (unresolved.length > 0) {
    throw new Error(
      `the bundle still has external $refs (a referenced file is missing or misspelt):\n  ${unresolved.join("\n  ")}\n` +
        "Fix: point each $ref at an existing file under spec/ (paths are relative to the referring file).",
    );
  }
  mkdirSync(distDir, { recursive: true });
  const tmp = mkdtempSync(join(distDir, ".bundle-"));
  try {
    writeFileSync(join(tmp, "openapi.yaml"), yamlText);
    writeFileSync(join(tmp, "openapi.json"), `${JSON.stringify(doc, null, 2)}\n`);
    renameSync(join(tmp, "openapi.yaml"), join(distDir, "openapi.yaml"));
    renameSync(join(tmp, "openapi.json"), join(distDir, "openapi.json"));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function main() {
  mkdirSync(distDir, { recursive: true });
  const tmp = mkdtempSync(join(distDir, ".redocly-"));
  try {
    const yamlFile = join(tmp, "openapi.yaml");
    try {
      execFileSync(process.execPath, [redocly, "bundle", "kyc", "--output", yamlFile], {
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", REDOCLY_TELEMETRY: "off" },
      });
    } catch (error) {
      const output = `${error.stdout ?? ""}${error.stderr ?? ""}`.replace(/^.*(╔|║|╚).*\n/gm, "");
      throw new Error(`redocly bundle failed for spec/openapi.yaml:\n${output.trim()}`);
    }
    writeBundle(readFileSync(yamlFile, "utf8"));
    console.log("bundled spec/openapi.yaml → dist/openapi.yaml, dist/openapi.json");
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (error) {
    console.error(`bundle: ${error.message}`);
    process.exit(1);
  }
}
