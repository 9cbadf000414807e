// `npm run webhooks:send` (the package's `solaris-kyc webhooks send` bin), run the way users run it,
// against a receiver on 127.0.0.1 that checks the signature with verifyWebhookSignature.
import { execFile } from "node:child_process";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { examples } from "../../generated/examples.js";
import { verifyWebhookSignature } from "../../src/index.js";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const SECRET = "whsec-cli-test";
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function send(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(npm, ["run", "--silent", "webhooks:send", "--", ...args], { cwd: repo, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

let receiver: Server;
let base: string;
const received: Received[] = [];

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", async () => {
      received.push({ headers: req.headers, body });
      const signed = await verifyWebhookSignature(body, req.headers["solaris-webhook-signature"] as string | undefined, SECRET);
      const wanted = Number(new URL(req.url ?? "/", "http://x").searchParams.get("answer") ?? 200);
      res.writeHead(signed ? wanted : 401, { "Content-Type": "text/plain" });
      res.end(signed ? "thanks" : "bad signature");
    });
  });
  await new Promise<void>((done) => receiver.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  // The first run may compile dist/lib.
  await send(["--list"]);
}, 120_000);

afterAll(() => new Promise<void>((done) => receiver.close(() => done())));

const delivery = (extra: string[] = [], query = "") => ["--to", `${base}${query}`, "--event", "IDENTIFICATION", "--example", "idnow_successful", "--secret", SECRET, ...extra];

describe("npm run webhooks:send", () => {
  it("--list prints every event with its example names", async () => {
    const { code, stdout } = await send(["--list"]);
    expect(code).toBe(0);
    expect(stdout).toContain(`IDENTIFICATION: ${Object.keys(examples.receiveIdentificationWebhook.request).join(", ")}`);
    expect(stdout).toContain(`IDENTIFICATION_SESSION: ${Object.keys(examples.receiveIdentificationSessionWebhook.request).join(", ")}`);
  }, 30_000);

  it("delivers a signed example, with --set applied, and exits 0", async () => {
    received.length = 0;
    const { code, stdout } = await send(delivery(["--set", "/status=failed", "--set", "/reference=TST-CLI"]));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^200 OK: delivered/m);
    expect(received).toHaveLength(1);
    const [{ headers, body }] = received as [Received];
    expect(JSON.parse(body)).toEqual({ ...examples.receiveIdentificationWebhook.request.idnow_successful.value, status: "failed", reference: "TST-CLI" });
    expect(headers["solaris-webhook-event-type"]).toBe("IDENTIFICATION");
    expect(headers["solaris-webhook-attempt"]).toBe("1");
    expect(headers["solaris-webhook-id"]).toMatch(/^[0-9a-f]{32}$/);
  }, 30_000);

  it("reports 410 as a cancelled subscription, 422 as rejected, anything else as retried: exit 1", async () => {
    const gone = await send(delivery(["--set", "/status=bogus"], "?answer=410"));
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/^warning: the payload breaks the spec's IDENTIFICATION schema at \/status: must be one of: /m);
    expect(gone.stderr).toMatch(/^410 Gone: refused: the subscription is cancelled/m);
    const rejected = await send(delivery([], "?answer=422"));
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toMatch(/^422 Unprocessable Entity: refused: the notification is rejected, Solaris does not retry it/m);
    const wrongSecret = await send(["--to", base, "--event", "IDENTIFICATION", "--example", "idnow_pending", "--secret", "not-the-secret"]);
    expect(wrongSecret.code).toBe(1);
    expect(wrongSecret.stderr).toMatch(/^401 Unauthorized: not delivered: Solaris would retry it/m);
  }, 60_000);

  it("exits 1 with the reason, no stack, when nothing answers", async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, "127.0.0.1", done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const { code, stderr } = await send(["--to", `http://127.0.0.1:${port}/hooks`, "--event", "IDENTIFICATION", "--example", "idnow_pending", "--secret", SECRET]);
    expect(code).toBe(1);
    expect(stderr).toContain(`cannot reach http://127.0.0.1:${port}/hooks: ECONNREFUSED`);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it("exits 2 listing the valid names for an unknown event or example, and on a usage error", async () => {
    const example = await send(["--to", base, "--event", "IDENTIFICATION", "--example", "nope", "--secret", SECRET]);
    expect(example.code).toBe(2);
    const names = Object.keys(examples.receiveIdentificationWebhook.request).join(", ");
    expect(example.stderr).toContain(`solaris-kyc: unknown example "nope" of webhook IDENTIFICATION; its examples are: ${names}`);
    const event = await send(["--to", base, "--event", "NOPE", "--example", "nope", "--secret", SECRET]);
    expect(event.code).toBe(2);
    expect(event.stderr).toMatch(/unknown webhook event type "NOPE"; the spec defines: .*IDENTIFICATION/);
    const usage = await send(["--to", base, "--event", "IDENTIFICATION", "--example", "idnow_pending"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("missing --secret");
    const unknownOption = await send(["--bogus"]);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toMatch(/Unknown option '--bogus'[\s\S]*Usage: solaris-kyc webhooks send/);
  }, 60_000);
});
