// Negative replay: invalid requests derived from the request schemas (wrong enum value, ID
// breaking its pattern, missing required field, wrong type, unknown field in a closed object) are
// sent raw to the Prism mock; each must be rejected (400/422) with the broken field named.
import { describe, expect, it } from "vitest";
import { negativeCases } from "../support/negative.mjs";
import { doc, sendRaw, violations } from "./helpers.js";

const cases = negativeCases(doc);

/** The field as Prism names it: `a[0]` → `a`, `page[size]` → `page` and `size`. */
const fieldParts = (field: string) => field.split(/[[\]]/).filter((p) => p !== "" && !/^\d+$/.test(p) && p !== "(root)");

describe("invalid requests are rejected by the Prism mock", () => {
  it("derives negative cases from the spec", () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.filter((c) => !c.prismGap).length).toBeGreaterThan(0);
  });

  for (const c of cases.filter((k) => k.prismGap)) {
    it(`known Prism gap, not rejected: ${c.id}`, async () => {
      // If this starts failing, Prism learned to reject the case: move it to the checks below.
      const response = await sendRaw(c.method, c.path, c.parameters, c.request, { ...c.auth.headers });
      await response.body?.cancel();
      expect(response.status, c.prismGap).toBeLessThan(300);
    });
  }

  for (const c of cases.filter((k) => !k.prismGap)) {
    it(c.id, async () => {
      const response = await sendRaw(c.method, c.path, c.parameters, c.request, { ...c.auth.headers });
      const text = await response.text();
      expect([400, 422], `status for ${c.id} (body: ${text.slice(0, 300)})`).toContain(response.status);
      const found = violations(response);
      const problem = response.headers.get("content-type")?.includes("problem+json") ? text : "";
      const mentions = (v: { location: string[]; message: string }) =>
        v.location[0] === "request" &&
        (v.location[1] === c.location || (c.location === "header" && v.location[1] === "header")) &&
        fieldParts(c.field).every((part) => v.location.includes(part) || v.message.includes(part));
      const reported = found.some(mentions) || (fieldParts(c.field).length > 0 && fieldParts(c.field).every((p) => problem.includes(p)));
      const rootOnly = fieldParts(c.field).length === 0 && found.some((v) => v.location[1] === c.location);
      expect(reported || rootOnly, `violation naming ${c.location} ${c.field}; got ${JSON.stringify(found)} ${problem}`).toBe(true);
    });
  }
});
