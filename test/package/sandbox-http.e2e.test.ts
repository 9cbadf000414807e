// The sandbox over HTTP: the same handlers behind Node's HTTP server, driven by createKycClient and
// the control API, delivering signed webhooks to a local receiver with Solaris' retry rules; and
// the `solaris-kyc sandbox` command, started and stopped as a process.
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createKycClient, parseWebhook } from "../../src/index.js";
import { serveKycSandbox, type KycSandboxServer, type SandboxDelivery } from "../../src/testing/index.js";
import { validateResponse } from "../../src/validators.js";
import { alive, commandLine, descendants, untilGone } from "../support/process-tree.js";
import { until } from "../support/waiting.js";
import { flows, runFlow } from "../support/sandbox-flows.js";

const PERSON = "dc1a6812a14f6cc338cd084208535bcdcper";
const SECRET = "whsec-http-test";

interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}
const received: Received[] = [];
const answers: number[] = [];
let receiver: Server;
let sandbox: KycSandboxServer;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(answers.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const { port } = receiver.address() as AddressInfo;
  sandbox = await serveKycSandbox({ port: 0, webhooks: { url: `http://127.0.0.1:${port}/webhooks`, secret: SECRET } });
});
afterEach(async () => {
  await control("POST", "/reset");
  received.length = 0;
  answers.length = 0;
});
afterAll(async () => {
  await sandbox.close();
  await new Promise((resolve) => receiver.close(resolve));
});

async function control(method: string, path: string, body?: unknown) {
  const response = await fetch(`${sandbox.url}/__sandbox${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "Content-Type": "application/json" } }),
  });
  return { status: response.status, body: response.status === 204 ? undefined : await response.json() };
}

const client = () =>
  createKycClient({
    baseUrl: sandbox.url,
    auth: { clientId: "id", clientSecret: "secret", tokenUrl: `${sandbox.url}/oauth2/token` },
    retry: { maxAttempts: 1 },
  });
const statuses = () => received.map((r) => `${r.headers["solaris-webhook-event-type"]}:${JSON.parse(r.body).status}`);

describe("serveKycSandbox", () => {
  it("serves an IDnow flow to createKycClient; the control API acts as the provider; webhooks arrive signed, in order", async () => {
    const kyc = client();
    const created = await kyc.POST("/v1/persons/{person_id}/identifications", { params: { path: { person_id: PERSON } }, body: { method: "idnow" } });
    expect(created.response.status).toBe(201);
    expect(validateResponse("createIdentification", 201, created.data)).toEqual([]);
    const id = created.data!.id;
    const requested = await kyc.PATCH("/v1/persons/{person_id}/identifications/{id}/request", { params: { path: { person_id: PERSON, id } }, body: {} });
    expect(requested.data!.status).toBe("pending");
    const simulated = await control("POST", "/simulate", { id, event: "idnow.successful" });
    expect(simulated).toMatchObject({ status: 200, body: { id, status: "successful" } });
    const read = await kyc.GET("/v1/persons/{person_id}/identifications/{id}", { params: { path: { person_id: PERSON, id } } });
    expect(read.data!.status).toBe("successful");
    await control("GET", "/clock");
    expect(statuses()).toEqual(["IDENTIFICATION:created", "IDENTIFICATION:pending", "IDENTIFICATION:successful"]);
    for (const delivery of received) {
      const event = await parseWebhook(delivery.headers, delivery.body, SECRET, { validate: true });
      expect(event.payload).toMatchObject({ id, person_id: PERSON });
    }
  });

  it("refuses a disallowed action with 409, and a disallowed simulation through the control API with 409 naming the allowed events", async () => {
    const kyc = client();
    const { data } = await kyc.POST("/v1/persons/{person_id}/identifications", { params: { path: { person_id: PERSON } }, body: { method: "idnow" } });
    const authorized = await kyc.PATCH("/v1/persons/{person_id}/identifications/{id}/authorize", { params: { path: { person_id: PERSON, id: data!.id } } });
    expect(authorized.response.status).toBe(409);
    const simulated = await control("POST", "/simulate", { id: data!.id, event: "idnow.successful" });
    expect(simulated.status).toBe(409);
    expect(simulated.body.error).toMatch(/in status "created", where the lifecycle allows no event/);
  });

  it("retries a 500 when the clock advances, with the same Solaris-Webhook-Id; does not retry a 422", async () => {
    answers.push(500, 200, 422);
    const kyc = client();
    const { data } = await kyc.POST("/v1/persons/{person_id}/identifications", { params: { path: { person_id: PERSON } }, body: { method: "idnow" } });
    await control("GET", "/clock");
    expect(received).toHaveLength(1);
    expect(received[0]!.headers["solaris-webhook-attempt"]).toBe("1");
    const advanced = await control("POST", "/clock/advance", { by: "1m" });
    expect(advanced.status).toBe(200);
    expect(received.map((r) => r.headers["solaris-webhook-attempt"])).toEqual(["1", "2"]);
    expect(received[1]!.headers["solaris-webhook-id"]).toBe(received[0]!.headers["solaris-webhook-id"]);
    await kyc.PATCH("/v1/persons/{person_id}/identifications/{id}/request", { params: { path: { person_id: PERSON, id: data!.id } }, body: {} });
    await control("POST", "/clock/advance", { by: "1h" });
    const { body: log } = await control("GET", "/deliveries");
    expect((log as SandboxDelivery[]).map((d) => [(d.payload as { status?: string }).status, d.state, d.attempts.map((a) => a.status)])).toEqual([
      ["created", "delivered", [500, 200]],
      ["pending", "rejected", [422]],
    ]);
    expect(received).toHaveLength(3);
  });

  it("pages the list with a Link header of its own URL", async () => {
    const kyc = client();
    for (let i = 0; i < 3; i++)
      await kyc.POST("/v1/persons/{person_id}/identifications", { params: { path: { person_id: PERSON } }, body: { method: "idnow" } });
    const page = await kyc.GET("/v1/persons/{person_id}/identifications", { params: { path: { person_id: PERSON }, query: { page: { number: 2, size: 2 } } } });
    expect(page.data).toHaveLength(1);
    expect(page.response.headers.get("link")).toContain(`<${sandbox.url}/v1/persons/${PERSON}/identifications?page[number]=1&page[size]=2>; rel="first"`);
  });

  it("answers an unknown control route and a path outside the spec with 404s that say what exists", async () => {
    const route = await control("POST", "/nothing");
    expect(route.status).toBe(404);
    expect(route.body.error).toMatch(/POST \/simulate/);
    const outside = await fetch(`${sandbox.url}/v1/unknown`);
    expect(outside.status).toBe(404);
    expect(await outside.json()).toMatchObject({ errors: [{ code: "route_not_found" }] });
  });
});

describe("every method to each final status over HTTP (flows written out in test/support/sandbox-flows.ts)", () => {
  it.each(flows.map((flow) => [`${flow.method} → ${flow.final} by ${flow.steps.join(", ")}`, flow] as const))("%s", async (_name, flow) => {
    const kyc = client();
    const path = (id: string) => ({ params: { path: { person_id: PERSON, id } } });
    const result = await runFlow(flow, {
      create: async (method) => {
        const body = method === "bank" || method === "bank_id" ? { method, iban: "DE89370400440532013000" } : { method };
        return (await kyc.POST("/v1/persons/{person_id}/identifications", { params: { path: { person_id: PERSON } }, body })).data!.id;
      },
      call: async (id, step) => {
        if (step === "request") return (await kyc.PATCH("/v1/persons/{person_id}/identifications/{id}/request", { ...path(id), body: {} })).response.status;
        if (step === "authorize") return (await kyc.PATCH("/v1/persons/{person_id}/identifications/{id}/authorize", path(id))).response.status;
        const scenario = step.slice("outcome:".length) as "SUCCESSFUL_PRE_IDENT";
        return (await kyc.PATCH("/v1/persons/{person_id}/identifications/{id}/simulate_outcome", { ...path(id), body: { scenario } })).response.status;
      },
      simulate: async (id, event) => expect((await control("POST", "/simulate", { id, event })).status).toBe(200),
      advance: async (by) => expect((await control("POST", "/clock/advance", { by })).status).toBe(200),
      status: async (id) => (await kyc.GET("/v1/persons/{person_id}/identifications/{id}", path(id))).data!.status,
    });
    expect(
      result.calls.every((status) => status === 200),
      String(result.calls),
    ).toBe(true);
    expect(result.status).toBe(flow.final);
    await control("GET", "/clock");
    expect(received.map((r) => JSON.parse(r.body).status)).toEqual(flow.webhooks);
    for (const r of received) await parseWebhook(r.headers, r.body, SECRET, { validate: true });
  });
});

describe("solaris-kyc sandbox in process", () => {
  it("listens, says where, and stops when told, exit 0", async () => {
    const { runSandboxCli } = await import("../../src/sandbox-cli.js");
    const out: string[] = [];
    let stop!: (signal: string) => void;
    const stopped = new Promise<string>((resolve) => (stop = resolve));
    const running = runSandboxCli(["--port", "0"], { out: (l) => out.push(l), err: (l) => out.push(l) }, stopped);
    await until(
      () => `the sandbox to say where it listens; it printed:\n${out.join("\n")}`,
      () => /listening on /.test(out.join("\n")),
    );
    expect(out.join("\n")).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+ \(control API: .*\/__sandbox; webhooks: logged only\)/);
    const url = /listening on (\S+)/.exec(out.join("\n"))![1]!;
    expect((await fetch(`${url}/__sandbox/clock`)).status).toBe(200);
    stop("SIGTERM");
    expect(await running).toBe(0);
    expect(out.at(-1)).toBe("solaris-kyc sandbox: stopped (SIGTERM)");
    await expect(fetch(`${url}/__sandbox/clock`)).rejects.toThrow();
  });

  // npx's shell exits on the SIGTERM it gets as soon as the caller has read "listening on": the
  // parent the sandbox watches is the one it had when it started, not whoever is its parent then.
  it("stops when the parent it started with exits, even if that happened before it began to watch", async () => {
    const { runSandboxCli } = await import("../../src/sandbox-cli.js");
    let parent = 4242;
    const ppid = vi.spyOn(process, "ppid", "get").mockImplementation(() => parent);
    const out: string[] = [];
    try {
      const code = await runSandboxCli(["--port", "0"], {
        out: (line) => {
          out.push(line);
          if (line.includes("listening on")) parent = 1; // the parent exits as the line is printed
        },
        err: (line) => out.push(line),
      });
      expect(code).toBe(0);
      expect(out.at(-1)).toBe("solaris-kyc sandbox: stopped (the parent process exited)");
    } finally {
      ppid.mockRestore();
    }
  });

  it("a port in use: exit 1 naming it and what to do", async () => {
    const { runSandboxCli } = await import("../../src/sandbox-cli.js");
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const { port } = taken.address() as AddressInfo;
    const err: string[] = [];
    try {
      expect(await runSandboxCli(["--port", String(port)], { out: () => {}, err: (l) => err.push(l) })).toBe(1);
      expect(err.join("\n")).toContain(`cannot listen on 127.0.0.1:${port}`);
      expect(err.join("\n")).toContain("try --port 0");
    } finally {
      taken.close();
    }
  });
});

describe("solaris-kyc sandbox (the built bin)", () => {
  const bin = "dist/lib/src/bin.js";
  it("starts, serves, and stops with exit status 0 on SIGTERM", async () => {
    expect(existsSync(bin), `${bin} is missing: run npm run build:lib first`).toBe(true);
    const child = spawn(process.execPath, [bin, "sandbox", "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stderr.on("data", (c: Buffer) => (output += c));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (c: Buffer) => {
        output += c;
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match) resolve(match[1]!);
      });
      child.once("exit", () => reject(new Error(`exited early: ${output}`)));
    });
    const token = await fetch(`${url}/oauth2/token`, {
      method: "POST",
      headers: { Authorization: `Basic ${Buffer.from("id:secret").toString("base64")}`, "Content-Type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials&scope=partners",
    });
    expect(token.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toMatch(/stopped \(SIGTERM\)/);
  });

  // npm exec (what npx runs) starts the bin under `sh -c` and exits on SIGTERM without passing it
  // on: the sandbox must notice its parent is gone. It runs from this repository as npx runs it.
  it("stops when npx gets SIGTERM, leaving no process behind", async () => {
    expect(existsSync(bin), `${bin} is missing: run npm run build:lib first`).toBe(true);
    const npx = spawn("npm", ["exec", "--", "solaris-kyc", "sandbox", "--port", "0"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1" },
    });
    let output = "";
    npx.stderr.on("data", (c: Buffer) => (output += c));
    let tree: number[] = [];
    try {
      const url = await new Promise<string>((resolve, reject) => {
        npx.stdout.on("data", (c: Buffer) => {
          output += c;
          const match = /listening on (http:\/\/\S+)/.exec(output);
          if (match) resolve(match[1]!);
        });
        npx.once("exit", () => reject(new Error(`npm exec exited early: ${output}`)));
      });
      tree = [npx.pid!, ...descendants(npx.pid!)];
      const running = tree.map(commandLine);
      expect(
        running.some((line) => /^node .*solaris-kyc sandbox --port 0$/.test(line)),
        running.join("\n"),
      ).toBe(true);
      npx.kill("SIGTERM");
      // The sandbox checks for its parent every 250 ms and then stops.
      await untilGone(tree, "SIGTERM to npx");
      await expect(fetch(`${url}/__sandbox/clock`)).rejects.toThrow();
    } finally {
      for (const pid of [...tree, ...descendants(npx.pid!)]) if (alive(pid)) process.kill(pid, "SIGKILL");
    }
  });
});

describe("docs/sandbox.md", () => {
  it("the HTTP snippet runs as printed", async () => {
    const { runDocSnippet } = await import("../support/doc-snippets.js");
    await expect(runDocSnippet("docs/sandbox.md", "http")).resolves.toBeUndefined();
  });
});
