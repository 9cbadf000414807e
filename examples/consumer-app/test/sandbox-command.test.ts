// `npx solaris-kyc sandbox` as another process: the service drives a flow against it over HTTP,
// the control API plays the customer and the clock, and the sandbox delivers signed webhooks to a
// local URL with Solaris' rules: a 500 is retried (same Solaris-Webhook-Id, next attempt) once the
// clock has moved, a 422 is not.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { parseWebhook } from "solaris-kyc";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createOnboarding } from "../src/onboarding.js";

const PERSON = "dc1a6812a14f6cc338cd084208535bcdcper";
const SECRET = "whsec-sandbox-command";
const received: { headers: IncomingHttpHeaders; body: string }[] = [];
const answers = [500, 200, 422]; // what the receiver answers, in order; then 200
let receiver: Server;
let sandbox: ChildProcess;
let url: string;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(answers.shift() ?? 200).end();
    });
  });
  await new Promise<void>((done) => receiver.listen(0, "127.0.0.1", done));
  const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/solaris`;
  // The command as the docs show it, from this project's own install of the package.
  sandbox = spawn("npx", ["--no", "solaris-kyc", "sandbox", "--port", "0", "--webhook-url", hook, "--webhook-secret", SECRET], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    stdio: ["ignore", "pipe", "inherit"],
  });
  url = await new Promise<string>((resolve, reject) => {
    let out = "";
    sandbox.stdout!.on("data", (chunk: Buffer) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    sandbox.once("exit", (code) => reject(new Error(`solaris-kyc sandbox exited (${code}): ${out}`)));
  });
}, 60_000);

afterAll(async () => {
  if (sandbox.exitCode === null && sandbox.signalCode === null) sandbox.kill("SIGTERM");
  await new Promise((done) => receiver.close(done));
});

const control = async (path: string, body?: unknown) => {
  const response = await fetch(`${url}/__sandbox${path}`, {
    method: body ? "POST" : "GET",
    headers: { "Content-Type": "application/json" },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return response.json() as Promise<Record<string, unknown> & { state?: string }>;
};

it("serves the service's flow and delivers signed webhooks with Solaris' retry rules", async () => {
  const service = createOnboarding({ baseUrl: url, tokenUrl: `${url}/oauth2/token`, clientId: "onboarding", clientSecret: "secret", webhookSecret: SECRET });
  const { id, redirectUrl } = await service.startPersonIdentification(PERSON, "idnow");
  expect(redirectUrl).toMatch(/^https:\/\/go\.test\.idnow\.de\//);
  await control("/simulate", { id, event: "idnow.successful" });
  await expect(service.finishIdentification(PERSON, id)).resolves.toBe("successful");

  // created: 500, then nothing until the sandbox clock moves; pending: 422, never again.
  await control("/clock/advance", { by: "1m" });
  await control("/clock/advance", { by: "1h" });
  const log = (await fetch(`${url}/__sandbox/deliveries`).then((r) => r.json())) as {
    payload: { status: string };
    state: string;
    attempts: { status: number }[];
  }[];
  expect(log.map((d) => [d.payload.status, d.state, d.attempts.map((a) => a.status)])).toEqual([
    ["created", "delivered", [500, 200]],
    ["pending", "rejected", [422]],
    ["successful", "delivered", [200]],
  ]);
  expect(received.map((r) => r.headers["solaris-webhook-attempt"])).toEqual(["1", "2", "1", "1"]);
  expect(received[1]!.headers["solaris-webhook-id"]).toBe(received[0]!.headers["solaris-webhook-id"]);
  for (const delivery of received) expect((await parseWebhook(delivery.headers, delivery.body, SECRET, { validate: true })).type).toBe("IDENTIFICATION");
}, 60_000);

it("stops when npx gets SIGTERM (npx passes no signal on; the sandbox watches its parent)", async () => {
  const exited = new Promise((done) => sandbox.once("exit", done));
  sandbox.kill("SIGTERM");
  await exited;
  const serving = () =>
    fetch(`${url}/__sandbox/deliveries`).then(
      () => "serving",
      () => "stopped",
    );
  await expect.poll(serving, { timeout: 20_000, interval: 100 }).toBe("stopped");
}, 30_000);
