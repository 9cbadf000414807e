import { BadRequestException, Inject, Injectable } from "@nestjs/common";
import { createKycClient, parseWebhook, type KycClient } from "solaris-kyc";
import { validateRequest } from "solaris-kyc/validators";

export const KYC_CONFIG = Symbol("KYC_CONFIG");

export interface KycConfig {
  baseUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  webhookSecret: string;
}

@Injectable()
export class KycService {
  private readonly kyc: KycClient;

  constructor(@Inject(KYC_CONFIG) private readonly config: KycConfig) {
    const { baseUrl, tokenUrl, clientId, clientSecret } = config;
    this.kyc = createKycClient({ baseUrl, auth: { tokenUrl, clientId, clientSecret } });
  }

  async startIdentification(personId: string): Promise<{ sessionId: string; redirectUrl: string | null }> {
    const request = { path: { person_id: personId }, body: { callback_url: "https://example.com/kyc/done", identification_methods: ["idnow" as const] } };
    const problems = validateRequest("createIdentificationSession", request);
    if (problems.length > 0) throw new BadRequestException(problems.map((problem) => `${problem.pointer} ${problem.message}`).join("; "));
    const { data, error, response } = await this.kyc.POST("/v1/persons/{person_id}/identification_sessions", { params: { path: request.path }, body: request.body });
    if (error) throw new Error(`Solaris answered ${response.status} ${error.errors[0]?.code}`);
    return { sessionId: data.id, redirectUrl: data.url ?? null };
  }

  /** The raw body and headers of a webhook delivery; throws KycWebhookError when it is not Solaris'. */
  async handleWebhook(headers: Record<string, string>, rawBody: string): Promise<string> {
    const event = await parseWebhook(headers, rawBody, this.config.webhookSecret);
    return event.type === "IDENTIFICATION" ? `${event.payload.id} ${event.payload.status}` : event.type;
  }
}
