// The lifecycle helpers of the main entry. The flows are written here by hand from the sources
// (Solaris' docs and SDKs, kontist/mock-solaris), not read back from the generated data.
import { describe, expect, it } from "vitest";
import { isFinalSessionStatus, isFinalStatus, lifecycles, nextSessionStatuses, nextStatuses } from "../../src/index.js";

/** Each step of `flow` is a transition of `method`'s lifecycle, and only its last status is final. */
function expectFlow(method: string, flow: string[]) {
  flow.slice(0, -1).forEach((status, i) => {
    expect(nextStatuses(method, status), `${method}: ${status} → ${flow[i + 1]}`).toContain(flow[i + 1]);
    expect(isFinalStatus(method, status), `${method}: ${status} is not final`).toBe(false);
  });
  expect(isFinalStatus(method, flow.at(-1)!), `${method}: ${flow.at(-1)} is final`).toBe(true);
  expect(nextStatuses(method, flow.at(-1)!)).toEqual([]);
}

describe("identification lifecycles", () => {
  it("bank: request, the account check, authorize, the customer's OTP, then Solaris (Bankident guide, QesFakes.kt)", () => {
    expectFlow("bank", ["created", "pending", "authorization_required", "confirmation_required", "confirmed", "successful"]);
    expect(lifecycles.identifications.bank.statuses.authorization_required.actor).toBe("partner");
    expect(lifecycles.identifications.bank.transitions).toContainEqual(
      expect.objectContaining({
        from: "authorization_required",
        to: "confirmation_required",
        trigger: { kind: "operation", operationId: "authorizeIdentification" },
      }),
    );
    expect(lifecycles.identifications.bank.transitions).toContainEqual(
      expect.objectContaining({ from: "confirmation_required", to: "confirmed", trigger: { kind: "customer", event: "qes.otp_confirmed" } }),
    );
  });

  it("bank_id: the account check, then Fourthline's ID data, then the QES (BankFakes.kt, MockroIdentification.kt)", () => {
    expectFlow("bank_id", ["created", "pending", "identification_data_required", "authorization_required", "confirmation_required", "confirmed", "successful"]);
    expect(nextStatuses("bank_id", "pending")).toContain("identification_data_required");
  });

  it("bank and bank_id fail with a failure_reason and a new identification", () => {
    expectFlow("bank", ["created", "pending", "failed"]);
    expect(lifecycles.identifications.bank.statuses.failed.retry).toBe("new_identification");
    expect(lifecycles.identifications.bank.statuses.failed.description).toContain("joint_account");
  });

  it("idnow: aborted and canceled go back with the same URL, failed needs a new identification (public client code)", () => {
    expectFlow("idnow", ["created", "pending", "successful"]);
    expectFlow("idnow", ["created", "pending", "aborted", "pending", "pending_successful", "successful"]);
    expectFlow("idnow", ["created", "pending", "canceled", "pending", "failed"]);
    expect(lifecycles.identifications.idnow.statuses.aborted.retry).toBe("same_identification");
    expect(lifecycles.identifications.idnow.statuses.canceled.retry).toBe("same_identification");
    expect(lifecycles.identifications.idnow.statuses.failed.retry).toBe("new_identification");
  });

  it("idnow: pending_successful is not a required step before successful", () => {
    expect(nextStatuses("idnow", "pending")).toEqual(expect.arrayContaining(["successful", "pending_successful"]));
  });

  it("fourthline: pending and processed are intermediate; rejected and fraud end it; failed can be retried (iOS RequestsEventHandlerImpl.swift)", () => {
    expectFlow("fourthline", ["created", "pending", "processed", "successful"]);
    expectFlow("fourthline", ["created", "pending", "fraud"]);
    expectFlow("fourthline", ["created", "pending", "processed", "rejected"]);
    expect(isFinalStatus("fourthline", "failed")).toBe(false);
    expect(nextStatuses("fourthline", "failed")).toEqual(["pending"]);
  });

  it("bank_plus: pre-identification, account opening, reference transfer (BankIdent Plus guide, simulate_outcome)", () => {
    expectFlow("bank_plus", ["created", "pending", "pre_successful", "pending_ref_transfer", "successful"]);
    expectFlow("bank_plus", ["created", "pending", "pre_successful", "pending_account_creation", "pending_ref_transfer", "failed"]);
    const scenario = (from: string, to: string) =>
      lifecycles.identifications.bank_plus.transitions.find((t) => t.from === from && t.to === to && t.trigger.kind === "simulation")?.trigger;
    expect(scenario("pending", "pre_successful")).toEqual({
      kind: "simulation",
      operationId: "simulateIdentificationOutcome",
      scenario: "SUCCESSFUL_PRE_IDENT",
    });
    expect(scenario("aborted", "pre_successful")).toMatchObject({ scenario: "SUCCESSFUL_PRE_IDENT" });
  });

  it("every step is sourced: a docs URL, a repository file, or an inference with its reason", () => {
    for (const lifecycle of [...Object.values(lifecycles.identifications), lifecycles.sessions]) {
      for (const { source } of lifecycle.transitions) {
        if (source.kind === "inferred") expect(source.reason.length).toBeGreaterThan(10);
        else expect(source.ref).toMatch(source.kind === "docs" ? /^https:\/\/docs\.solarisgroup\.com\// : /^[\w-]+\/[\w-]+:[\w/.-]+$/);
      }
    }
  });
});

describe("session lifecycle", () => {
  it("mirrors its identification and ends successful, rejected or expired (no failed)", () => {
    expect(nextSessionStatuses("created")).toContain("pending");
    expect(nextSessionStatuses("authorization_required")).toContain("confirmation_required");
    for (const status of ["successful", "rejected", "expired"]) expect(isFinalSessionStatus(status)).toBe(true);
    for (const status of ["created", "pending", "pending_successful", "confirmed"]) expect(isFinalSessionStatus(status)).toBe(false);
    expect(isFinalSessionStatus("failed")).toBe(false);
  });
});

describe("unknown values (Solaris adds statuses without notice)", () => {
  it("a status the spec does not list is not final and leads nowhere known", () => {
    expect(isFinalStatus("bank", "video_review")).toBe(false);
    expect(nextStatuses("bank", "video_review")).toEqual([]);
    expect(isFinalSessionStatus("archived")).toBe(false);
    expect(nextSessionStatuses("archived")).toEqual([]);
  });

  it("a method the spec does not list has no lifecycle: false and [] (not a throw)", () => {
    expect(isFinalStatus("carrier_pigeon", "successful")).toBe(false);
    expect(nextStatuses("carrier_pigeon", "created")).toEqual([]);
    expect(isFinalStatus("toString", "successful")).toBe(false);
    expect(nextStatuses("__proto__", "created")).toEqual([]);
  });

  it("a status listed for another method only is unknown to this one", () => {
    expect(isFinalStatus("bank", "fraud")).toBe(false);
    expect(nextStatuses("idnow", "authorization_required")).toEqual([]);
  });
});
