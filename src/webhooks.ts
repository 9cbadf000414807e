// Web-standard only (Web Crypto, TextEncoder): runs in Node, browsers and edge runtimes. Web
// Crypto's HMAC is async, so verification is too; the testing kit's signWebhookBody (Node-only,
// src/testing/sign.ts) signs synchronously with node:crypto.
import { webhookEventTypes, type WebhookEventType, type WebhookPayloads } from "../generated/webhooks.js";
import { KycWebhookError } from "./errors.js";

export const SIGNATURE_HEADER = "Solaris-Webhook-Signature";
export const EVENT_TYPE_HEADER = "Solaris-Webhook-Event-Type";

/** One webhook delivery, narrowed by its event type. */
export type WebhookEvent = { [K in WebhookEventType]: { type: K; payload: WebhookPayloads[K] } }[WebhookEventType];

/** Node's `req.headers`, a Fetch `Headers`, or a plain object (names are matched case-insensitively). */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

const SIGNATURE_RE = /^sha256=([0-9a-fA-F]{64})$/;

export function checkSecret(secret: string): void {
  if (typeof secret !== "string" || secret.length === 0) throw new TypeError("webhook secret is empty: pass the subscription's secret");
}

const encoder = new TextEncoder();

/** The raw body's bytes, copied into an ArrayBuffer of its own (Web Crypto refuses shared buffers). */
const bytesOf = (rawBody: string | Uint8Array): Uint8Array<ArrayBuffer> => (typeof rawBody === "string" ? encoder.encode(rawBody) : new Uint8Array(rawBody));

const hexBytes = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));

/**
 * True when `signatureHeader` is `sha256=<hex>` of HMAC-SHA256(secret, rawBody). Web Crypto's
 * `verify` compares in constant time. A missing or malformed header is false. Pass the body exactly
 * as received (before any JSON parsing).
 */
export async function verifyWebhookSignature(rawBody: string | Uint8Array, signatureHeader: string | null | undefined, secret: string): Promise<boolean> {
  checkSecret(secret);
  const match = typeof signatureHeader === "string" ? SIGNATURE_RE.exec(signatureHeader.trim()) : null;
  if (!match) return false;
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
  return crypto.subtle.verify("HMAC", key, hexBytes(match[1]!), bytesOf(rawBody));
}

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof Headers !== "undefined" && headers instanceof Headers) return headers.get(name) ?? undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

export interface ParseWebhookOptions {
  /**
   * Also check the payload against its schema in the spec (with the generated validators of
   * `solaris-kyc/validators`, loaded on first use): a payload that breaks the schema throws
   * `KycWebhookError` code "invalid_payload" naming the pointers.
   */
  validate?: boolean;
}

/**
 * Verifies a webhook delivery and resolves with its typed payload, or rejects with a
 * `KycWebhookError` saying what is wrong. The signature is checked before the body is parsed.
 */
export async function parseWebhook(
  headers: WebhookHeaders,
  rawBody: string | Uint8Array,
  secret: string,
  options: ParseWebhookOptions = {},
): Promise<WebhookEvent> {
  const event = await readDelivery(headers, rawBody, secret);
  if (!options.validate) return event;
  // Loaded here, not imported: the main entry stays small when nobody validates.
  const { validateWebhook } = await import("./validators.js");
  const problems = validateWebhook(event.type, event.payload);
  if (problems.length > 0) {
    const listed = problems
      .slice(0, 5)
      .map((p) => `${p.pointer || "(payload)"} ${p.message}`)
      .join("; ");
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : "";
    throw new KycWebhookError("invalid_payload", `webhook rejected: the ${event.type} payload does not match the spec: ${listed}${more}`, problems);
  }
  return event;
}

/** The signature, event type and JSON checks of parseWebhook. */
async function readDelivery(headers: WebhookHeaders, rawBody: string | Uint8Array, secret: string): Promise<WebhookEvent> {
  checkSecret(secret);
  const signature = header(headers, SIGNATURE_HEADER);
  if (signature === undefined || signature === "") {
    throw new KycWebhookError("missing_signature", `webhook rejected: the ${SIGNATURE_HEADER} header is missing`);
  }
  if (!SIGNATURE_RE.test(signature.trim())) {
    throw new KycWebhookError("malformed_signature", `webhook rejected: the ${SIGNATURE_HEADER} header is not "sha256=<64 hex characters>"`);
  }
  if (!(await verifyWebhookSignature(rawBody, signature, secret))) {
    throw new KycWebhookError(
      "invalid_signature",
      `webhook rejected: the ${SIGNATURE_HEADER} does not match the body (wrong secret, or the body was changed or re-encoded)`,
    );
  }
  const type = header(headers, EVENT_TYPE_HEADER);
  if (type === undefined || type === "") {
    throw new KycWebhookError("missing_event_type", `webhook rejected: the ${EVENT_TYPE_HEADER} header is missing`);
  }
  if (!Object.hasOwn(webhookEventTypes, type)) {
    const known = Object.keys(webhookEventTypes).join(", ") || "none";
    throw new KycWebhookError("unknown_event_type", `webhook rejected: unknown ${EVENT_TYPE_HEADER} "${type.slice(0, 64)}" (the spec defines: ${known})`);
  }
  const text = typeof rawBody === "string" ? rawBody : new TextDecoder().decode(rawBody);
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    throw new KycWebhookError("invalid_body", `webhook rejected: the ${type} body is not valid JSON (${text.length} characters)`);
  }
  if (payload === null || typeof payload !== "object" || Array.isArray(payload)) {
    throw new KycWebhookError("invalid_body", `webhook rejected: the ${type} body is not a JSON object`);
  }
  return { type, payload } as WebhookEvent;
}
