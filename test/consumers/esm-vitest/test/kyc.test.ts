// The client, the validators, webhook verification and the testing kit in an ES module project.
import { setupServer } from "msw/node";
import { createKycClient, KycWebhookError, parseWebhook } from "solaris-kyc";
import { examples } from "solaris-kyc/examples";
import { createKycHandlers, kycHandler, webhookDelivery } from "solaris-kyc/testing";
import { kycHttp } from "solaris-kyc/testing/openapi-msw";
import { validateRequest } from "solaris-kyc/validators";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";

const PERSON = "dc1a6812a14f6cc338cd084208535bcdcper";
const SECRET = "whsec-consumer-test";

// Every Solaris operation answers with its default example; anything else fails the test.
const solaris = setupServer(...createKycHandlers());
beforeAll(() => solaris.listen({ onUnhandledRequest: "error" }));
afterEach(() => solaris.resetHandlers());
afterAll(() => solaris.close());

const kyc = createKycClient({ baseUrl: "https://api.solaris-sandbox.de", auth: { getToken: async () => "test-token" } });
const createSession = () =>
  kyc.POST("/v1/persons/{person_id}/identification_sessions", {
    params: { path: { person_id: PERSON } },
    body: { callback_url: "https://example.com/kyc/done", identification_methods: ["idnow"] },
  });

it("gets the spec's example answer", async () => {
  const { data } = await createSession();
  expect(data).toEqual(examples.createIdentificationSession.responses["201"].idnow.value);
});

it("gets the answer the test chose", async () => {
  solaris.use(kycHandler("createIdentificationSession", { status: 409, example: "record_not_unique" }));
  const { error, response } = await createSession();
  expect(response.status).toBe(409);
  expect(error?.errors[0]?.code).toBe("record_not_unique");
});

it("runs a handler with its own logic, typed by the spec (kycHttp)", async () => {
  const seen: string[] = [];
  solaris.use(kycHttp().get("/v1/persons/{person_id}/identifications", ({ params, response }) => (seen.push(params.person_id), response(200).json([]))));
  const { data } = await kyc.GET("/v1/persons/{person_id}/identifications", { params: { path: { person_id: PERSON } } });
  expect({ data, seen }).toEqual({ data: [], seen: [PERSON] });
});

it("validates a request against the spec", () => {
  const problems = validateRequest("createIdentificationSession", { path: { person_id: "customer-42" }, body: { identification_methods: ["idnow"] } });
  expect(problems.map((problem) => problem.pointer)).toContain("/path/person_id");
});

it("verifies a signed webhook delivery and refuses a wrong signature", async () => {
  const delivery = webhookDelivery("IDENTIFICATION", "idnow_successful", { secret: SECRET });
  await expect(Promise.resolve(parseWebhook(delivery.headers, delivery.body, SECRET))).resolves.toEqual({ type: "IDENTIFICATION", payload: delivery.payload });
  await expect(Promise.resolve().then(() => parseWebhook(delivery.headers, delivery.body, "a-wrong-secret"))).rejects.toBeInstanceOf(KycWebhookError);
});
