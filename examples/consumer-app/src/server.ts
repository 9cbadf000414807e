// The service's HTTP endpoint for Solaris webhooks (node:http, no framework).
import { createServer, type Server } from "node:http";
import type { Onboarding } from "./onboarding.js";

export function webhookServer(onboarding: Onboarding): Server {
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const { status, text } = await onboarding.handleWebhook(req.headers, Buffer.concat(chunks).toString("utf8"));
      res.writeHead(status, { "Content-Type": "text/plain" }).end(text);
    });
  });
}
