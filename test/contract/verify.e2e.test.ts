// `npm run verify` against local upstreams: one that breaks the contract on purpose (one break per
// kind, each on an operation chosen from the spec: test/support/example-upstream.ts) and the
// sandbox over HTTP (serveKycSandbox), which follows it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { doc } from "./helpers.js";
import { planBreaks, startUpstream } from "../support/example-upstream.js";
import { serveKycSandbox, type KycSandboxServer } from "../../src/testing/index.js";
import { runCommand } from "../support/run-command.js";

const runVerify = (args: string[]) => runCommand(process.execPath, ["scripts/verify.mjs", "--spec", inject("specFile"), ...args]);

describe("verify against a contract-breaking upstream", () => {
  const breaks = planBreaks(doc);
  let upstream: Awaited<ReturnType<typeof startUpstream>>;
  let result: Awaited<ReturnType<typeof runVerify>>;
  beforeAll(async () => {
    upstream = await startUpstream(doc, breaks);
    result = await runVerify(["--upstream", upstream.url, "--token", "test-token"]);
  });
  afterAll(() => upstream?.close());

  it("plans every kind of break on the spec's operations", () => {
    expect(breaks.map((b) => b.kind).sort()).toEqual(["HTML body", "extra field", "missing required field", "wrong enum value", "wrong status"]);
  });

  it("exits 1 and the requests really reached the upstream through Prism", () => {
    expect(result.stderr).toBe("");
    expect(result.code, result.stdout).toBe(1);
    expect(upstream.requests.length).toBeGreaterThanOrEqual(breaks.length);
  });

  const lines = (operationId: string) => result.stdout.split("\n").filter((l) => l.trimStart().startsWith(`${operationId} `));

  it.each(planBreaks(doc).map((b) => [b.kind, b] as const))("reports %s", (kind, b) => {
    const found = lines(b.operation.operationId).join("\n");
    const id = b.operation.operationId;
    if (kind === "missing required field")
      expect(found).toMatch(new RegExp(`${id} \\d+ body (\\(root\\)|/0): expected must have required property '${b.field}'; found \\(absent\\)`));
    if (kind === "wrong enum value")
      expect(found).toMatch(
        new RegExp(`${id} \\d+ body (/0)?/${b.field}: expected must be equal to one of the allowed values: .*; found "NOT_AN_ALLOWED_VALUE"`),
      );
    if (kind === "wrong status") expect(found).toMatch(new RegExp(`${id} 201 status \\(root\\): expected one of 2\\d\\d.*; found 201`));
    if (kind === "HTML body") expect(found).toContain('expected content-type application/json; found content-type "text/html; charset=utf-8"');
    if (kind === "extra field") {
      // Nothing in the spec's responses is closed (bodies are open by decision): an extra field
      // must NOT be reported. If a schema becomes closed, it must be.
      if (b.closed) expect(found).toContain(b.field);
      else expect(found).toBe("");
    }
    if (kind !== "extra field" || b.closed) expect(found).not.toBe("");
  });
});

describe("verify against a conforming upstream: the sandbox", () => {
  let upstream: KycSandboxServer;
  beforeAll(async () => {
    upstream = await serveKycSandbox({ port: 0 });
  });
  afterAll(() => upstream?.close());

  it("exits 0 for the safe requests", async () => {
    const { code, stdout } = await runVerify(["--upstream", upstream.url, "--token", "test-token"]);
    expect(code, stdout).toBe(0);
    expect(stdout).toContain("no violations");
    expect(stdout).toMatch(/skipped \w+: POST changes state/);
  });

  it("exits 0 with --all, skipping the operation served by the auth servers; the POSTs created resources", async () => {
    const { code, stdout } = await runVerify(["--upstream", upstream.url, "--all", "--token", "test-token"]);
    expect(code, stdout).toBe(0);
    // The example replay created an identification for the example person: the sandbox holds it.
    const listed = await fetch(`${upstream.url}/v1/persons/dc1a6812a14f6cc338cd084208535bcdcper/identifications`, {
      headers: { Authorization: "Bearer test-token" },
    });
    expect(((await listed.json()) as unknown[]).length).toBeGreaterThan(0);
  });
});

describe("verify usage errors", () => {
  it("exits 2 naming the missing option", async () => {
    const { code, stderr } = await runVerify([]);
    expect(code).toBe(2);
    expect(stderr).toContain("--upstream <url> is required");
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 2 when the upstream cannot be reached", async () => {
    const { code, stdout } = await runVerify(["--upstream", "http://127.0.0.1:9"]);
    expect(code).toBe(2);
    expect(stdout).toContain("verify: the upstream could not be reached (http://127.0.0.1:9: ECONNREFUSED)");
    expect(stdout).not.toMatch(/Prism|skipped/); // found before the plan and Prism
  });
});
