// The compatibility gate's library (what `npm run compat` runs) on test/release/fixtures/compat/before.yaml
// and that spec with one change written in the test. compat.test.ts judges by the compiler alone, in
// process; compat-diff.e2e.test.ts sums the compiler's verdict with Redocly's diff (a child process).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";
import { parse } from "yaml";
import { compat } from "../../scripts/lib/release/compat.mjs";
import { buildPackageTypes } from "../../scripts/lib/release/declarations.mjs";
import { type Edit, specFolder, withEdits } from "./spec-change.js";

export type Break = { kind: string; operation?: string; status?: string; what: string; field?: string; message: string; modes: string[] };
export type Report = { bump: string; breaks: Break[]; skipped: unknown[]; fail: boolean; majorRaised: boolean; diff?: { bump: string; changes: unknown[] } };

const BEFORE = fileURLToPath(new URL("../release/fixtures/compat/before.yaml", import.meta.url));
const before = parse(readFileSync(BEFORE, "utf8"));

/**
 * Registers the suite's setup (the working tree's package types, built once for every case; each
 * case swaps in its own generated types) and returns the judge of one change. `diff: false` gives
 * the compiler's verdict alone.
 */
export function compatJudge(): (edits: Edit[], options: { diff: boolean }) => Promise<Report> {
  const specs = specFolder("compat-test-specs-");
  const tmp = mkdtempSync(join(tmpdir(), "compat-test-"));
  let headTypes = "";
  beforeAll(() => {
    headTypes = buildPackageTypes({ dir: process.cwd(), into: join(tmp, "package") }).dir;
  });
  afterAll(() => {
    specs.remove();
    rmSync(tmp, { recursive: true, force: true });
  });
  return (edits, { diff }) => compat({ baseSpec: BEFORE, headSpec: specs.write(withEdits(before, edits)), headTypes, diff }) as Promise<Report>;
}

export const SCHEMAS = ["components", "schemas"];
export const THING = [...SCHEMAS, "Thing", "properties"];
export const CREATE_THING = [...SCHEMAS, "CreateThing"];
export const json = ["content", "application/json"];
export const code = [...THING, "code"];
/** Thing renamed Item: the schema and the three $refs to it. */
export const thingRenamed: Edit[] = [
  [[...SCHEMAS, "Thing"], { rename: "Item" }],
  ...[
    ["paths", "/v1/things", "get", "responses", "200", ...json, "schema", "items", "$ref"],
    ["paths", "/v1/things", "post", "responses", "201", ...json, "schema", "$ref"],
    ["paths", "/v1/things/{id}", "get", "responses", "200", ...json, "schema", "$ref"],
  ].map((path): Edit => [path, { set: "#/components/schemas/Item" }]),
];
