// The breaking-change gate's library (`specDiff`, what `npm run diff` runs; it runs Redocly's CLI, hence this tier) on fixtures/diff/before.yaml
// and that spec with the changes written here. Which change Redocly's `diff-recommended` rates
// breaking is Redocly's to test; these cases pin what our wrapper adds: the rule set is on, a
// verdict's JSON pointer (the change's path, plus the property of a modified node), a row for a
// change without a verdict, the order of the rows, and the bump and the gate's verdict.
// The command itself (exit codes, JSON, git mode, bad input) is diff.e2e.test.ts.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { specDiff } from "../../scripts/lib/release/diff.mjs";
import { specFolder, withEdits, type Edit } from "../support/spec-change.js";

const BEFORE = fileURLToPath(new URL("fixtures/diff/before.yaml", import.meta.url));
const before = parse(readFileSync(BEFORE, "utf8"));
const specs = specFolder("diff-test-");
afterAll(() => specs.remove());

type Row = { impact: string; breaking: boolean; rule: string; pointer: string; message: string };
type Report = { bump: string; breaking: number; fail: boolean; summary: Record<string, number>; changes: Row[] };

const judge = (...edits: Edit[]) => specDiff({ baseSpec: BEFORE, headSpec: specs.write(withEdits(before, edits)) }) as Promise<Report>;

const THING = ["components", "schemas", "Thing", "properties"];
const listItem = "/paths/~1v1~1things/get/responses/200/content/application~1json/schema/items";
const amountToString: Edit = [[...THING, "amount", "type"], { set: "string" }];
const patchAdded: Edit = [["paths", "/v1/things/{id}", "patch"], { set: { operationId: "updateThing", responses: { "200": { description: "Updated." } } } }];

describe.concurrent("specDiff (npm run diff's library)", () => {
  it("a modified node: a breaking row whose pointer ends in the changed property; bump major, the gate fails", async () => {
    const report = await judge(amountToString);
    expect(report.changes).toEqual([
      expect.objectContaining({ rule: "schema-type-changed", pointer: `${listItem}/properties/amount/type`, impact: "major", breaking: true }),
    ]);
    expect(report).toMatchObject({ bump: "major", breaking: 1, fail: true });
  });

  it("a removed node: the pointer is the node's own", async () => {
    const report = await judge([[...THING, "created_at"], { delete: true }]);
    expect(report.changes).toEqual([expect.objectContaining({ rule: "property-removed", pointer: `${listItem}/properties/created_at`, breaking: true })]);
    expect(report.fail).toBe(true);
  });

  it("a change without a verdict is one row named after what changed (rule -): an added operation needs a minor bump", async () => {
    const report = await judge(patchAdded);
    expect(report.changes).toEqual([{ impact: "minor", breaking: false, rule: "-", pointer: "/paths/~1v1~1things~1{id}/patch", message: "Operation added" }]);
    expect(report).toMatchObject({ bump: "minor", breaking: 0, fail: false });
  });

  it("a changed description needs a patch bump; the row names the property", async () => {
    const report = await judge([["paths", "/v1/things", "get", "description"], { set: "Lists the things." }]);
    expect(report.changes).toEqual([
      expect.objectContaining({ impact: "patch", rule: "-", pointer: "/paths/~1v1~1things/get/description", message: "Operation modified (description)" }),
    ]);
    expect(report).toMatchObject({ bump: "patch", fail: false });
  });

  it("several changes: breaking rows first, the bump is the largest, the summary counts each", async () => {
    const report = await judge(patchAdded, amountToString);
    expect(report.changes.map((row) => row.impact)).toEqual(["major", "minor"]);
    expect(report).toMatchObject({ bump: "major", breaking: 1, fail: true, summary: { major: 1, minor: 1, patch: 0 } });
  });

  it("no change: no rows, no bump", async () => {
    const report = await judge();
    expect(report).toMatchObject({ bump: "none", breaking: 0, fail: false, changes: [] });
  });
});
