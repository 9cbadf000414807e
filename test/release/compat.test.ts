// The type-level compatibility gate, judged in process by the library `npm run compat` runs:
// fixtures/compat/before.yaml against that spec with one kind of change, written here beside the verdict
// it must get. The command (exit codes, bad input, the git mode) is compat.e2e.test.ts.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compat } from "../../scripts/lib/release/compat.mjs";
import { buildPackageTypes } from "../../scripts/lib/release/declarations.mjs";
import { specFolder, withEdits, type Edit } from "../support/spec-change.js";

const BEFORE = fileURLToPath(new URL("fixtures/compat/before.yaml", import.meta.url));
const before = parse(readFileSync(BEFORE, "utf8"));
const specs = specFolder("compat-test-specs-");
afterAll(() => specs.remove());

type Break = { kind: string; operation?: string; status?: string; what: string; field?: string; message: string; modes: string[] };
type Report = { bump: string; breaks: Break[]; skipped: unknown[]; fail: boolean; majorRaised: boolean; diff?: { bump: string; changes: unknown[] } };

// The working tree's package types, built once for every pair (each pair swaps in its own generated types).
const tmp = mkdtempSync(join(tmpdir(), "compat-test-"));
let headTypes = "";
beforeAll(() => {
  headTypes = buildPackageTypes({ dir: process.cwd(), into: join(tmp, "package") }).dir;
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// `diff: false`: the compiler's verdict alone (Redocly's is diff.test.ts's subject, and spawning it is slow).
const judge = (edits: Edit[], diff = true): Promise<Report> =>
  compat({ baseSpec: BEFORE, headSpec: specs.write(withEdits(before, edits)), headTypes, diff }) as Promise<Report>;

const SCHEMAS = ["components", "schemas"];
const THING = [...SCHEMAS, "Thing", "properties"];
const CREATE_THING = [...SCHEMAS, "CreateThing"];
const json = ["content", "application/json"];
const code = [...THING, "code"];
/** Thing renamed Item: the schema and the three $refs to it. */
const thingRenamed: Edit[] = [
  [[...SCHEMAS, "Thing"], { rename: "Item" }],
  ...[
    ["paths", "/v1/things", "get", "responses", "200", ...json, "schema", "items", "$ref"],
    ["paths", "/v1/things", "post", "responses", "201", ...json, "schema", "$ref"],
    ["paths", "/v1/things/{id}", "get", "responses", "200", ...json, "schema", "$ref"],
  ].map((path): Edit => [path, { set: "#/components/schemas/Item" }]),
];

// change → a break it must produce (both resolution modes).
const BREAKING: Record<string, { edits: Edit[]; break: Omit<Partial<Break>, "message"> & { message: RegExp } }> = {
  "response field removed": {
    edits: [[[...THING, "created_at"], { delete: true }]],
    break: { kind: "read", operation: "createThing", status: "201", field: "/created_at", message: /Property 'created_at' does not exist/ },
  },
  "request enum narrowed": {
    edits: [[[...CREATE_THING, "properties", "kind", "enum"], { set: ["bank"] }]],
    break: { kind: "enum", field: 'value "idnow"', message: /Type '"idnow"' is not assignable to type '"bank"'/ },
  },
  "request field required": {
    edits: [[[...CREATE_THING, "required"], { set: ["name", "note"] }]],
    break: { kind: "call", operation: "createThing", message: /Property 'note' is missing/ },
  },
  "field type changed": {
    edits: [[[...THING, "amount", "type"], { set: "string" }]],
    break: { kind: "read", operation: "getThing", field: "/amount", message: /Type 'string' is not assignable to type 'number'/ },
  },
  "response enum widened": {
    edits: [[[...SCHEMAS, "ThingStatus", "enum"], { set: ["created", "successful", "failed"] }]],
    break: { kind: "enum", field: "a value the switch does not handle", message: /Type '"failed"' is not assignable to type 'never'/ },
  },
  // Redocly's diff rates this a patch; every `import type { Thing }` breaks.
  "component renamed": { edits: thingRenamed, break: { kind: "type", what: "type Thing", message: /has no exported member 'Thing'/ } },
};

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

describe.concurrent("npm run compat: breaks for consumers", () => {
  for (const [
    name,
    {
      edits,
      break: { message, ...where },
    },
  ] of Object.entries(BREAKING)) {
    it(`${name}: ${message.source}`, async () => {
      const report = await judge(edits, false);
      expect(report.breaks).toContainEqual(expect.objectContaining({ ...where, message: expect.stringMatching(message), modes: ["NodeNext", "bundler"] }));
      expect(report.bump).toBe("major");
      expect(report.fail).toBe(true);
    });
  }
});

describe.concurrent("npm run compat: compatible changes", () => {
  for (const [name, { edits, bump }] of Object.entries(COMPATIBLE)) {
    it(`${name}: ${bump}`, async () => {
      const report = await judge(edits);
      expect(report.breaks).toEqual([]);
      expect(report.skipped).toEqual([]);
      expect(report.bump).toBe(bump);
      expect(report.fail).toBe(false);
    });
  }

  it("oneOf replaced by the equivalent type list: diff's major is overruled, a patch", async () => {
    const report = await judge(oneOfToTypeList);
    expect(report.breaks).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.bump).toBe("patch");
    expect(report.fail).toBe(false);
    expect(report.diff?.changes).toContainEqual(
      expect.objectContaining({ rule: "schema-combinator-changed", impact: "major", breaking: false, overruled: expect.stringMatching(/equivalent/) }),
    );
  });

  it("oneOf replaced by integer: a change of form that is not equivalent keeps diff's major", async () => {
    const report = await judge(oneOfToInteger);
    expect(report.diff?.changes).toContainEqual(expect.objectContaining({ rule: "schema-combinator-changed", breaking: true }));
    expect(report.bump).toBe("major");
    expect(report.fail).toBe(true);
  });

  it("no change: nothing breaks, no bump", async () => {
    const report = await judge([]);
    expect(report.breaks).toEqual([]);
    expect(report.bump).toBe("none");
  });
});
