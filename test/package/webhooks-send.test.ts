// `solaris-kyc webhooks send` (the package's bin, and `npm run webhooks:send`), run in process
// through runCli with its output captured, against a receiver on 127.0.0.1 that checks the
// signature with verifyWebhookSignature. The command's wiring is webhooks-send.e2e.test.ts.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { examples } from "../../generated/examples.js";
import { verifyWebhookSignature } from "../../src/index.js";
import { runCli } from "../../src/webhooks-cli.js";

const SECRET = "whsec-cli-test";

/** `solaris-kyc <argv>`: its exit status and its output lines. */
async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}
const send = (args: string[]) => cli(["webhooks", "send", ...args]);

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
});

afterAll(() => new Promise<void>((done) => receiver.close(() => done())));

const delivery = (extra: string[] = [], query = "") => [
  "--to",
  `${base}${query}`,
  "--event",
  "IDENTIFICATION",
  "--example",
  "idnow_successful",
  "--secret",
  SECRET,
  ...extra,
];

describe("solaris-kyc webhooks send", () => {
  it("--list prints every event with its example names", async () => {
    const { code, stdout } = await send(["--list"]);
    expect(code).toBe(0);
    expect(stdout).toContain(`IDENTIFICATION: ${Object.keys(examples.receiveIdentificationWebhook.request).join(", ")}`);
    expect(stdout).toContain(`IDENTIFICATION_SESSION: ${Object.keys(examples.receiveIdentificationSessionWebhook.request).join(", ")}`);
  });

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
  });

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
  });

  it("exits 1 with the reason, no stack, when nothing answers", async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, "127.0.0.1", done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const { code, stderr } = await send([
      "--to",
      `http://127.0.0.1:${port}/hooks`,
      "--event",
      "IDENTIFICATION",
      "--example",
      "idnow_pending",
      "--secret",
      SECRET,
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain(`cannot reach http://127.0.0.1:${port}/hooks: ECONNREFUSED`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

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
  });

  it("prints the usage for --help (exit 0) and without arguments (exit 2); names an unknown command", async () => {
    const help = await cli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: solaris-kyc webhooks send/);
    expect((await cli([])).code).toBe(2);
    const unknown = await cli(["webhooks", "receive"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^solaris-kyc: unknown command "webhooks receive"/);
  });

  it("names the sandbox in its usage and hands `sandbox` to the sandbox's own command", async () => {
    expect((await cli(["--help"])).stdout).toContain("solaris-kyc sandbox [options]");
    const sandboxHelp = await cli(["sandbox", "--help"]);
    expect(sandboxHelp.code).toBe(0);
    expect(sandboxHelp.stdout).toMatch(/^Usage: solaris-kyc sandbox \[--port 4010\]/);
  });
});
