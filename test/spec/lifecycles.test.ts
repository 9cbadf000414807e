// The lint's lifecycle checks (kyc-lifecycle, scripts/lib/spec/lifecycles.mjs), in process: the spec
// is bundled once, each case changes one node of the bundle in memory, and the problem must name
// the file and line under spec/lifecycles/ (or spec/components/schemas/) and say how to fix it.
import { beforeAll, describe, expect, it } from "vitest";
import { bundleOrThrow } from "../../scripts/lib/spec/bundle.mjs";
import { createSourceMap } from "../../scripts/lib/spec/source-map.mjs";
import { walkProblems } from "../../scripts/lib/build/steps/lint.mjs";

type Doc = Record<string, any>;
let spec: Doc;
const sourceLocation = createSourceMap();

beforeAll(async () => {
  spec = (await bundleOrThrow()).doc;
});

/** The problems of a copy of the bundle changed by `change`. */
function problemsAfter(change: (doc: Doc) => void) {
  const doc = structuredClone(spec);
  change(doc);
  return walkProblems(doc, sourceLocation);
}

const bank = (doc: Doc) => doc["x-lifecycles"].identifications.bank;
/** The index of bank's transition from `from` to `to`, looked up so the case does not depend on the file's order. */
const bankTransition = (doc: Doc, from: string, to: string) => bank(doc).transitions.findIndex((t: any) => t.from === from && t.to === to);

describe("kyc-lifecycle", () => {
  it("passes on the spec as it is", () => {
    expect(walkProblems(spec, sourceLocation)).toEqual([]);
  });

  it("a status outside its enum", () => {
    const problems = problemsAfter((doc) => {
      const { statuses } = bank(doc);
      statuses.authorisation_required = statuses.authorization_required;
      delete statuses.authorization_required;
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        rule: "kyc-lifecycle",
        file: "spec/lifecycles/bank.yaml",
        message: "`authorisation_required` is not a value of IdentificationStatus's enum",
        fix: expect.stringContaining("use one of IdentificationStatus's values"),
      }),
    );
    // The transitions that name the old status are reported at their own lines.
    expect(problems.filter((p) => p.message === "`authorization_required` is not a status of this lifecycle").length).toBeGreaterThanOrEqual(2);
    expect(problems.every((p) => typeof p.line === "number" && p.line > 1)).toBe(true);
  });

  it("a trigger operation that does not exist", () => {
    const problems = problemsAfter((doc) => {
      bank(doc).transitions[bankTransition(doc, "authorization_required", "confirmation_required")].trigger.operationId = "authoriseIdentification";
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "spec/lifecycles/bank.yaml", message: "the trigger operation `authoriseIdentification` does not exist" });
    expect(problems[0]!.fix).toContain("authorizeIdentification");
  });

  it("a sandbox call used as an operation of the live API", () => {
    const problems = problemsAfter((doc) => {
      doc["x-lifecycles"].identifications.bank_plus.transitions.find((t: any) => t.trigger.kind === "simulation").trigger.kind = "operation";
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: "spec/lifecycles/bank_plus.yaml",
        message: "`simulateIdentificationOutcome` is sandbox-only (x-sandbox-only)",
        fix: "use kind: simulation for it",
      }),
    ]);
  });

  it("a simulation scenario the operation does not know", () => {
    const problems = problemsAfter((doc) => {
      doc["x-lifecycles"].identifications.bank_plus.transitions.find((t: any) => t.trigger.scenario === "SUCCESSFUL_PRE_IDENT").trigger.scenario =
        "SUCCESSFUL_PREIDENT";
    });
    expect(problems).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^`SUCCESSFUL_PREIDENT` is not a scenario of `simulateIdentificationOutcome`/) }),
    ]);
  });

  it("a transition without a source, and an inferred one without a reason", () => {
    const problems = problemsAfter((doc) => {
      delete bank(doc).transitions[bankTransition(doc, "confirmation_required", "confirmed")].source;
      bank(doc).transitions[bankTransition(doc, "authorization_required", "expired")].source = { kind: "inferred" };
    });
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      ["spec/lifecycles/bank.yaml", "the transition has no source"],
      ["spec/lifecycles/bank.yaml", "an inferred source has no reason"],
    ]);
    expect(problems[0]!.fix).toMatch(/kind: docs, ref: <URL>.*kind: inferred, reason: <why>/);
  });

  it("a final status with a way out", () => {
    const problems = problemsAfter((doc) => {
      bank(doc).transitions.push({
        from: "failed",
        to: "pending",
        trigger: { kind: "customer", event: "bank.retried" },
        source: { kind: "inferred", reason: "a test" },
      });
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: "spec/lifecycles/bank.yaml",
        message: "the final status `failed` has a way out (to `pending`)",
        fix: "remove this transition, or remove `failed` from final",
      }),
    ]);
  });

  it("a status that is neither final nor left, and one no transition reaches", () => {
    const problems = problemsAfter((doc) => {
      const lifecycle = bank(doc);
      lifecycle.transitions = lifecycle.transitions.filter((t: any) => t.from !== "confirmed");
    });
    expect(problems.map((p) => p.message)).toEqual([
      "`confirmed` is not final but has no way out",
      "`successful` cannot be reached from the initial status `created`",
    ]);
  });

  it("an enum value reached by no method and not marked as unreached", () => {
    const problems = problemsAfter((doc) => {
      delete doc["x-lifecycles"].unreached.signed;
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: "spec/openapi.yaml",
        message: "the IdentificationStatus value `signed` is reached by no method's lifecycle",
        fix: expect.stringContaining("list it under x-lifecycles.unreached"),
      }),
    ]);
  });

  it("a value marked as unreached that a lifecycle uses", () => {
    const problems = problemsAfter((doc) => {
      doc["x-lifecycles"].unreached.fraud = "a test";
    });
    expect(problems).toEqual([expect.objectContaining({ file: "spec/openapi.yaml", message: "`fraud` is listed as unreached but a lifecycle uses it" })]);
  });

  it("a method without a lifecycle, and a session status missing from the sessions' lifecycle", () => {
    const problems = problemsAfter((doc) => {
      delete doc["x-lifecycles"].identifications.postident;
      doc.components.schemas.IdentificationSessionStatus.enum.push("failed");
    });
    expect(problems.map((p) => p.message)).toEqual([
      "the identification method `postident` has no lifecycle",
      "the IdentificationSessionStatus value `failed` is not in the sessions' lifecycle",
    ]);
  });

  it("two transitions of a lifecycle fired by the same event", () => {
    const problems = problemsAfter((doc) => {
      bank(doc).transitions[bankTransition(doc, "confirmed", "successful")].trigger.event = "qes.otp_confirmed";
    });
    expect(problems).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^the event `qes.otp_confirmed` is also the trigger of transition \d+$/) }),
    ]);
  });

  it("a final status that says someone acts next", () => {
    const problems = problemsAfter((doc) => {
      bank(doc).statuses.successful.actor = "partner";
    });
    expect(problems).toEqual([
      expect.objectContaining({
        message: "the final status `successful` says someone acts next (`partner`)",
        fix: "set its actor to none, or remove it from final",
      }),
    ]);
  });
});
