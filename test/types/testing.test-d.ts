// Compile-time checks of solaris-kyc/testing: only the spec's operations, statuses and example
// names compile; a custom body must fit its status's schema; webhook names and overrides are typed.
import { expectTypeOf } from "vitest";
import { examples } from "../../generated/examples.js";
import { createKycHandlers, kycHandler, webhookDelivery, type KycStatus } from "../../src/testing/index.js";

createKycHandlers();
createKycHandlers({
  baseUrl: "http://127.0.0.1:4010",
  validateRequests: false,
  examples: {
    createIdentificationSession: { status: 201, example: "bank_id" },
    getIdentification: { status: 404, example: "model_not_found" },
    listIdentifications: { status: "default", example: "unexpected_error" },
  },
});

// @ts-expect-error an operation the spec does not have
createKycHandlers({ examples: { createPerson: { status: 201, example: "idnow" } } });
// @ts-expect-error a webhook is not an operation the handlers serve
createKycHandlers({ examples: { receiveIdentificationWebhook: { status: 200, example: "delivered" } } });
// @ts-expect-error a status the operation does not declare
createKycHandlers({ examples: { createIdentificationSession: { status: 200, example: "idnow" } } });
// @ts-expect-error the status is a number as in the generated types, not a string
createKycHandlers({ examples: { createIdentificationSession: { status: "201", example: "idnow" } } });
// @ts-expect-error an example name of another status
createKycHandlers({ examples: { createIdentificationSession: { status: 201, example: "record_not_unique" } } });

expectTypeOf<KycStatus<"createIdentificationSession">>().toEqualTypeOf<201 | 400 | 401 | 403 | 404 | 409 | 500 | "default">();

kycHandler("createIdentificationSession", { status: 409, example: "record_not_unique" });
kycHandler("createIdentificationSession", { status: 201, body: examples.createIdentificationSession.responses["201"].idnow.value });
kycHandler("getIdentification", { status: 404, body: { errors: [{ id: "x", status: 404, code: "model_not_found", title: "Model Not Found" }] } });
// @ts-expect-error an unknown example name
kycHandler("createIdentificationSession", { status: 409, example: "nope" });
// @ts-expect-error a body that is not the status's schema (a session answered as an error)
kycHandler("createIdentificationSession", { status: 409, body: examples.createIdentificationSession.responses["201"].idnow.value });
// @ts-expect-error a body missing required fields
kycHandler("getIdentification", { status: 200, body: { id: "a7a57dadfcc83117b5c3b72f4113be25cidt" } });

const delivery = webhookDelivery("IDENTIFICATION", "idnow_successful", {
  secret: "s",
  overrides: { status: "failed", metadata: { iban: "DE02100100100006820101" } },
});
expectTypeOf(delivery.payload.status).toEqualTypeOf<(typeof examples.receiveIdentificationWebhook.request.idnow_successful.value)["status"]>();
expectTypeOf(delivery.headers).toEqualTypeOf<Record<string, string>>();
webhookDelivery("IDENTIFICATION_SESSION", "expired", { secret: "s" });
// @ts-expect-error an unknown event type
webhookDelivery("PERSON", "idnow_successful", { secret: "s" });
// @ts-expect-error an example of another webhook
webhookDelivery("IDENTIFICATION", "expired", { secret: "s" });
// @ts-expect-error an override off the payload's schema (status is an enum)
webhookDelivery("IDENTIFICATION", "idnow_successful", { secret: "s", overrides: { status: "done" } });
// @ts-expect-error the secret is required
webhookDelivery("IDENTIFICATION", "idnow_successful", {});
