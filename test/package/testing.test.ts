// The testing kit (solaris-kyc/testing): MSW handlers from the spec's examples, checked with the
// package's own client, and signed webhook deliveries checked with parseWebhook.
import { setupServer } from "msw/node";
import createClient from "openapi-fetch";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { examples } from "../../generated/examples.js";
import type { paths } from "../../generated/schema.js";
import { operationAnswers, sandboxServer, webhookDeliveries } from "../../generated/testing.js";
import { createKycClient, KycWebhookError, parseWebhook, verifyWebhookSignature } from "../../src/index.js";
import { createKycHandlers, kycHandler, signWebhookBody, webhookDelivery } from "../../src/testing/index.js";
import { kycHttp } from "../../src/testing/openapi-msw.js";
import { validateRequest, validateResponse } from "../../src/validators.js";

const PERSON = "dc1a6812a14f6cc338cd084208535bcdcper";
const SECRET = "whsec-kit-test";
const SESSIONS = "/v1/persons/{person_id}/identification_sessions" as const;

const server = setupServer(...createKycHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const kyc = createKycClient({ baseUrl: sandboxServer, auth: { getToken: async () => "kit-test-token" }, retry: { maxAttempts: 1 } });
// Without the client's auth, to send what a broken integration sends.
const raw = createClient<paths>({ baseUrl: sandboxServer, fetch: (request) => globalThis.fetch(request) });

describe("createKycHandlers", () => {
  it("serves every operation of the spec's paths, at its sandbox server", () => {
    expect(createKycHandlers()).toHaveLength(Object.keys(operationAnswers).length);
    expect(sandboxServer).toBe("https://api.solaris-sandbox.de");
  });

  it("answers with the first example of the lowest 2xx status by default", async () => {
    const { data, response } = await kyc.POST(SESSIONS, { params: { path: { person_id: PERSON } }, body: { identification_methods: ["idnow"] } });
    expect(response.status).toBe(201);
    // idnow is the first 201 example of createIdentificationSession in the spec.
    expect(data).toEqual(examples.createIdentificationSession.responses["201"].idnow.value);
  });

  it("sends the headers the spec declares for the status", async () => {
    const { data, response } = await kyc.GET("/v1/persons/{person_id}/identifications", { params: { path: { person_id: PERSON } } });
    expect(data).toEqual(examples.listIdentifications.responses["200"].two_identifications.value);
    expect(response.headers.get("total")).toBe("2");
    expect(response.headers.get("per_page")).toBe("10");
    expect(response.headers.get("link")).toMatch(/rel="first"/);
  });

  it("answers with the example chosen in options.examples, including a default response", async () => {
    server.use(
      ...createKycHandlers({
        examples: {
          createIdentificationSession: { status: 201, example: "bank_id" },
          getIdentification: { status: "default", example: "unexpected_error" },
        },
      }),
    );
    const created = await kyc.POST(SESSIONS, { params: { path: { person_id: PERSON } }, body: { identification_methods: ["bank_id"] } });
    expect(created.data).toEqual(examples.createIdentificationSession.responses["201"].bank_id.value);
    const failed = await kyc.GET("/v1/persons/{person_id}/identifications/{id}", {
      params: { path: { person_id: PERSON, id: "a7a57dadfcc83117b5c3b72f4113be25cidt" } },
    });
    expect(failed.response.status).toBe(418);
    expect(failed.error).toEqual(examples.getIdentification.responses.default.unexpected_error.value);
  });

  it("names the valid operations, statuses and examples for a wrong choice", () => {
    expect(() => createKycHandlers({ examples: { nope: { status: 200, example: "x" } } as never })).toThrow(
      /unknown operationId "nope".*createIdentificationSession/,
    );
    expect(() => createKycHandlers({ examples: { createIdentificationSession: { status: 299, example: "idnow" } as never } })).toThrow(
      /no examples for status 299; its statuses are: 201, 400/,
    );
    expect(() => createKycHandlers({ examples: { createIdentificationSession: { status: 201, example: "nope" } as never } })).toThrow(
      /no example "nope".*idnow, bank_id, multiple_methods|no example "nope".*bank_id/,
    );
  });
});

describe("request checks", () => {
  const post = (body: unknown, personId = PERSON) =>
    kyc.POST(SESSIONS, { params: { path: { person_id: personId } }, body: body as { identification_methods: ["idnow"] } });

  it("answers a body missing a required field with 400 naming it, in the spec's 400 shape", async () => {
    const { error, response } = await post({ callback_url: "https://example.com/cb" });
    expect(response.status).toBe(400);
    const [first] = error!.errors;
    expect(first).toMatchObject({ status: 400, code: "invalid_model", source: { field: "identification_methods" } });
    expect(first!.detail).toMatch(/^identification_methods is required/);
    expect(validateResponse("createIdentificationSession", 400, error)).toEqual([]);
  });

  it("names a wrong enum value, a wrong type and a path parameter off its pattern", async () => {
    const enumValue = await post({ identification_methods: ["carrier_pigeon"] });
    expect(enumValue.error!.errors.map((e) => e.source?.field)).toEqual(["identification_methods[0]"]);
    expect(enumValue.error!.errors[0]!.detail).toMatch(/must be one of: .*idnow/);
    const wrongType = await post({ identification_methods: ["idnow"], callback_url: 42 });
    expect(wrongType.error!.errors.map((e) => e.source?.field)).toEqual(["callback_url"]);
    const badId = await post({ identification_methods: ["idnow"] }, "not-a-person-id");
    expect(badId.response.status).toBe(400);
    expect(new Set(badId.error!.errors.map((e) => e.source?.field))).toEqual(new Set(["person_id"]));
    expect(badId.error!.errors.map((e) => e.detail)).toContain('person_id must match pattern "^[0-9a-f]{32}cper$"');
    for (const answer of [enumValue, wrongType, badId]) expect(validateResponse("createIdentificationSession", 400, answer.error)).toEqual([]);
  });

  it("answers a body that is not JSON with 400", async () => {
    const response = await fetch(`${sandboxServer}/v1/persons/${PERSON}/identification_sessions`, {
      method: "POST",
      headers: { Authorization: "Bearer kit-test-token", "Content-Type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].source.field).toBe("body");
  });

  it("lets a broken request, or one without a token, through with validateRequests: false", async () => {
    server.use(...createKycHandlers({ validateRequests: false }));
    const { response } = await post({});
    expect(response.status).toBe(201);
    const anonymous = await raw.GET("/v1/persons/{person_id}/identifications", { params: { path: { person_id: "x" } } });
    expect(anonymous.response.status).toBe(200);
  });

  it("answers a missing or malformed bearer token with the operation's 401 examples", async () => {
    const missing = await raw.GET("/v1/persons/{person_id}/identifications", { params: { path: { person_id: PERSON } } });
    expect(missing.response.status).toBe(401);
    expect(missing.error).toEqual(examples.listIdentifications.responses["401"].token_required.value);
    const malformed = await raw.GET("/v1/persons/{person_id}/identifications", {
      params: { path: { person_id: PERSON } },
      headers: { Authorization: "Token abc" },
    });
    expect(malformed.response.status).toBe(401);
    expect(malformed.error).toEqual(examples.listIdentifications.responses["401"].invalid_token.value);
  });

  it("checks the token call's own scheme (Basic) and its form body", async () => {
    const tokenUrl = `${operationAnswers.createAccessToken.server}/oauth2/token`;
    const client = createKycClient({ baseUrl: sandboxServer, auth: { clientId: "kit-id", clientSecret: "kit-secret", tokenUrl } });
    const { response } = await client.GET("/v1/persons/{person_id}/identifications", { params: { path: { person_id: PERSON } } });
    expect(response.status).toBe(200);

    const form = { "Content-Type": "application/x-www-form-urlencoded" };
    const bearer = await fetch(tokenUrl, {
      method: "POST",
      headers: { ...form, Authorization: "Bearer kit-test-token" },
      body: "grant_type=client_credentials&scope=partners",
    });
    expect(bearer.status).toBe(401);
    expect(await bearer.json()).toEqual(examples.createAccessToken.responses["401"].invalid_client.value);
    const basic = `Basic ${Buffer.from("kit-id:kit-secret").toString("base64")}`;
    const wrongGrant = await fetch(tokenUrl, { method: "POST", headers: { ...form, Authorization: basic }, body: "grant_type=password&scope=partners" });
    expect(wrongGrant.status).toBe(400);
    const oauthError = await wrongGrant.json();
    expect(oauthError).toMatchObject({ error: "invalid_request", error_description: expect.stringMatching(/^grant_type must be/) });
    expect(validateResponse("createAccessToken", 400, oauthError)).toEqual([]);
  });
});

describe("overriding one operation", () => {
  it("answers with a named example of another status", async () => {
    server.use(kycHandler("createIdentificationSession", { status: 409, example: "record_not_unique" }));
    const { error, response } = await kyc.POST(SESSIONS, { params: { path: { person_id: PERSON } }, body: { identification_methods: ["idnow"] } });
    expect(response.status).toBe(409);
    expect(error).toEqual(examples.createIdentificationSession.responses["409"].record_not_unique.value);
  });

  it("answers with a custom body, still checking the request", async () => {
    const session = { ...examples.createIdentificationSession.responses["201"].idnow.value, id: "0123456789abcdef0123456789abcdefises" };
    server.use(kycHandler("createIdentificationSession", { status: 201, body: session }));
    const ok = await kyc.POST(SESSIONS, { params: { path: { person_id: PERSON } }, body: { identification_methods: ["idnow"] } });
    expect(ok.data?.id).toBe(session.id);
    const bad = await kyc.POST(SESSIONS, { params: { path: { person_id: PERSON } }, body: {} as never });
    expect(bad.response.status).toBe(400);
  });

  it("takes any openapi-msw handler through kycHttp (solaris-kyc/testing/openapi-msw)", async () => {
    const value = examples.getIdentification.responses["200"].fourthline_failed.value;
    server.use(kycHttp().get("/v1/persons/{person_id}/identifications/{id}", ({ response }) => response(200).json(value)));
    const { data } = await kyc.GET("/v1/persons/{person_id}/identifications/{id}", { params: { path: { person_id: PERSON, id: value.id } } });
    expect(data).toEqual(value);
  });
});

describe("webhookDelivery", () => {
  it("builds a delivery parseWebhook accepts, with every header the spec declares", async () => {
    const delivery = webhookDelivery("IDENTIFICATION", "idnow_successful", { secret: SECRET });
    const event = await parseWebhook(delivery.headers, delivery.body, SECRET);
    expect(event).toEqual({ type: "IDENTIFICATION", payload: examples.receiveIdentificationWebhook.request.idnow_successful.value });
    expect(delivery.payload).toEqual(event.payload);
    for (const name of Object.keys(webhookDeliveries.IDENTIFICATION.headers)) expect(delivery.headers[name]).toBeTruthy();
    expect(delivery.headers["Solaris-Entity-Id"]).toBe(delivery.payload.id);
    // The headers and the payload validate against the webhook's schemas.
    expect(validateRequest("receiveIdentificationWebhook", { header: delivery.headers, body: JSON.parse(delivery.body) })).toEqual([]);
  });

  it("merges overrides into the example, at any depth, and signs the result", async () => {
    const overrides = { status: "failed", metadata: { account_currency: "CHF" } } as const;
    const delivery = webhookDelivery("IDENTIFICATION", "bank_plus_successful", { secret: SECRET, overrides });
    const base = examples.receiveIdentificationWebhook.request.bank_plus_successful.value;
    expect(delivery.payload).toEqual({ ...base, status: "failed", metadata: { ...base.metadata, account_currency: "CHF" } });
    expect((await parseWebhook(delivery.headers, delivery.body, SECRET)).payload).toEqual(delivery.payload);
  });

  it("is rejected by parseWebhook once tampered with, or with another secret", async () => {
    const delivery = webhookDelivery("IDENTIFICATION_SESSION", "successful", { secret: SECRET });
    const tampered = delivery.body.replace(/"successful"/, '"expired"');
    expect(tampered).not.toBe(delivery.body);
    await expect(parseWebhook(delivery.headers, tampered, SECRET)).rejects.toThrow(KycWebhookError);
    await expect(parseWebhook(delivery.headers, delivery.body, "another-secret")).rejects.toThrow(/does not match the body/);
  });

  it("refuses an empty secret and names the valid events and examples", () => {
    expect(() => webhookDelivery("IDENTIFICATION", "idnow_successful", { secret: "" })).toThrow(TypeError);
    expect(() => webhookDelivery("NOPE" as never, "x" as never, { secret: SECRET })).toThrow(
      /unknown webhook event type "NOPE"; the spec defines: IDENTIFICATION, IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT, IDENTIFICATION_SESSION$/,
    );
    expect(() => webhookDelivery("IDENTIFICATION", "nope" as never, { secret: SECRET })).toThrow(/unknown example "nope".*idnow_successful/);
  });

  it("signWebhookBody gives the header verifyWebhookSignature accepts", async () => {
    const signature = signWebhookBody('{"id":"x"}', SECRET);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(await verifyWebhookSignature('{"id":"x"}', signature, SECRET)).toBe(true);
    expect(() => signWebhookBody("{}", "")).toThrow(TypeError);
  });
});
