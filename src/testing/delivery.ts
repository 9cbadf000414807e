// Signed webhook deliveries built from the spec's named webhook examples. Needs neither msw nor
// openapi-msw: the `solaris-kyc webhooks send` bin uses it too.
import { examples, type Examples } from "../../generated/examples.js";
import { webhookDeliveries } from "../../generated/testing.js";
import { webhookEventTypes, type WebhookEventType, type WebhookPayloads } from "../../generated/webhooks.js";
import { EVENT_TYPE_HEADER, SIGNATURE_HEADER } from "../webhooks.js";
import { signWebhookBody } from "./sign.js";

type WebhookOperationId<E extends WebhookEventType> = (typeof webhookDeliveries)[(typeof webhookEventTypes)[E]]["operationId"];

/** Solaris waits this long for an answer before it counts the attempt as failed. */
export const ANSWER_TIMEOUT_MS = 30_000;

/**
 * How Solaris reads the answer to a delivery: 2xx delivered, 410 cancels the subscription, 422
 * rejects it without a retry; anything else, or no answer, is retried.
 */
export function answerMeaning(status: number | undefined): "delivered" | "gone" | "rejected" | "retry" {
  if (status === undefined) return "retry";
  if (status >= 200 && status < 300) return "delivered";
  return status === 410 ? "gone" : status === 422 ? "rejected" : "retry";
}

/** The names of the spec's examples of one webhook event. */
export type WebhookExampleName<E extends WebhookEventType> = keyof Examples[WebhookOperationId<E>]["request"] & string;

/** Every field optional, at every depth; an array is replaced whole. */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export interface WebhookDeliveryOptions<E extends WebhookEventType> {
  /** The subscription's secret the body is signed with. */
  secret: string;
  /** Merged into the example payload (objects field by field, anything else replaced). */
  overrides?: DeepPartial<WebhookPayloads[E]>;
}

export interface WebhookDelivery<E extends WebhookEventType> {
  /** Every header the spec declares for the webhook, plus `Content-Type`; signed over `body`. */
  headers: Record<string, string>;
  /** The raw JSON body, exactly as signed. */
  body: string;
  payload: WebhookPayloads[E];
}

const ENTITY_ID_HEADER = "Solaris-Entity-Id";
const WEBHOOK_ID_HEADER = "Solaris-Webhook-Id";

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

function merge(base: unknown, overrides: unknown): unknown {
  if (!isObject(base) || !isObject(overrides)) return overrides === undefined ? base : overrides;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) merged[key] = merge(base[key], value);
  return merged;
}

/** Event type → the names of its examples, as the spec lists them. */
export function webhookExampleNames(): Record<WebhookEventType, string[]> {
  return Object.fromEntries(Object.keys(webhookEventTypes).map((type) => [type, Object.keys(requestExamples(type as WebhookEventType))])) as Record<
    WebhookEventType,
    string[]
  >;
}

function requestExamples(eventType: WebhookEventType): Record<string, { value: unknown }> {
  const { operationId } = webhookDeliveries[webhookEventTypes[eventType]];
  return (examples[operationId] as { request?: Record<string, { value: unknown }> }).request ?? {};
}

/** Throws an Error listing the valid names when the event type or the example is not in the spec. */
export function webhookExample(eventType: string, exampleName: string): unknown {
  if (!Object.hasOwn(webhookEventTypes, eventType)) {
    throw new Error(`unknown webhook event type "${eventType}"; the spec defines: ${Object.keys(webhookEventTypes).join(", ")}`);
  }
  const named = requestExamples(eventType as WebhookEventType);
  if (!Object.hasOwn(named, exampleName)) {
    throw new Error(`unknown example "${exampleName}" of webhook ${eventType}; its examples are: ${Object.keys(named).join(", ")}`);
  }
  return structuredClone(named[exampleName]!.value);
}

/**
 * A signed delivery of a named example of the spec's webhook: the headers Solaris sends (the spec's
 * header examples; the event type, the payload's `id` as `Solaris-Entity-Id`, a fresh
 * `Solaris-Webhook-Id` and the signature filled in), the raw body and the parsed payload.
 * `parseWebhook(delivery.headers, delivery.body, secret)` accepts it.
 */
export function webhookDelivery<E extends WebhookEventType>(
  eventType: E,
  exampleName: WebhookExampleName<E>,
  options: WebhookDeliveryOptions<E>,
): WebhookDelivery<E> {
  if (typeof options?.secret !== "string" || options.secret.length === 0)
    throw new TypeError("webhookDelivery: the secret is empty: pass the subscription's secret");
  const payload = merge(webhookExample(eventType, exampleName), options.overrides) as WebhookPayloads[E];
  return signedDelivery(eventType, payload, options.secret);
}

/** Headers and body of one delivery of `payload`, signed with `secret`. */
export function signedDelivery<E extends WebhookEventType>(eventType: E, payload: WebhookPayloads[E], secret: string): WebhookDelivery<E> {
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    ...webhookDeliveries[webhookEventTypes[eventType]].headers,
    [EVENT_TYPE_HEADER]: eventType,
    [WEBHOOK_ID_HEADER]: crypto.randomUUID().replaceAll("-", ""),
    [SIGNATURE_HEADER]: signWebhookBody(body, secret),
  };
  const id = isObject(payload) ? payload.id : undefined;
  if (typeof id === "string" && ENTITY_ID_HEADER in headers) headers[ENTITY_ID_HEADER] = id;
  return { headers, body, payload };
}
