// Type tests of solaris-kyc/validators: compiled by `npm run test:types`, never run.
import { expectTypeOf } from "vitest";
import { createKycClient, parseWebhook, type KycClientOptions } from "../../src/index.js";
import type { WebhookEvent } from "../../src/types.js";
import { validateRequest, validateResponse, validateWebhook, type OperationId, type ValidationProblem } from "../../src/validators.js";

expectTypeOf(validateRequest("createIdentificationSession", { path: { person_id: "p" }, body: {} })).toEqualTypeOf<ValidationProblem[]>();
expectTypeOf(validateResponse("getIdentification", 200, {})).toEqualTypeOf<ValidationProblem[]>();
validateResponse("getIdentification", "default", {});
expectTypeOf(validateWebhook("IDENTIFICATION", {})).toEqualTypeOf<ValidationProblem[]>();
validateRequest("receiveIdentificationWebhook", { header: new Headers(), body: {} });
expectTypeOf<"listIdentifications">().toMatchTypeOf<OperationId>();

// @ts-expect-error an unknown operationId does not compile
validateRequest("createIdentificationSessions", {});
// @ts-expect-error an unknown operationId does not compile
validateResponse("nope", 200, {});
// @ts-expect-error a status is a number or "default"
validateResponse("getIdentification", "200", {});
// @ts-expect-error an unknown event type does not compile
validateWebhook("IDENTIFICATIONS", {});
// @ts-expect-error the request parts are named path, query, header, body
validateRequest("getIdentification", { params: {} });

// The client's and parseWebhook's validation options.

const auth = { getToken: async () => "token" };
createKycClient({ baseUrl: "https://api.solaris-sandbox.de", auth, validateResponses: "warn" });
createKycClient({ baseUrl: "https://api.solaris-sandbox.de", auth, validateResponses: "throw" });
expectTypeOf<KycClientOptions["validateResponses"]>().toEqualTypeOf<"off" | "warn" | "throw" | undefined>();
// @ts-expect-error validateResponses is "off", "warn" or "throw"
createKycClient({ baseUrl: "https://api.solaris-sandbox.de", auth, validateResponses: true });

expectTypeOf(parseWebhook({}, "{}", "secret")).toEqualTypeOf<Promise<WebhookEvent>>();
expectTypeOf(parseWebhook({}, "{}", "secret", { validate: true })).toEqualTypeOf<Promise<WebhookEvent>>();
// @ts-expect-error validate is a boolean
parseWebhook({}, "{}", "secret", { validate: "yes" });
