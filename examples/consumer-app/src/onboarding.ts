// The onboarding service: starts a customer's identification session at Solaris and follows the
// IDENTIFICATION webhook. Everything Solaris-specific comes from solaris-kyc.
import {
  createKycClient,
  KycWebhookError,
  parseWebhook,
  waitForIdentification,
  type IdentificationMethod,
  type IdentificationStatus,
  type KycClock,
  type RequestBody,
  type WebhookEvent,
  type WebhookHeaders,
} from "solaris-kyc";

/** A method a session may offer the customer. */
export type SessionMethod = RequestBody<"createIdentificationSession">["identification_methods"][number];

export interface OnboardingConfig {
  baseUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  webhookSecret: string;
  /** The time source of the client and its waits (a test passes the sandbox's). Default: the system clock. */
  clock?: KycClock;
}

export interface IdentificationRecord {
  /** Not in every payload (the IDnow ones leave it out). */
  personId: string | null;
  status: IdentificationStatus;
}

export class OnboardingError extends Error {}

export function createOnboarding(config: OnboardingConfig) {
  const kyc = createKycClient({
    baseUrl: config.baseUrl,
    auth: { clientId: config.clientId, clientSecret: config.clientSecret, tokenUrl: config.tokenUrl },
    retry: { maxAttempts: 1 },
    ...(config.clock ? { clock: config.clock } : {}),
  });
  const identifications = new Map<string, IdentificationRecord>();
  // Solaris may deliver a webhook more than once: the Solaris-Webhook-Id says which were seen.
  const seenWebhooks = new Set<string>();

  return {
    identifications,

    /** Opens an identification session; returns where to send the customer. */
    async startIdentification(personId: string, method: SessionMethod): Promise<{ sessionId: string; redirectUrl: string }> {
      const { data, error, response } = await kyc.POST("/v1/persons/{person_id}/identification_sessions", {
        params: { path: { person_id: personId } },
        body: { identification_methods: [method], callback_url: "https://onboarding.example.com/kyc/done" },
      });
      if (error) {
        const [first] = error.errors;
        throw new OnboardingError(`Solaris refused the identification session (${response.status} ${first?.code}: ${first?.detail ?? first?.title})`);
      }
      return { sessionId: data.id, redirectUrl: data.url };
    },

    /** Creates a person identification and, where the method starts with the request call, requests it; returns where to send the customer. */
    async startPersonIdentification(personId: string, method: IdentificationMethod, iban?: string): Promise<{ id: string; redirectUrl: string | null }> {
      const path = { person_id: personId };
      const created = await kyc.POST("/v1/persons/{person_id}/identifications", { params: { path }, body: { method, ...(iban ? { iban } : {}) } });
      if (created.error) throw new OnboardingError(`Solaris refused the identification (${created.response.status} ${created.error.errors[0]?.code})`);
      const { id } = created.data;
      // Fourthline starts with the customer's upload in the app, not with the request call.
      if (method === "fourthline") return { id, redirectUrl: null };
      const requested = await kyc.PATCH("/v1/persons/{person_id}/identifications/{id}/request", { params: { path: { ...path, id } }, body: {} });
      if (requested.error) throw new OnboardingError(`Solaris refused the request (${requested.response.status} ${requested.error.errors[0]?.code})`);
      return { id, redirectUrl: requested.data.url ?? null };
    },

    /**
     * Follows the identification until it is final, doing the partner's steps (the QES
     * authorization) when it waits for them. Returns the final status, or "timed_out".
     */
    async finishIdentification(personId: string, id: string, timeoutMs = 60 * 60_000): Promise<IdentificationStatus | "timed_out"> {
      for (;;) {
        const result = await waitForIdentification(kyc, { person_id: personId, id }, { timeoutMs });
        if (result.state !== "reached") return "timed_out";
        if (result.reason === "final") return result.status;
        if (result.status !== "authorization_required") throw new OnboardingError(`no step of ours for status ${result.status}`);
        const authorized = await kyc.PATCH("/v1/persons/{person_id}/identifications/{id}/authorize", { params: { path: { person_id: personId, id } } });
        if (authorized.error)
          throw new OnboardingError(`Solaris refused the authorization (${authorized.response.status} ${authorized.error.errors[0]?.code})`);
      }
    },

    /**
     * The IDENTIFICATION webhook: 200 when recorded; 401 for a delivery that is not Solaris' (not
     * signed with our secret); 422, which Solaris does not retry, for a payload off the contract.
     */
    async handleWebhook(headers: WebhookHeaders, rawBody: string): Promise<{ status: number; text: string }> {
      let event: WebhookEvent;
      try {
        event = await parseWebhook(headers, rawBody, config.webhookSecret, { validate: true });
      } catch (error) {
        if (error instanceof KycWebhookError) return { status: error.code === "invalid_payload" ? 422 : 401, text: error.code };
        throw error;
      }
      if (event.type !== "IDENTIFICATION") return { status: 200, text: "ignored" };
      const webhookId = headerValue(headers, "solaris-webhook-id");
      if (webhookId !== undefined && seenWebhooks.has(webhookId)) return { status: 200, text: "duplicate" };
      if (webhookId !== undefined) seenWebhooks.add(webhookId);
      const { id, person_id, status } = event.payload;
      identifications.set(id, { personId: person_id ?? identifications.get(id)?.personId ?? null, status });
      return { status: 200, text: "recorded" };
    },
  };
}

function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const found = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  return Array.isArray(found) ? found[0] : found;
}

export type Onboarding = ReturnType<typeof createOnboarding>;
