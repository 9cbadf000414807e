// The type-level compatibility gate judged by the compiler alone, in process: one kind of change to
// test/release/fixtures/compat/before.yaml, written here beside the break it must produce. The verdict
// summed with Redocly's diff is compat-diff.e2e.test.ts; the command (exit codes, bad input, the git
// mode) is compat.e2e.test.ts.
import { describe, expect, it } from "vitest";
import { type Break, CREATE_THING, compatJudge, SCHEMAS, THING, thingRenamed } from "../support/compat-judge.js";
import type { Edit } from "../support/spec-change.js";

const judge = compatJudge();

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

describe.concurrent("npm run compat: breaks for consumers", () => {
  for (const [
    name,
    {
      edits,
      break: { message, ...where },
    },
  ] of Object.entries(BREAKING)) {
    it(`${name}: ${message.source}`, async () => {
      const report = await judge(edits, { diff: false });
      expect(report.breaks).toContainEqual(expect.objectContaining({ ...where, message: expect.stringMatching(message), modes: ["NodeNext", "bundler"] }));
      expect(report.bump).toBe("major");
      expect(report.fail).toBe(true);
    });
  }
});
