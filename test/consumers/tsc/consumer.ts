// Type-checked, never run: every entry of solaris-kyc as a consumer's compiler sees it. This file
// is CommonJS under NodeNext (its package.json has no "type"), the case where a package's types can
// load msw's declarations twice.
import { setupServer } from "msw/node";
import { createKycClient, KycApiError, parseWebhook, type IdentificationSession, type KycClientOptions } from "solaris-kyc";
import { examples } from "solaris-kyc/examples";
import { createKycHandlers, kycHandler, webhookDelivery } from "solaris-kyc/testing";
import { validateRequest } from "solaris-kyc/validators";

const options: KycClientOptions = { baseUrl: "https://api.solaris-sandbox.de", auth: { getToken: async () => "token" } };
const kyc = createKycClient(options);

export async function startSession(personId: string): Promise<IdentificationSession> {
  const { data, error } = await kyc.POST("/v1/persons/{person_id}/identification_sessions", {
    params: { path: { person_id: personId } },
    body: { callback_url: "https://example.com/kyc/done", identification_methods: ["idnow"] },
  });
  if (error) throw new Error(`Solaris refused: ${error.errors[0]?.code}`);
  return data;
}

export const isApiError = (error: unknown): error is KycApiError => error instanceof KycApiError;

// The kit's handlers go into the consumer's own msw server: one msw type, not two.
export const solaris = setupServer(...createKycHandlers(), kycHandler("createIdentificationSession", { status: 409, example: "record_not_unique" }));

export const session: IdentificationSession = examples.createIdentificationSession.responses["201"].idnow.value;
export const problems = validateRequest("createIdentificationSession", { path: { person_id: "x" }, body: { identification_methods: ["idnow"] } });

const delivery = webhookDelivery("IDENTIFICATION", "idnow_successful", { secret: "whsec-test" });
export const event = parseWebhook(delivery.headers, delivery.body, "whsec-test");

// The types are the package's, not `any`: a path the API does not have is an error.
// @ts-expect-error "/v1/no-such-path" is not a path of the Solaris KYC API
export const wrongPath = kyc.GET("/v1/no-such-path");
