// The package's commands, routed by `runCli` (the bin, src/bin.ts, and `npm run webhooks:send` in
// this repository both run it). `solaris-kyc webhooks send` sends one signed delivery of a named
// webhook example of the spec to a URL and reads the answer with Solaris' delivery semantics;
// `solaris-kyc sandbox` is src/sandbox-cli.ts.
import { parseArgs } from "node:util";
import { webhookDeliveries } from "../generated/testing.js";
import { webhookEventTypes, type WebhookEventType, type WebhookPayloads } from "../generated/webhooks.js";
import { ANSWER_TIMEOUT_MS, answerMeaning, signedDelivery, webhookExample, webhookExampleNames } from "./testing/delivery.js";
import { validateWebhook } from "./validators.js";
import { pointerSegments } from "./json-pointer.js";

export const USAGE = `Usage: solaris-kyc webhooks send --to <url> --event <type> --example <name> --secret <secret> [--set <json-pointer>=<value>]...
       solaris-kyc webhooks send --list
       solaris-kyc sandbox [options]   (a stateful Solaris sandbox over HTTP: solaris-kyc sandbox --help)

Sends one webhook delivery the way Solaris does: a POST of a named example payload of the spec,
signed with HMAC-SHA256 (Solaris-Webhook-Signature), with every Solaris-Webhook-* header.

  --to <url>                 the URL to deliver to
  --event <type>             the event type (Solaris-Webhook-Event-Type)
  --example <name>           the spec's example payload to send
  --secret <secret>          the subscription's signing secret (default: $SOLARIS_WEBHOOK_SECRET)
  --set <json-pointer>=<v>   change one payload field, e.g. --set /status=failed (v is read as JSON,
                             else as a string); repeatable
  --list                     print the event types and their example names

Exit status: 0 delivered (2xx); 1 refused (410 cancels the subscription, 422 rejects without retry,
any other answer would be retried) or unreachable; 2 usage error, unknown event or example.`;

class UsageError extends Error {}

export interface CliOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

const console_: CliOutput = { out: (line) => console.log(line), err: (line) => console.error(line) };

function listing(): string {
  return Object.entries(webhookExampleNames())
    .map(([type, names]) => `${type}: ${names.join(", ")}`)
    .join("\n");
}

/** Sets the value at a JSON pointer ("/a/0/b"), creating missing objects on the way. */
function setPointer(target: unknown, pointer: string, value: unknown): void {
  const parts = pointerSegments(pointer);
  let node = target as Record<string, unknown>;
  parts.forEach((part, i) => {
    if (i === parts.length - 1) {
      node[part] = value;
      return;
    }
    if (node[part] === null || typeof node[part] !== "object") node[part] = {};
    node = node[part] as Record<string, unknown>;
  });
}

function parseSet(assignment: string): [string, unknown] {
  const at = assignment.indexOf("=");
  const pointer = at === -1 ? "" : assignment.slice(0, at);
  if (!pointer.startsWith("/")) throw new UsageError(`--set "${assignment}": expected <json-pointer>=<value>, e.g. /status=failed`);
  const raw = assignment.slice(at + 1);
  try {
    return [pointer, JSON.parse(raw)];
  } catch {
    return [pointer, raw];
  }
}

/** How Solaris reads the answer to a delivery. */
function meaning(eventType: WebhookEventType, status: number): { delivered: boolean; text: string } {
  const described = (webhookDeliveries[webhookEventTypes[eventType]].answers as Record<string, string>)[String(status)];
  const spec = described ? ` (spec: ${described})` : "";
  switch (answerMeaning(status)) {
    case "delivered":
      return { delivered: true, text: `delivered${spec}` };
    case "gone":
      return { delivered: false, text: `refused: the subscription is cancelled, Solaris stops sending ${eventType} to this URL${spec}` };
    case "rejected":
      return { delivered: false, text: `refused: the notification is rejected, Solaris does not retry it${spec}` };
    default:
      return { delivered: false, text: `not delivered: Solaris would retry it with exponential backoff${spec}` };
  }
}

function reason(error: unknown): string {
  const { name, message, cause } = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (name === "TimeoutError") return `no answer within ${ANSWER_TIMEOUT_MS / 1000} s (Solaris would retry)`;
  return cause?.code ?? cause?.message ?? message ?? String(error);
}

async function send(argv: string[], io: CliOutput): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      to: { type: "string" },
      event: { type: "string" },
      example: { type: "string" },
      secret: { type: "string" },
      set: { type: "string", multiple: true },
      list: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (values.list) {
    io.out(listing());
    return 0;
  }
  const missing = (["to", "event", "example"] as const).filter((name) => !values[name]).map((name) => `--${name}`);
  const secret = values.secret ?? process.env.SOLARIS_WEBHOOK_SECRET ?? "";
  if (!secret) missing.push("--secret (or $SOLARIS_WEBHOOK_SECRET)");
  if (missing.length) throw new UsageError(`missing ${missing.join(", ")}`);
  let url: URL;
  try {
    url = new URL(values.to!);
  } catch {
    throw new UsageError(`--to "${values.to}" is not a URL`);
  }
  const eventType = values.event as WebhookEventType;
  let payload: unknown;
  try {
    payload = webhookExample(eventType, values.example!);
  } catch (error) {
    io.err(`solaris-kyc: ${(error as Error).message}\n\nEvents and examples:\n${listing()}`);
    return 2;
  }
  for (const [pointer, value] of (values.set ?? []).map(parseSet)) setPointer(payload, pointer, value);
  // Sent anyway: a receiver's answer to a payload off the contract is worth testing too.
  for (const { pointer, message } of validateWebhook(eventType, payload))
    io.err(`warning: the payload breaks the spec's ${eventType} schema at ${pointer || "/"}: ${message}`);
  const delivery = signedDelivery(eventType, payload as WebhookPayloads[typeof eventType], secret);
  io.out(`POST ${url.href}: ${eventType} "${values.example}" (Solaris-Webhook-Id ${delivery.headers["Solaris-Webhook-Id"]})`);
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: delivery.headers,
      body: delivery.body,
      redirect: "manual",
      signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
    });
  } catch (error) {
    io.err(`solaris-kyc: not delivered: cannot reach ${url.href}: ${reason(error)}`);
    return 1;
  }
  const answer = (await response.text().catch(() => "")).trim();
  const { delivered, text } = meaning(eventType, response.status);
  (delivered ? io.out : io.err)(
    `${response.status}${response.statusText ? ` ${response.statusText}` : ""}: ${text}${answer ? `\nanswer: ${answer.slice(0, 500)}` : ""}`,
  );
  return delivered ? 0 : 1;
}

/** Runs `solaris-kyc <argv>`; returns the exit status. Never throws. */
export async function runCli(argv: string[], io: CliOutput = console_): Promise<number> {
  const [group, command, ...rest] = argv;
  // The sandbox needs the optional peers msw and openapi-msw: loaded only when asked for.
  if (group === "sandbox") return (await import("./sandbox-cli.js")).runSandboxCli(argv.slice(1), io);
  try {
    if (group === "--help" || group === "-h" || group === undefined) {
      io.out(USAGE);
      return group === undefined ? 2 : 0;
    }
    if (group !== "webhooks" || command !== "send") throw new UsageError(`unknown command "${[group, command].filter(Boolean).join(" ")}"`);
    return await send(rest, io);
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    io.err(`solaris-kyc: ${(error as Error).message}${usage ? `\n\n${USAGE}` : ""}`);
    return usage ? 2 : 1;
  }
}
