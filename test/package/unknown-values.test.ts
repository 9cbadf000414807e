// What a consumer gets when Solaris sends a status the spec does not list (Solaris adds statuses
// without notice). Decided 2026-12-02: the default paths pass it through as it came; validation,
// which is there to notice drift, rejects it naming the pointer; the lifecycle helpers treat it as
// not final and leading nowhere known.
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { examples } from "../../generated/examples.js";
import { KycApiError, KycWebhookError, isFinalStatus, nextStatuses, parseWebhook } from "../../src/index.js";
import { fakeFetch, getIdentification, json, makeClient, rejection } from "./helpers.js";

const NEW_STATUS = "video_review"; // a status no source lists
const answer = { ...examples.getIdentification.responses["200"].idnow_successful.value, status: NEW_STATUS };

describe("a response with a status the spec does not list", () => {
  it("without validation (the default): returned as it came", async () => {
    const { kyc } = makeClient(fakeFetch(() => json(answer)).fetch);
    const { data } = await getIdentification(kyc);
    expect(data?.status).toBe(NEW_STATUS);
    expect(isFinalStatus(data!.method, data!.status)).toBe(false);
    expect(nextStatuses(data!.method, data!.status)).toEqual([]);
  });

  it("validateResponses: warn logs it with its pointer and returns it", async () => {
    const { kyc, logs } = makeClient(fakeFetch(() => json(answer)).fetch, { validateResponses: "warn" });
    const { data } = await getIdentification(kyc);
    expect(data?.status).toBe(NEW_STATUS);
    expect(logs.find((l) => l.event === "validation")).toMatchObject({ level: "warn", problems: [expect.objectContaining({ pointer: "/status" })] });
  });

  it("validateResponses: throw rejects it as invalid_response naming /status", async () => {
    const { kyc } = makeClient(fakeFetch(() => json(answer)).fetch, { validateResponses: "throw" });
    const error = await rejection(getIdentification(kyc));
    expect(error).toBeInstanceOf(KycApiError);
    expect(error).toMatchObject({ code: "invalid_response", status: 200 });
    expect((error as Error).message).toMatch(/\/status must be equal to one of the allowed values|\/status must be one of/);
  });
});

describe("a webhook with a status the spec does not list", () => {
  const SECRET = "whsec-unknown-values";
  const body = JSON.stringify({ ...examples.receiveIdentificationWebhook.request.idnow_successful.value, status: NEW_STATUS });
  const headers = {
    "solaris-webhook-signature": `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`,
    "solaris-webhook-event-type": "IDENTIFICATION",
  };

  it("parseWebhook: returns the payload as it came", async () => {
    const event = await parseWebhook(headers, body, SECRET);
    expect(event.type).toBe("IDENTIFICATION");
    expect((event.payload as { status: string }).status).toBe(NEW_STATUS);
  });

  it("parseWebhook with validate: rejects it as invalid_payload naming /status", async () => {
    const error = await parseWebhook(headers, body, SECRET, { validate: true }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KycWebhookError);
    expect(error).toMatchObject({ code: "invalid_payload" });
    expect((error as Error).message).toContain("/status");
  });
});
