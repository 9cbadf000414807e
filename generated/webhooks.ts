// GENERATED FILE, do not edit. The webhooks of the spec, by event type (Solaris-Webhook-Event-Type header).
// Source: dist/openapi.json (bundled from spec/). Regenerate with `npm run generate`.

import type { webhooks } from "./schema.js";

/** Event type → name of the webhook in the spec's `webhooks` section. */
export const webhookEventTypes = {
  "IDENTIFICATION": "IDENTIFICATION",
  "IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT": "IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT",
  "IDENTIFICATION_SESSION": "IDENTIFICATION_SESSION",
} as const;

/** Event type → the JSON body of its webhook request. */
export interface WebhookPayloads {
  "IDENTIFICATION": NonNullable<webhooks["IDENTIFICATION"]["post"]["requestBody"]>["content"]["application/json"];
  "IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT": NonNullable<webhooks["IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT"]["post"]["requestBody"]>["content"]["application/json"];
  "IDENTIFICATION_SESSION": NonNullable<webhooks["IDENTIFICATION_SESSION"]["post"]["requestBody"]>["content"]["application/json"];
}

export type WebhookEventType = keyof WebhookPayloads;
// `webhooks` is imported even when no webhook exists yet; keep it used so the file compiles.
export type SpecWebhookName = keyof webhooks;
