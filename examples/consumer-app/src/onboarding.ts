// The onboarding service: starts a customer's identification session at Solaris and follows the
// IDENTIFICATION webhook. Everything Solaris-specific comes from solaris-kyc.
import { createKycClient, KycWebhookError, parseWebhook, type IdentificationStatus, type RequestBody, type WebhookHeaders } from "solaris-kyc";

/** A method a session may offer the customer. */
export type SessionMethod = RequestBody<"createIdentificationSession">["identification_methods"][number];

export interface OnboardingConfig {
  baseUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  webhookSecret: string;
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
  });
  const identifications = new Map<string, IdentificationRecord>();

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

    /**
     * The IDENTIFICATION webhook: 200 when recorded; 401 for a delivery that is not Solaris' (not
     * signed with our secret); 422, which Solaris does not retry, for a payload off the contract.
     */
    async handleWebhook(headers: WebhookHeaders, rawBody: string): Promise<{ status: number; text: string }> {
      let event;
      try {
        event = await parseWebhook(headers, rawBody, config.webhookSecret, { validate: true });
      } catch (error) {
        if (error instanceof KycWebhookError) return { status: error.code === "invalid_payload" ? 422 : 401, text: error.code };
        throw error;
      }
      if (event.type !== "IDENTIFICATION") return { status: 200, text: "ignored" };
      const { id, person_id, status } = event.payload;
      identifications.set(id, { personId: person_id ?? identifications.get(id)?.personId ?? null, status });
      return { status: 200, text: "recorded" };
    },
  };
}

export type Onboarding = ReturnType<typeof createOnboarding>;
