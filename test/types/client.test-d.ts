// Type tests: compiled by `npm run test:types` (tsc), never run. Each @ts-expect-error must stay an error.
import { expectTypeOf } from "vitest";
import { examples } from "../../generated/examples.js";
import createClient, { type Client, type Middleware } from "openapi-fetch";
import { KycApiError, KycWebhookError, createKycClient, parseWebhook, type KycClient, type KycClock } from "../../src/index.js";
import type {
  ErrorObject,
  IdentificationDocument,
  OperationId,
  paths,
  ErrorResponse,
  Identification,
  IdentificationMethod,
  IdentificationSession,
  IdentificationSessionWebhookPayload,
  IdentificationStatus,
  IdentificationWebhookPayload,
  RequestBody,
  ResponseBody,
  WebhookEventType,
} from "../../src/index.js";

const kyc: KycClient = createKycClient({
  baseUrl: "https://api.solaris-sandbox.de",
  auth: { clientId: "id", clientSecret: "secret", tokenUrl: "https://auth.solaris-sandbox.de/oauth2/token" },
  timeoutMs: 10_000,
  retry: { maxAttempts: 3 },
});
createKycClient({ baseUrl: "https://api.solaris-sandbox.de", auth: { getToken: async () => "token" } });
// @ts-expect-error auth is required
createKycClient({ baseUrl: "https://api.solaris-sandbox.de" });

// openapi-fetch's own client type, without a cast; its middleware and the clock are options.
expectTypeOf(createKycClient).returns.toEqualTypeOf<Client<paths, "application/json">>();
expectTypeOf(createKycClient({ baseUrl: "x", auth: { getToken: async () => "t" } })).toEqualTypeOf(createClient<paths, "application/json">());
declare const clock: KycClock;
declare const logging: Middleware;
createKycClient({ baseUrl: "https://api.solaris-sandbox.de", auth: { getToken: async () => "t" }, clock, middleware: [logging] }).use(logging);
// @ts-expect-error the loose test seams are gone: pass a clock
createKycClient({ baseUrl: "https://api.solaris-sandbox.de", auth: { getToken: async () => "t" }, sleep: async () => {} });

const person_id = "dc1a6812a14f6cc338cd084208535bcdcper";

export async function typedCalls() {
  const created = await kyc.POST("/v1/persons/{person_id}/identification_sessions", {
    params: { path: { person_id } },
    body: { callback_url: "https://example.com/cb", identification_methods: ["idnow"] },
  });
  expectTypeOf(created.data).toEqualTypeOf<IdentificationSession | undefined>();
  expectTypeOf(created.response).toEqualTypeOf<Response>();
  if (created.error) {
    expectTypeOf(created.error).toEqualTypeOf<ErrorResponse>();
    expectTypeOf(created.error.errors[0]!.status).toEqualTypeOf<number | string>();
  } else {
    expectTypeOf(created.data).toEqualTypeOf<IdentificationSession>();
  }

  const identification = await kyc.GET("/v1/persons/{person_id}/identifications/{id}", {
    params: { path: { person_id, id: "a7a57dadfcc83117b5c3b72f4113be25cidt" } },
  });
  expectTypeOf(identification.data).toEqualTypeOf<Identification | undefined>();
  expectTypeOf<Identification["status"]>().toEqualTypeOf<IdentificationStatus>();
  expectTypeOf<Identification["method"]>().toEqualTypeOf<IdentificationMethod>();
  expectTypeOf<"idnow">().toExtend<IdentificationMethod>();

  // @ts-expect-error a path the spec does not have
  await kyc.GET("/v1/persons/{person_id}/identification_sessionz", { params: { path: { person_id } } });

  await kyc.POST("/v1/persons/{person_id}/identification_sessions", {
    params: { path: { person_id } },
    // @ts-expect-error an enum value the spec does not have
    body: { identification_methods: ["selfie"] },
  });

  await kyc.POST("/v1/persons/{person_id}/identification_sessions", {
    params: { path: { person_id } },
    // @ts-expect-error identification_methods is required
    body: { callback_url: "https://example.com/cb" },
  });

  // @ts-expect-error the path parameter is required
  await kyc.GET("/v1/persons/{person_id}/identifications/{id}", { params: { path: { person_id } } });

  // @ts-expect-error the path has no PUT
  await kyc.PUT("/v1/persons/{person_id}/identification_sessions", { params: { path: { person_id } } });
}

export function typedHelpers() {
  expectTypeOf<RequestBody<"createIdentificationSession">["identification_methods"]>().items.toExtend<string>();
  expectTypeOf<ResponseBody<"getIdentificationSession", 200>>().toEqualTypeOf<IdentificationSession>();
  expectTypeOf<ResponseBody<"getIdentificationSession", 404>>().toEqualTypeOf<ErrorResponse>();
}

export function typedExamples() {
  expectTypeOf(examples.createIdentificationSession.request.idnow.value).toExtend<RequestBody<"createIdentificationSession">>();
  expectTypeOf(examples.getIdentificationSession.responses["200"]).toBeObject();
  // @ts-expect-error no such example name
  void examples.createIdentificationSession.request.no_such_example;
  // @ts-expect-error no such status for this operation
  void examples.createIdentificationSession.responses["418"];
  // The generator's `satisfies`: a drifted value is an error.
  // @ts-expect-error "finished" is not an IdentificationStatus
  void ({ id: "x", status: "finished", method: "idnow" } satisfies Partial<Identification>);
}

export async function typedWebhooks(headers: Record<string, string>, body: string) {
  expectTypeOf(parseWebhook(headers, body, "secret")).toEqualTypeOf<Promise<import("../../src/index.js").WebhookEvent>>();
  const event = await parseWebhook(headers, body, "secret");
  expectTypeOf(event.type).toEqualTypeOf<WebhookEventType>();
  if (event.type === "IDENTIFICATION") expectTypeOf(event.payload).toEqualTypeOf<IdentificationWebhookPayload>();
  if (event.type === "IDENTIFICATION_SESSION") expectTypeOf(event.payload).toEqualTypeOf<IdentificationSessionWebhookPayload>();
  // @ts-expect-error not an event type of the spec
  if (event.type === "PERSON_DELETED") return;
}

export function typedErrors(error: unknown) {
  if (error instanceof KycApiError) {
    expectTypeOf(error.code).toEqualTypeOf<"timeout" | "network" | "aborted" | "auth" | "invalid_response" | "error_response">();
    expectTypeOf(error.status).toEqualTypeOf<number | undefined>();
  }
  if (error instanceof KycWebhookError) expectTypeOf(error.code).toExtend<string>();
}

export function typedNames() {
  // The spec's Error and Document, under names that do not shadow the globals.
  expectTypeOf<ErrorObject>().toEqualTypeOf<ErrorResponse["errors"][number]>();
  expectTypeOf<IdentificationDocument["id"]>().toEqualTypeOf<string | undefined>();
  // One OperationId: every operation of the spec, paths and webhooks.
  expectTypeOf<"createIdentificationSession" | "receiveIdentificationWebhook">().toExtend<OperationId>();
  // @ts-expect-error not an operation of the spec
  expectTypeOf<"createPerson">().toExtend<OperationId>();
}
