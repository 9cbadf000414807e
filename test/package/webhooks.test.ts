import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { examples } from "../../generated/examples.js";
import { KycWebhookError, parseWebhook, verifyWebhookSignature, webhookEventTypes } from "../../src/index.js";

const SECRET = "whsec-test-123";
const sign = (body: string | Uint8Array, secret = SECRET) => `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

// One delivery per webhook of the spec, from its own request examples.
const deliveries = Object.values(examples).flatMap((op) =>
  "webhook" in op && "request" in op
    ? Object.entries(webhookEventTypes)
        .filter(([, name]) => name === op.webhook)
        .map(([type]) => ({ type, body: JSON.stringify(Object.values(op.request as Record<string, { value: unknown }>)[0]!.value) }))
    : [],
);

async function webhookError(run: () => Promise<unknown>): Promise<KycWebhookError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(KycWebhookError);
    return error as KycWebhookError;
  }
  throw new Error("expected a KycWebhookError");
}

describe("verifyWebhookSignature", () => {
  const body = '{"id":"x"}';
  it("accepts the HMAC-SHA256 of the raw body (string or bytes; upper-case hex too)", async () => {
    expect(await verifyWebhookSignature(body, sign(body), SECRET)).toBe(true);
    expect(await verifyWebhookSignature(Buffer.from(body), sign(body), SECRET)).toBe(true);
    expect(await verifyWebhookSignature(new TextEncoder().encode(body), sign(body).toUpperCase().replace("SHA256=", "sha256="), SECRET)).toBe(true);
  });
  it("rejects a tampered body, a wrong secret, a missing or malformed header", async () => {
    expect(await verifyWebhookSignature(`${body} `, sign(body), SECRET)).toBe(false);
    expect(await verifyWebhookSignature(body, sign(body, "other-secret"), SECRET)).toBe(false);
    expect(await verifyWebhookSignature(body, undefined, SECRET)).toBe(false);
    expect(await verifyWebhookSignature(body, sign(body).replace("sha256=", "sha1="), SECRET)).toBe(false);
    expect(await verifyWebhookSignature(body, sign(body).slice(0, -2), SECRET)).toBe(false);
  });
  it("refuses an empty secret clearly", async () => {
    await expect(verifyWebhookSignature(body, sign(body), "")).rejects.toThrow(/secret is empty/);
  });
});

describe("parseWebhook", () => {
  it("covers every webhook of the spec", () => {
    expect(deliveries.map((d) => d.type).sort()).toEqual(Object.keys(webhookEventTypes).sort());
    expect(deliveries.length).toBeGreaterThan(0);
  });

  it.each(deliveries)("returns the typed $type payload (Node-style and Fetch headers)", async ({ type, body }) => {
    const nodeHeaders = { "solaris-webhook-signature": sign(body), "solaris-webhook-event-type": type };
    expect(await parseWebhook(nodeHeaders, body, SECRET)).toEqual({ type, payload: JSON.parse(body) });
    const fetchHeaders = new Headers({ "Solaris-Webhook-Signature": sign(body), "Solaris-Webhook-Event-Type": type });
    expect((await parseWebhook(fetchHeaders, Buffer.from(body), SECRET)).type).toBe(type);
  });

  const { type, body } = deliveries[0]!;
  const headers = (signature: string | undefined, eventType: string | null = type) => ({
    "Solaris-Webhook-Signature": signature,
    "Solaris-Webhook-Event-Type": eventType ?? undefined,
  });

  it.each([
    ["a tampered body", () => parseWebhook(headers(sign(body)), body.replace("}", ',"x":1}'), SECRET), "invalid_signature"],
    ["a wrong secret", () => parseWebhook(headers(sign(body, "not-the-secret")), body, SECRET), "invalid_signature"],
    ["a missing signature header", () => parseWebhook(headers(undefined), body, SECRET), "missing_signature"],
    ["a malformed signature header", () => parseWebhook(headers("sha256=xyz"), body, SECRET), "malformed_signature"],
    ["a missing event type", () => parseWebhook(headers(sign(body), null), body, SECRET), "missing_event_type"],
    ["an unknown event type", () => parseWebhook(headers(sign(body), "PERSON_DELETED"), body, SECRET), "unknown_event_type"],
    ["a signed body that is not JSON", () => parseWebhook(headers(sign("not json")), "not json", SECRET), "invalid_body"],
    ["a signed JSON array", () => parseWebhook(headers(sign("[]")), "[]", SECRET), "invalid_body"],
  ] as const)("rejects %s with a clear code", async (_, run, code) => {
    const error = await webhookError(run);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/^webhook rejected: /);
    expect(error.message).not.toContain(SECRET);
  });
});
