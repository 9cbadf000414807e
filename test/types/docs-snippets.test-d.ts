// The code of docs/errors.md and docs/runtimes.md, compiled by `npm run test:types` (tsc): each
// snippet there is cut unchanged from here.
import { KycApiError, KycWebhookError, createKycClient, parseWebhook, type ErrorObject } from "../../src/index.js";

declare function handleSolarisError(status: number, errors: ErrorObject[]): unknown;
declare function retryLater(error: KycApiError): unknown;
declare function alertOnCredentials(status: number | undefined): unknown;
declare function reportContractDrift(message: string): unknown;
const kyc = createKycClient({ baseUrl: "https://api.solaris-sandbox.de", auth: { getToken: async () => "token" } });

export async function getIdentification(person_id: string, id: string) {
  try {
    const { data, error, response } = await kyc.GET("/v1/persons/{person_id}/identifications/{id}", { params: { path: { person_id, id } } });
    if (error) return handleSolarisError(response.status, error.errors); // the API said no
    return data;
  } catch (e) {
    if (!(e instanceof KycApiError)) throw e;
    switch (e.code) {
      case "timeout":
      case "network":
        return retryLater(e);
      case "aborted":
        return undefined;
      case "auth":
        return alertOnCredentials(e.status);
      case "invalid_response":
        return reportContractDrift(e.message);
    }
  }
}

// An edge function (Vercel, Cloudflare Workers, Deno): web APIs only.
export async function receiveWebhook(request: Request, secret: string): Promise<Response> {
  try {
    const event = await parseWebhook(request.headers, await request.text(), secret);
    if (event.type === "IDENTIFICATION") console.log(event.payload.status); // typed by the event type
    return new Response(null, { status: 200 });
  } catch (error) {
    if (!(error instanceof KycWebhookError)) throw error;
    return new Response(error.code, { status: error.code === "invalid_payload" ? 422 : 401 });
  }
}
