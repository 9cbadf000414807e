// An edge function: Solaris' webhook deliveries in, a call to the API out. Main entry only.
import { createKycClient, KycWebhookError, parseWebhook } from "solaris-kyc";

const SECRET = "whsec-edge-test";

/** Verifies a delivery; answers 200 with what it recorded, 401 for a wrong signature. */
export async function receiveWebhook(request) {
  const body = await request.text();
  try {
    const event = await parseWebhook(request.headers, body, SECRET);
    return new Response(`${event.type} ${event.payload.id}`, { status: 200 });
  } catch (error) {
    if (error instanceof KycWebhookError) return new Response(error.message, { status: 401 });
    throw error;
  }
}

/** Creates a session through the client; `fetch` stands in for the network inside the sandbox. */
export async function startSession(personId, fetch) {
  const kyc = createKycClient({ baseUrl: "https://api.solaris-sandbox.de", auth: { getToken: async () => "edge-token" }, fetch, timeoutMs: 5_000 });
  const { data, error, response } = await kyc.POST("/v1/persons/{person_id}/identification_sessions", {
    params: { path: { person_id: personId } },
    body: { callback_url: "https://example.com/kyc/done", identification_methods: ["idnow"] },
  });
  return { status: response.status, id: data?.id, code: error?.errors[0]?.code };
}
