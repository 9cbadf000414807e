// verify's lifecycle check (scripts/lib/contract/verify-check.mjs): an identification or session whose
// status changes, between two answers, to one its lifecycle cannot reach is the server's fault.
// The lifecycles come from the bundled spec; the exchanges and the expected verdicts are written here.
import { beforeAll, describe, expect, it } from "vitest";
import { bundleOrThrow } from "../../scripts/lib/spec/bundle.mjs";
import { checkExchanges, type Exchange } from "../../scripts/lib/contract/verify-check.mjs";

let doc: Record<string, unknown>;
beforeAll(async () => {
  doc = (await bundleOrThrow()).doc;
});

const ID = "0123456789abcdef0123456789abcdefcidt";
const SESSION = "0123456789abcdef0123456789abcdefises";
const exchange = (operationId: string, status: number, body: unknown, label: string): Exchange => ({
  operationId,
  method: "get",
  path: "/",
  template: undefined,
  pathParams: {},
  requestBody: undefined,
  status,
  contentType: "application/json",
  body,
  violations: [],
  failedCriteria: [],
  stepErrors: [],
  label,
});
const idnow = (status: string) => ({ id: ID, status, method: "idnow" });
const lifecycleFindings = (exchanges: Exchange[]) => checkExchanges(doc as never, exchanges).findings.filter((f: { where: string }) => f.where === "lifecycle");

describe("verify: status changes against the lifecycle", () => {
  it("accepts created → pending → successful, and a jump over steps that happened between two answers", () => {
    expect(
      lifecycleFindings([
        exchange("createIdentification", 201, idnow("created"), "a.create"),
        exchange("requestIdentification", 200, idnow("pending"), "a.request"),
        exchange("getIdentification", 200, idnow("successful"), "a.read"),
      ]),
    ).toEqual([]);
    // pending → pending_successful → successful, the middle one never seen.
    expect(
      lifecycleFindings([
        exchange("createIdentification", 201, idnow("created"), "b.create"),
        exchange("getIdentification", 200, idnow("successful"), "b.read"),
      ]),
    ).toEqual([]);
  });

  it("reports an IDnow identification going from pending to confirmed (a Bankident status), and back from a final status", () => {
    const findings = lifecycleFindings([
      exchange("requestIdentification", 200, idnow("pending"), "flow.request"),
      exchange("getIdentification", 200, idnow("confirmed"), "flow.read"),
    ]);
    expect(findings).toEqual([
      {
        operationId: "getIdentification",
        status: 200,
        label: "flow.read",
        where: "lifecycle",
        pointer: "/status",
        expected:
          'a status the idnow lifecycle reaches from "pending": pending, pending_successful, pending_failed, aborted, canceled, successful, failed, expired',
        found: '"confirmed" after "pending" in requestIdentification 200 [flow.request]',
      },
    ]);
    const back = lifecycleFindings([
      exchange("getIdentification", 200, idnow("successful"), "x.read"),
      exchange("listIdentifications", 200, [idnow("pending")], "x.list"),
    ]);
    expect(back).toMatchObject([
      {
        operationId: "listIdentifications",
        pointer: "/0/status",
        expected: 'a status the idnow lifecycle reaches from "successful": none ("successful" is final)',
      },
    ]);
  });

  it("follows sessions by their own lifecycle, and ignores error answers", () => {
    const session = (status: string) => ({ id: SESSION, status, identification_methods: ["idnow"], url: "https://x", callback_url: "" });
    const findings = lifecycleFindings([
      exchange("createIdentificationSession", 201, session("created"), "s.create"),
      exchange("getIdentification", 404, { errors: [] }, "s.missing"),
      exchange("getIdentificationSession", 200, session("confirmation_required"), "s.read"),
      exchange("getIdentificationSession", 200, session("created"), "s.again"),
    ]);
    expect(findings.map((f: { label?: string; found: string }) => [f.label, f.found])).toEqual([
      ["s.again", '"created" after "confirmation_required" in getIdentificationSession 200 [s.read]'],
    ]);
  });
});
