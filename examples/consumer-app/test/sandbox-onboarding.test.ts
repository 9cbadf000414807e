// A whole onboarding per method against the sandbox of solaris-kyc/testing: the service creates and
// requests the identification, the test acts as the customer and the provider, the webhooks reach
// the service signed (each twice, to prove it deduplicates), and the service's wait returns the
// final status on the sandbox clock, in no real time. The flows are written out from the docs.
import { setupServer } from "msw/node";
import { createKycSandbox } from "solaris-kyc/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createOnboarding } from "../src/onboarding.js";

const PERSON = "dc1a6812a14f6cc338cd084208535bcdcper";
const WEBHOOK_SECRET = "whsec-onboarding-sandbox";
const IBAN = "DE89370400440532013000";

const answers: string[] = [];
let onboarding: ReturnType<typeof createOnboarding>;
// What the customer and the provider do when an identification reaches a status (they learn of it
// with the webhook): identification ID → status → events, each done once.
const script = new Map<string, Record<string, string[]>>();
const sandbox = createKycSandbox({
  clock: { autoAdvance: true },
  webhooks: {
    secret: WEBHOOK_SECRET,
    deliverTwice: true,
    onDelivery: async ({ headers, body }) => {
      const payload = JSON.parse(body) as { id: string; status: string };
      const events = script.get(payload.id)?.[payload.status];
      if (events) {
        delete script.get(payload.id)![payload.status];
        for (const event of events) void sandbox.simulate(payload.id, event);
      }
      const { status, text } = await onboarding.handleWebhook(headers, body);
      answers.push(text);
      return status;
    },
  },
});
const solaris = setupServer(...sandbox.handlers);
beforeAll(() => solaris.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  sandbox.reset();
  script.clear();
  answers.length = 0;
});
afterAll(() => solaris.close());

const start = () =>
  (onboarding = createOnboarding({
    baseUrl: "https://api.solaris-sandbox.de",
    tokenUrl: "https://auth.solaris-sandbox.de/oauth2/token",
    clientId: "onboarding",
    clientSecret: "secret",
    webhookSecret: WEBHOOK_SECRET,
    clock: sandbox.clock,
  }));

describe("onboarding against the sandbox", () => {
  it("IDnow: the customer is identified by video; each webhook recorded once though delivered twice", async () => {
    const service = start();
    const { id, redirectUrl } = await service.startPersonIdentification(PERSON, "idnow");
    expect(redirectUrl).toMatch(/^https:\/\/go\.test\.idnow\.de\//);
    await sandbox.simulate(id, "idnow.successful");
    await expect(service.finishIdentification(PERSON, id)).resolves.toBe("successful");
    await sandbox.settled();
    expect(service.identifications.get(id)).toEqual({ personId: PERSON, status: "successful" });
    expect(answers).toEqual(["recorded", "duplicate", "recorded", "duplicate", "recorded", "duplicate"]);
  });

  it("Bankident: the customer logs in at the bank, the service authorizes when its wait stops for it, the customer confirms the OTP", async () => {
    const service = start();
    const { id } = await service.startPersonIdentification(PERSON, "bank", IBAN);
    script.set(id, { confirmation_required: ["qes.otp_confirmed", "qes.signed"] });
    await sandbox.simulate(id, "bank.account_verified");
    await expect(service.finishIdentification(PERSON, id)).resolves.toBe("successful");
    await sandbox.settled();
    expect(service.identifications.get(id)?.status).toBe("successful");
    expect(sandbox.history(id).map((h) => h.to)).toEqual(["pending", "authorization_required", "confirmation_required", "confirmed", "successful"]);
  });

  it("Bankident + Fourthline: bank login, ID scan, QES", async () => {
    const service = start();
    const { id } = await service.startPersonIdentification(PERSON, "bank_id", IBAN);
    script.set(id, { pending: ["bank.account_verified", "fourthline.data_verified"], confirmation_required: ["qes.otp_confirmed", "qes.signed"] });
    await expect(service.finishIdentification(PERSON, id)).resolves.toBe("successful");
  });

  it("Bankident: the customer never confirms the OTP, the identification expires after 5 minutes", async () => {
    const service = start();
    const { id } = await service.startPersonIdentification(PERSON, "bank", IBAN);
    await sandbox.simulate(id, "bank.account_verified");
    await expect(service.finishIdentification(PERSON, id)).resolves.toBe("expired");
    expect(sandbox.history(id).map((h) => h.to)).toEqual(["pending", "authorization_required", "confirmation_required", "expired"]);
  });

  it("Fourthline: the customer's upload starts it, the provider rejects it", async () => {
    const service = start();
    const { id, redirectUrl } = await service.startPersonIdentification(PERSON, "fourthline");
    expect(redirectUrl).toBeNull();
    await sandbox.simulate(id, "fourthline.kyc_uploaded");
    await sandbox.simulate(id, "fourthline.rejected");
    await expect(service.finishIdentification(PERSON, id)).resolves.toBe("rejected");
    await sandbox.settled();
    expect(service.identifications.get(id)?.status).toBe("rejected");
  });

  it("BankIdent Plus: pre-ident, account opening, reference transfer", async () => {
    const service = start();
    const { id } = await service.startPersonIdentification(PERSON, "bank_plus");
    await sandbox.simulate(id, "pre_ident.successful");
    await sandbox.simulate(id, "cdd.green");
    await sandbox.simulate(id, "reference_transfer.valid");
    await expect(service.finishIdentification(PERSON, id)).resolves.toBe("successful");
  });
});
