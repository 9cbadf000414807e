// `npm run webhooks:send` the way users run it: the script compiles dist/lib when it is stale, runs
// the package's bin code and exits with runCli's status. One delivery to a receiver on 127.0.0.1;
// what the command says and sends for each case is webhooks-send.test.ts's subject (in process).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { verifyWebhookSignature } from "../../src/index.js";
import { runCommand } from "../support/run-command.js";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const SECRET = "whsec-cli-e2e";
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

const send = (args: string[]) => runCommand(npm, ["run", "--silent", "webhooks:send", "--", ...args], repo);

const signatures: Promise<boolean>[] = [];
const receiver = createServer((req, res) => {
  let body = "";
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    signatures.push(verifyWebhookSignature(body, req.headers["solaris-webhook-signature"] as string | undefined, SECRET));
    res.writeHead(req.url?.endsWith("?answer=422") ? 422 : 200).end();
  });
});
let base = "";
beforeAll(async () => {
  await new Promise<void>((done) => receiver.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});
afterAll(() => new Promise<void>((done) => receiver.close(() => done())));

it("npm run webhooks:send delivers a signed example (exit 0) and exits 1 when it is refused", async () => {
  const args = (to: string) => ["--to", to, "--event", "IDENTIFICATION", "--example", "idnow_successful", "--secret", SECRET];
  const delivered = await send(args(base));
  expect(delivered.code, delivered.stderr).toBe(0);
  expect(delivered.stdout).toMatch(/^200 OK: delivered/m);
  const refused = await send(args(`${base}?answer=422`));
  expect(refused.code).toBe(1);
  expect(refused.stderr).toMatch(/^422 Unprocessable Entity: refused/m);
  expect(await Promise.all(signatures)).toEqual([true, true]);
});
