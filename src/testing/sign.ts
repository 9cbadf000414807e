// Signing for tests and the `solaris-kyc webhooks send` bin: synchronous, so node:crypto (Web
// Crypto's HMAC is async). The main entry verifies with Web Crypto (src/webhooks.ts).
import { createHmac } from "node:crypto";
import { checkSecret } from "../webhooks.js";

/** The `Solaris-Webhook-Signature` value of a body: `sha256=` and the hex HMAC-SHA256 of the raw body, keyed with the secret. */
export function signWebhookBody(rawBody: string | Uint8Array, secret: string): string {
  checkSecret(secret);
  return `sha256=${createHmac("sha256", secret).update(rawBody).digest("hex")}`;
}
