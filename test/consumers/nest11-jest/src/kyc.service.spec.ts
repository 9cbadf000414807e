import { Test } from "@nestjs/testing";
import { setupServer } from "msw/node";
import { KycWebhookError } from "solaris-kyc";
import { examples } from "solaris-kyc/examples";
import { createKycHandlers, kycHandler, webhookDelivery } from "solaris-kyc/testing";
import { KYC_CONFIG, KycService, type KycConfig } from "./kyc.service";

const config: KycConfig = {
  baseUrl: "https://api.solaris-sandbox.de",
  tokenUrl: "https://auth.solaris-sandbox.de/oauth2/token",
  clientId: "nest-test-client",
  clientSecret: "nest-test-secret",
  webhookSecret: "whsec-nest-test",
};

// Every Solaris operation answers with its default example; anything else fails the test.
const solaris = setupServer(...createKycHandlers());
beforeAll(() => solaris.listen({ onUnhandledRequest: "error" }));
afterEach(() => solaris.resetHandlers());
afterAll(() => solaris.close());

let kyc: KycService;
beforeEach(async () => {
  const module = await Test.createTestingModule({ providers: [KycService, { provide: KYC_CONFIG, useValue: config }] }).compile();
  kyc = module.get(KycService);
});

it("starts an identification (the spec's example answer)", async () => {
  const session = examples.createIdentificationSession.responses["201"].idnow.value;
  await expect(kyc.startIdentification("dc1a6812a14f6cc338cd084208535bcdcper")).resolves.toEqual({ sessionId: session.id, redirectUrl: session.url });
});

it("reports the answer the test chose", async () => {
  solaris.use(kycHandler("createIdentificationSession", { status: 409, example: "record_not_unique" }));
  await expect(kyc.startIdentification("dc1a6812a14f6cc338cd084208535bcdcper")).rejects.toThrow("Solaris answered 409 record_not_unique");
});

it("refuses a person id the spec does not allow before calling Solaris", async () => {
  await expect(kyc.startIdentification("customer-42")).rejects.toThrow(/\/path\/person_id/);
});

it("takes a signed webhook delivery and refuses a tampered one", async () => {
  const delivery = webhookDelivery("IDENTIFICATION", "idnow_successful", { secret: config.webhookSecret });
  await expect(kyc.handleWebhook(delivery.headers, delivery.body)).resolves.toBe(`${delivery.payload.id} successful`);
  await expect(kyc.handleWebhook(delivery.headers, delivery.body.replace('"successful"', '"failed"'))).rejects.toBeInstanceOf(KycWebhookError);
});
