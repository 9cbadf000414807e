// The compatibility gate's verdict summed with Redocly's diff (run as a child process, hence this
// tier): changes that break no consumer get the bump diff rates, and a change of form the compiler
// proves harmless overrules diff's major. The compiler's own verdicts are compat.test.ts.
import { describe, expect, it } from "vitest";
import { CREATE_THING, code, compatJudge, json, SCHEMAS, THING } from "../support/compat-judge.js";
import type { Edit } from "../support/spec-change.js";

const judge = compatJudge();

// change → the bump it needs; none of them may break a consumer.
const COMPATIBLE: Record<string, { edits: Edit[]; bump: string }> = {
  "optional request field added": { edits: [[[...CREATE_THING, "properties", "reference"], { set: { type: "string" } }]], bump: "minor" },
  "response field added": { edits: [[[...THING, "updated_at"], { set: { type: "string", format: "date-time" } }]], bump: "minor" },
  "request enum widened": { edits: [[[...CREATE_THING, "properties", "kind", "enum"], { set: ["bank", "idnow", "fourthline"] }]], bump: "patch" },
  "description and example changed": {
    edits: [
      [[...SCHEMAS, "ThingStatus", "description"], { set: "The state of a thing, from created to successful." }],
      [
        ["paths", "/v1/things/{id}", "get", "responses", "200", ...json, "examples", "created"],
        { set: { summary: "A done thing", value: { id: "t9", status: "successful", amount: 7 } } },
      ],
    ],
    bump: "patch",
  },
};
// Redocly's diff rates both major (schema-combinator-changed); only the first keeps the same types.
const oneOfToTypeList: Edit[] = [
  [[...code, "oneOf"], { delete: true }],
  [[...code, "type"], { set: ["integer", "string"] }],
];
const oneOfToInteger: Edit[] = [
  [[...code, "oneOf"], { delete: true }],
  [[...code, "type"], { set: "integer" }],
];

describe.concurrent("npm run compat: compatible changes", () => {
  for (const [name, { edits, bump }] of Object.entries(COMPATIBLE)) {
    it(`${name}: ${bump}`, async () => {
      const report = await judge(edits, { diff: true });
      expect(report.breaks).toEqual([]);
      expect(report.skipped).toEqual([]);
      expect(report.bump).toBe(bump);
      expect(report.fail).toBe(false);
    });
  }

  it("oneOf replaced by the equivalent type list: diff's major is overruled, a patch", async () => {
    const report = await judge(oneOfToTypeList, { diff: true });
    expect(report.breaks).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.bump).toBe("patch");
    expect(report.fail).toBe(false);
    expect(report.diff?.changes).toContainEqual(
      expect.objectContaining({ rule: "schema-combinator-changed", impact: "major", breaking: false, overruled: expect.stringMatching(/equivalent/) }),
    );
  });

  it("oneOf replaced by integer: a change of form that is not equivalent keeps diff's major", async () => {
    const report = await judge(oneOfToInteger, { diff: true });
    expect(report.diff?.changes).toContainEqual(expect.objectContaining({ rule: "schema-combinator-changed", breaking: true }));
    expect(report.bump).toBe("major");
    expect(report.fail).toBe(true);
  });

  it("no change: nothing breaks, no bump", async () => {
    const report = await judge([], { diff: true });
    expect(report.breaks).toEqual([]);
    expect(report.bump).toBe("none");
  });
});
