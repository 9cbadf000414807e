// The testing kit's handlers in msw 3's server.
import { setupServer } from "msw/node";
import { createKycClient } from "solaris-kyc";
import { examples } from "solaris-kyc/examples";
import { createKycHandlers, kycHandler } from "solaris-kyc/testing";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";

const solaris = setupServer(...createKycHandlers());
beforeAll(() => solaris.listen({ onUnhandledRequest: "error" }));
afterEach(() => solaris.resetHandlers());
afterAll(() => solaris.close());

const kyc = createKycClient({ baseUrl: "https://api.solaris-sandbox.de", auth: { getToken: async () => "test-token" } });
const createSession = (personId: string) =>
  kyc.POST("/v1/persons/{person_id}/identification_sessions", {
    params: { path: { person_id: personId } },
    body: { callback_url: "https://example.com/kyc/done", identification_methods: ["idnow"] },
  });

it("answers with the spec's example", async () => {
  const { data } = await createSession("dc1a6812a14f6cc338cd084208535bcdcper");
  expect(data).toEqual(examples.createIdentificationSession.responses["201"].idnow.value);
});

it("answers with the example the test chose", async () => {
  solaris.use(kycHandler("createIdentificationSession", { status: 409, example: "record_not_unique" }));
  const { error } = await createSession("dc1a6812a14f6cc338cd084208535bcdcper");
  expect(error?.errors[0]?.code).toBe("record_not_unique");
});

it("answers a request that breaks the contract with 400", async () => {
  const { error, response } = await createSession("customer-42");
  expect(response.status).toBe(400);
  expect(error?.errors[0]?.code).toBe("invalid_model");
});
