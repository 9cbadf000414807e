// `npm run verify -- --upstream <url> --workflows ...`, run the way CONTRIBUTING.md shows it, against the
// sandbox over HTTP (test/support/sandbox-upstream.ts: serveKycSandbox behind a proxy that checks
// the client's credentials and breaks the contract on request): it passes when the upstream follows
// the contract, and each deliberate break is reported as what it is, naming operation, status,
// pointer, expected and found. No run may print or write the client secret or a token.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { doc } from "./helpers.js";
import { CLIENT_ID, CLIENT_SECRET, startSandboxUpstream, type Break } from "../support/sandbox-upstream.js";
import { operations, type Operation } from "../../scripts/lib/spec/oas.mjs";
import { SANDBOX_ONLY, readWorkflowFile, workflowFiles } from "../../scripts/lib/contract/workflows.mjs";
import { parseViolations } from "../../scripts/lib/contract/verify-check.mjs";
import { descendants, untilGone } from "../support/process-tree.js";
import { runCommand } from "../support/run-command.js";

const PERSON = "dc1a6812a14f6cc338cd084208535bcdcper";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const npmVerify = (args: string[], env: Record<string, string> = {}): Promise<Run> => runCommand("npm", ["run", "verify", "--", ...args], process.cwd(), env);

type Upstream = Awaited<ReturnType<typeof startSandboxUpstream>>;

/** Runs verify --workflows with client credentials against a fresh upstream with `breaks`. */
async function scenario(breaks: Break[], extra: string[] = [], options: { firstTokenExpired?: boolean; person?: string } = {}) {
  const upstream: Upstream = await startSandboxUpstream({ breaks, firstTokenExpired: options.firstTokenExpired ?? false });
  const logDir = mkdtempSync(join(tmpdir(), "verify-prism-log-"));
  const logFile = join(logDir, "prism.log");
  const args = [
    "--upstream",
    upstream.url,
    "--workflows",
    "--input",
    `person_id=${options.person ?? PERSON}`,
    "--client-id",
    CLIENT_ID,
    "--token-url",
    upstream.tokenUrl,
    "--prism-log",
    logFile,
    ...extra,
  ];
  // The secret comes from the environment, as a CI job passes it.
  const run = await npmVerify(args, { SOLARIS_CLIENT_SECRET: CLIENT_SECRET });
  const log = existsSync(logFile) ? readFileSync(logFile, "utf8") : "";
  rmSync(logDir, { recursive: true, force: true });
  return { upstream, run, log };
}

/** The report lines of one operation: "<operationId> <status> <where> <pointer>: expected …; found …". */
const linesOf = (stdout: string, operationId: string) =>
  stdout
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.startsWith(`${operationId} `));

function expectNoSecrets(texts: string[], upstream: Upstream) {
  expect(upstream.tokens.size).toBeGreaterThan(0);
  for (const text of texts) {
    expect(text).not.toContain(CLIENT_SECRET);
    for (const token of upstream.tokens) expect(text).not.toContain(token);
  }
}

describe("verify --workflows against a conforming stateful upstream", () => {
  let s: Awaited<ReturnType<typeof scenario>>;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "verify-reports-"));
    // verify fetches its first token before it starts Prism and Respect; the upstream issues that
    // one with expires_in 0 and refuses it, so verify must fetch another before its first call.
    s = await scenario([], ["--report", `json=${join(dir, "report.json")}`, "--report", `junit=${join(dir, "report.xml")}`], { firstTokenExpired: true });
  });
  afterAll(async () => {
    await s?.upstream.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("exits 0 and every operation of the workflows was answered by the upstream", () => {
    expect(s.run.code, s.run.stdout + s.run.stderr).toBe(0);
    expect(s.run.stdout).toContain("no violations");
    for (const op of [
      "createIdentificationSession",
      "createSessionIdentification",
      "getSessionIdentification",
      "simulateBankIdUntilIdentificationDataRequired",
      "checkIdentificationEligibility",
      "createIdentification",
      "requestIdentification",
      "getIdentification",
      "listIdentifications",
    ]) {
      expect(s.run.stdout).toMatch(new RegExp(`^✓ ${op} `, "m"));
    }
  });

  it("passes the IDs from step to step: the created identification is requested and read back by its ID", () => {
    const created = s.upstream.created.filter((c) => c.path === `/v1/persons/${PERSON}/identifications`);
    expect(created).toHaveLength(1);
    const id = created[0]!.id;
    expect(id).toMatch(/^[0-9a-f]{32}cidt$/);
    expect(s.upstream.requests).toContain(`PATCH /v1/persons/${PERSON}/identifications/${id}/request`);
    expect(s.upstream.requests).toContain(`GET /v1/persons/${PERSON}/identifications/${id}`);
    expect(s.upstream.sandbox.find(id)).toMatchObject({ status: "pending" });
  });

  it("fetches a new client-credentials token when the old one expires, before using it, and not for every call", () => {
    const apiCalls = s.upstream.requests.filter((r: string) => !r.startsWith("POST /oauth2/token")).length;
    expect(apiCalls).toBe(13);
    expect(s.upstream.tokens.size).toBe(2);
    expect(s.upstream.refused).toEqual([]);
  });

  it("writes the JSON and JUnit reports", () => {
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
    expect(report).toMatchObject({ result: "conforming", exitCode: 0, mode: "workflows" });
    expect(report.operations.map((o: { operationId: string }) => o.operationId)).toContain("listIdentifications");
    const junit = readFileSync(join(dir, "report.xml"), "utf8");
    expect(junit).toMatch(/<testsuites [^>]*failures="0" errors="0"/);
    expect(junit).toContain('name="getIdentification GET /v1/persons/{person_id}/identifications/{id}"');
  });

  it("prints and writes neither the client secret nor a token", () => {
    // Prism's log is the one that sees every request's headers: it holds this run's requests.
    const created = s.upstream.created.map((c) => c.id).filter((id) => id.endsWith("cidt"));
    expect(created.length).toBeGreaterThan(0);
    for (const id of created) expect(s.log).toContain(id);
    expectNoSecrets(
      [s.run.stdout, s.run.stderr, s.log, readFileSync(join(dir, "report.json"), "utf8"), readFileSync(join(dir, "report.xml"), "utf8")],
      s.upstream,
    );
  });
});

describe.concurrent("verify --workflows reports each break as what it is", () => {
  it("a required field missing from a create answer and a wrong status on a get, with a --token from the environment", async () => {
    const upstream = await startSandboxUpstream({ breaks: ["missingRequiredInCreate", "wrongStatusOnGet"] });
    try {
      const basic = `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64")}`;
      const answer = await fetch(upstream.tokenUrl, {
        method: "POST",
        headers: { Authorization: basic, "Content-Type": "application/x-www-form-urlencoded" },
        body: "grant_type=client_credentials&scope=partners",
      });
      const { access_token: token } = (await answer.json()) as { access_token: string };
      const run = await npmVerify(["--upstream", upstream.url, "--workflows", "--input", `person_id=${PERSON}`], { SOLARIS_TOKEN: token });
      expect(run.code, run.stdout).toBe(1);
      // The missing field once per answer that lacks it (the three session flows each create one);
      // the flows go on, as no success criterion reads the field.
      expect(linesOf(run.stdout, "createIdentificationSession")).toEqual(
        ["sessionIdentificationRoundTrip.createSession", "eligibilityThenBankSession.createBankSession", "bankIdSandboxSimulation.createSession"].map(
          (step) => `createIdentificationSession 201 body (root): expected must have required property 'callback_url'; found (absent)  [${step}]`,
        ),
      );
      expect(run.stdout).toMatch(/^✓ getSessionIdentification /m);
      // The wrong status is the finding, not the error envelope Prism then checks the body against.
      expect(linesOf(run.stdout, "getIdentification")).toEqual([
        "getIdentification 201 status (root): expected one of 200; found 201 (its body is not checked: the spec has no schema for it)  [personIdentificationRoundTrip.readIdentification]",
        "getIdentification 201 criterion (root): expected $statusCode == 200; found 201  [personIdentificationRoundTrip.readIdentification]",
      ]);
      expect(run.stdout).toContain("1 step(s) not run: a workflow stops at its first failed step");
      expect(run.stdout).toMatch(/^5 violation\(s\) by the server$/m);
      expect(run.stdout + run.stderr).not.toContain(token);
    } finally {
      await upstream.close();
    }
  });

  it("IDs without the type suffix (like kontist/mock-solaris): the pattern once per parameter, the other fields still checked", async () => {
    const person = "0123456789abcdef0123456789abcdef";
    const { upstream, run } = await scenario(["idsWithoutSuffix", "statusOutsideEnum"], ["--no-sandbox-steps"], { person });
    try {
      expect(run.code, run.stdout).toBe(1);
      const out = run.stdout;
      const idLines = out.split("\n").filter((l) => /^\s+(identification_session_id|id): expected to match pattern/.test(l));
      expect(idLines).toHaveLength(2);
      expect(idLines.join("\n")).toMatch(
        /identification_session_id: expected to match pattern "\^\[0-9a-f\]\{32\}ises\$"; found "[0-9a-f]{32}" \(first in createIdentificationSession 201 body \/id;/,
      );
      expect(idLines.join("\n")).toMatch(
        /id: expected to match pattern "\^\[0-9a-f\]\{32\}cidt\$"; found "[0-9a-f]{32}" \(first in createSessionIdentification 201 body \/id;/,
      );
      // No ID shows up as a server violation or a broken request of its own.
      expect(out).not.toMatch(/(body|request path) \/(\d+\/)?(id|identification_session_id): /);
      expect(out).not.toContain("requests that break the spec");
      // The other fields of those answers were validated: the enum break is found.
      const enumLines = linesOf(out, "getIdentification");
      expect(enumLines).toHaveLength(1);
      expect(enumLines[0]).toMatch(
        /^getIdentification 200 body \/status: expected must be equal to one of the allowed values: .*created.*; found "approved_by_robot"/,
      );
      expect(out).toMatch(/^1 violation\(s\) by the server, 2 ID pattern\(s\) broken$/m);
      // The caller's own input is reported apart, once.
      expect(out.match(/your --input person_id breaks the pattern of person_id/g)).toHaveLength(1);
      // --no-sandbox-steps: the simulate call never reached the server.
      expect(out).toContain("skipped bankIdSandboxSimulation.simulate: x-sandbox-only (--no-sandbox-steps)");
      expect(upstream.requests.some((r: string) => r.includes("simulate"))).toBe(false);
    } finally {
      await upstream.close();
    }
  });

  it("a status change the lifecycle does not allow: an IDnow identification read back `confirmed` after `pending`", async () => {
    const { upstream, run } = await scenario(["statusJump"], ["--no-sandbox-steps"]);
    try {
      expect(run.code, run.stdout).toBe(1);
      expect(linesOf(run.stdout, "getIdentification")).toEqual([
        'getIdentification 200 lifecycle /status: expected a status the idnow lifecycle reaches from "pending": pending, pending_successful, pending_failed, aborted, canceled, successful, failed, expired; found "confirmed" after "pending" in requestIdentification 200 [personIdentificationRoundTrip.requestIdentification]  [personIdentificationRoundTrip.readIdentification]',
      ]);
      expect(run.stdout).toMatch(/^1 violation\(s\) by the server$/m);
    } finally {
      await upstream.close();
    }
  });

  it("a token endpoint that answers 401: an auth failure, exit 2, before any API call", async () => {
    const { upstream, run, log } = await scenario(["token401"]);
    try {
      expect(run.code, run.stdout).toBe(2);
      expect(run.stdout).toContain("verify: auth failure: the token endpoint");
      expect(run.stdout).toContain("refused the client credentials with 401 (invalid_client)");
      expect(upstream.requests.filter((r: string) => !r.startsWith("POST /oauth2/token"))).toEqual([]);
      expect([run.stdout, run.stderr, log].join("\n")).not.toContain(CLIENT_SECRET);
    } finally {
      await upstream.close();
    }
  });
});

describe("verify --workflows with a token the server refuses", () => {
  it("every answer 401: an auth failure, exit 2, the token not shown", async () => {
    const upstream = await startSandboxUpstream();
    try {
      const run = await npmVerify(["--upstream", upstream.url, "--workflows", "--input", `person_id=${PERSON}`], { SOLARIS_TOKEN: "an-expired-token-1234" });
      expect(run.code, run.stdout).toBe(2);
      expect(run.stdout).toContain("verify: auth failure: the server answered every request with 401: check the token or the client credentials");
      expect(run.stdout + run.stderr).not.toContain("an-expired-token-1234");
    } finally {
      await upstream.close();
    }
  });
});

describe.concurrent("verify usage", () => {
  it("--help prints the usage, exit 0", async () => {
    const run = await npmVerify(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("usage: npm run verify -- --upstream <url> [--workflows]");
  });

  it("--workflows without the person's ID is a usage error naming the input", async () => {
    const run = await npmVerify(["--upstream", "http://127.0.0.1:9", "--workflows"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the workflows need --input person_id=<value>");
  });

  it("half the client credentials is a usage error", async () => {
    const run = await npmVerify(["--upstream", "http://127.0.0.1:9", "--client-id", "x"], { SOLARIS_CLIENT_SECRET: "", SOLARIS_TOKEN_URL: "" });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("client credentials need --client-id, --client-secret and --token-url");
  });
});

describe("the workflows' sandbox-only steps", () => {
  it("every step calling an operation that only the sandbox serves is marked x-sandbox-only, and no other", () => {
    const sandboxOnly = new Set(
      operations(doc)
        .filter((o: Operation) => o.servers.length > 0 && o.servers.every((sv: { url: string }) => /sandbox/.test(sv.url)))
        .map((o: Operation) => o.operationId),
    );
    expect(sandboxOnly.size).toBeGreaterThan(0);
    const steps = workflowFiles().flatMap((file: string) => readWorkflowFile(file).workflows.flatMap((w: { steps: Record<string, unknown>[] }) => w.steps));
    for (const step of steps) {
      const operationId = String(step.operationId).split(".").pop()!;
      expect([step.stepId, step[SANDBOX_ONLY] === true]).toEqual([step.stepId, sandboxOnly.has(operationId)]);
    }
  });
});

describe("stopping verify", () => {
  it.skipIf(process.platform !== "linux")("SIGTERM to npm while the workflows run stops verify, Prism and Respect", async () => {
    let reached!: () => void;
    const firstRequest = new Promise<void>((resolve) => (reached = resolve));
    const hanging = http.createServer(() => reached()); // never answers
    await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`;
    const npm = spawn(
      "npm",
      ["run", "verify", "--", "--upstream", url, "--workflows", "--input", `person_id=${PERSON}`, "--token", "t0ken-for-the-stop-test"],
      { stdio: "ignore" },
    );
    try {
      await firstRequest;
      const tree = descendants(npm.pid!);
      expect(tree.length).toBeGreaterThanOrEqual(3); // the shell or node of verify, Prism, Respect
      npm.kill("SIGTERM");
      await untilGone(tree, "SIGTERM to npm (verify, Prism and Respect)");
    } finally {
      npm.kill("SIGKILL");
      hanging.closeAllConnections();
      hanging.close();
    }
  });
});

describe("Prism's sl-violations header", () => {
  it("keeps the complete violations of a header Prism cut at 8 kB and says it was cut", () => {
    const all = Array.from({ length: 200 }, (_, i) => ({
      location: ["response", "body", String(i), "id"],
      severity: "Error",
      code: "pattern",
      message: 'must match pattern "^[0-9a-f]{32}cidt$"',
    }));
    const header = `Too many violations! ${JSON.stringify(all).slice(0, 8 * 1024 - 100)}`;
    const { violations, truncated } = parseViolations(header);
    expect(truncated).toBe(true);
    expect(violations.length).toBeGreaterThan(50);
    expect(violations).toEqual(all.slice(0, violations.length));
    expect(parseViolations(JSON.stringify(all.slice(0, 2)))).toEqual({ violations: all.slice(0, 2), truncated: false });
  });
});
