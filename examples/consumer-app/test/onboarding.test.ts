// The service's tests, written only with solaris-kyc/testing: the handlers answer as the contract
// says (named examples), a request that breaks the contract fails at its cause, webhooks are signed
// deliveries of the spec's examples.
import { execFile } from "node:child_process";
import type { AddressInfo } from "node:net";
import { setupServer } from "msw/node";
import { createKycClient } from "solaris-kyc";
import { examples } from "solaris-kyc/examples";
import { createKycHandlers, kycHandler, webhookDelivery } from "solaris-kyc/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createOnboarding } from "../src/onboarding.js";
import { webhookServer } from "../src/server.js";

const PERSON = "dc1a6812a14f6cc338cd084208535bcdcper";
const WEBHOOK_SECRET = "whsec-onboarding-test";

const config = {
  baseUrl: "https://api.solaris-sandbox.de",
  tokenUrl: "https://auth.solaris-sandbox.de/oauth2/token",
  clientId: "onboarding-test-client",
  clientSecret: "onboarding-test-secret",
  webhookSecret: WEBHOOK_SECRET,
};

// Every Solaris operation answers with its default example; anything else fails the test.
const solaris = setupServer(...createKycHandlers());
beforeAll(() => solaris.listen({ onUnhandledRequest: "error" }));
afterEach(() => solaris.resetHandlers());
afterAll(() => solaris.close());

describe("startIdentification", () => {
  it("returns the session and the URL to send the customer to", async () => {
    const session = examples.createIdentificationSession.responses["201"].idnow.value;
    await expect(createOnboarding(config).startIdentification(PERSON, "idnow")).resolves.toEqual({ sessionId: session.id, redirectUrl: session.url });
  });

  it("works with the answer chosen for the test", async () => {
    solaris.use(...createKycHandlers({ examples: { createIdentificationSession: { status: 201, example: "bank_id" } } }));
    const session = examples.createIdentificationSession.responses["201"].bank_id.value;
    await expect(createOnboarding(config).startIdentification(PERSON, "bank_id")).resolves.toMatchObject({ sessionId: session.id });
  });

  it("reports Solaris' refusal", async () => {
    solaris.use(kycHandler("createIdentificationSession", { status: 409, example: "record_not_unique" }));
    await expect(createOnboarding(config).startIdentification(PERSON, "idnow")).rejects.toThrow(/409 record_not_unique/);
  });

  it("fails at the cause when the request breaks the contract", async () => {
    await expect(createOnboarding(config).startIdentification("customer-42", "idnow")).rejects.toThrow(/400 invalid_model: person_id must /);
  });
});

describe("the contract, as the handlers enforce it", () => {
  it("answers a body missing a required field with 400 naming the field", async () => {
    const kyc = createKycClient({ baseUrl: config.baseUrl, auth: { getToken: async () => "test-token" } });
    const { error, response } = await kyc.POST("/v1/persons/{person_id}/identification_sessions", {
      params: { path: { person_id: PERSON } },
      body: { callback_url: "https://onboarding.example.com/kyc/done" } as never, // identification_methods left out
    });
    expect(response.status).toBe(400);
    expect(error?.errors[0]).toMatchObject({
      code: "invalid_model",
      detail: "identification_methods is required",
      source: { field: "identification_methods" },
    });
  });
});

describe("handleWebhook", () => {
  it("records a signed IDENTIFICATION delivery", async () => {
    const onboarding = createOnboarding(config);
    const delivery = webhookDelivery("IDENTIFICATION", "idnow_successful", { secret: WEBHOOK_SECRET });
    expect(await onboarding.handleWebhook(delivery.headers, delivery.body)).toEqual({ status: 200, text: "recorded" });
    expect(onboarding.identifications.get(delivery.payload.id)).toEqual({ personId: delivery.payload.person_id ?? null, status: "successful" });
  });

  it("records the status an override sets", async () => {
    const onboarding = createOnboarding(config);
    const delivery = webhookDelivery("IDENTIFICATION", "idnow_pending", { secret: WEBHOOK_SECRET, overrides: { status: "failed" } });
    await onboarding.handleWebhook(delivery.headers, delivery.body);
    expect(onboarding.identifications.get(delivery.payload.id)?.status).toBe("failed");
  });

  it("rejects, without retry, a signed payload off the contract", async () => {
    const onboarding = createOnboarding(config);
    const delivery = webhookDelivery("IDENTIFICATION", "idnow_pending", { secret: WEBHOOK_SECRET, overrides: { status: "done" as never } });
    expect(await onboarding.handleWebhook(delivery.headers, delivery.body)).toEqual({ status: 422, text: "invalid_payload" });
    expect(onboarding.identifications.size).toBe(0);
  });

  it("refuses a tampered delivery", async () => {
    const onboarding = createOnboarding(config);
    const delivery = webhookDelivery("IDENTIFICATION", "idnow_successful", { secret: WEBHOOK_SECRET });
    const tampered = delivery.body.replace('"successful"', '"failed"');
    expect(await onboarding.handleWebhook(delivery.headers, tampered)).toEqual({ status: 401, text: "invalid_signature" });
    expect(onboarding.identifications.size).toBe(0);
  });

  it("is reached by `solaris-kyc webhooks send` over HTTP", async () => {
    const onboarding = createOnboarding(config);
    const server = webhookServer(onboarding);
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/solaris`;
    try {
      const run = (secret: string, ...extra: string[]) =>
        new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
          execFile(
            "npx",
            [
              "--no-install",
              "solaris-kyc",
              "webhooks",
              "send",
              "--to",
              url,
              "--event",
              "IDENTIFICATION",
              "--example",
              "bank_authorization_required",
              "--secret",
              secret,
              ...extra,
            ],
            (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
          ),
        );
      const delivered = await run(WEBHOOK_SECRET);
      expect(delivered.code, delivered.stderr).toBe(0);
      expect(delivered.stdout).toMatch(/^200 OK: delivered/m);
      const payload = examples.receiveIdentificationWebhook.request.bank_authorization_required.value;
      expect(onboarding.identifications.get(payload.id)?.status).toBe("authorization_required");
      const refused = await run("a-wrong-secret");
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/^401 Unauthorized: not delivered/m);
      const offContract = await run(WEBHOOK_SECRET, "--set", "/status=done");
      expect(offContract.code).toBe(1);
      expect(offContract.stderr).toMatch(/^422 Unprocessable Entity: refused: the notification is rejected, Solaris does not retry it/m);
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  }, 30_000);
});
