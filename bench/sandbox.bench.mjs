// The sandbox as a consumer's test suite feels it, in one run:
//   1. in process (MSW): one flow (create an identification, request it, simulate the provider's
//      success, read it back) through createKycClient, every request checked, state kept, webhooks
//      logged: microseconds per flow;
//   2. over HTTP: flows per second, one after the other on one connection, against the sandbox
//      (create, request, the control API's simulate, get) and against Prism's mock serving the same
//      operations (create, request, get: Prism has no state to simulate on); per call too, beside a
//      bare node:http server answering a constant (the floor of one call on this machine). The
//      sandbox runs as a consumer runs it, `solaris-kyc sandbox` in its own process as Prism is,
//      and also as serveKycSandbox in the bench's own process (server and client share one thread).
// Needs dist/ (npm run build). Run alone with `node bench/sandbox.bench.mjs`, or through bench/run.mjs.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { setupServer } from "msw/node";
import { bundleOrThrow, snapshotBundle } from "../scripts/lib/spec/bundle.mjs";
import { startPrism } from "../scripts/lib/core/prism.mjs";

const repo = resolve(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..");
const load = (/** @type {string} */ file) => import(pathToFileURL(resolve(repo, file)).href);
const PERSON = "dc1a6812a14f6cc338cd084208535bcdcper";
const WARMUP = 150;
const AUTH = { Authorization: "Bearer bench-token", "Content-Type": "application/json" };

/**
 * CPU time (user + system) the process `pid` has used, in ms, from /proc (Linux; undefined elsewhere).
 * On a shared machine the server's CPU per flow moves far less with the load than flows per second.
 * @param {number | undefined} pid
 */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime and stime, in USER_HZ (100) ticks
  } catch {
    return undefined;
  }
}

/**
 * @param {(i: number) => Promise<void>} flow @param {number} warmup @param {number} rounds
 * @returns {Promise<number>} ms per flow
 */
async function timePerFlow(flow, warmup, rounds) {
  return (await measureFlows(flow, warmup, rounds)).ms;
}

/** The wall-clock ms per flow, and the server process's CPU ms per flow when its pid is given. */
async function measureFlows(
  /** @type {(i: number) => Promise<void>} */ flow,
  /** @type {number} */ warmup,
  /** @type {number} */ rounds,
  /** @type {number} */ serverPid = -1,
) {
  for (let i = 0; i < warmup; i++) await flow(i);
  const cpuBefore = cpuMs(serverPid);
  const start = performance.now();
  for (let i = 0; i < rounds; i++) await flow(i);
  const ms = (performance.now() - start) / rounds;
  const cpuAfter = cpuMs(serverPid);
  return { ms, cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / rounds };
}

/** @param {Response} response @param {number} status @param {string} what */
async function expectStatus(response, status, what) {
  const body = await response.json();
  if (response.status !== status) throw new Error(`${what} answered ${response.status}, not ${status}: ${JSON.stringify(body).slice(0, 200)}`);
  return body;
}

async function inProcess() {
  const { createKycSandbox } = await load("dist/lib/src/testing/index.js");
  const { createKycClient } = await load("dist/lib/src/index.js");
  const sandbox = createKycSandbox();
  const server = setupServer(...sandbox.handlers);
  server.listen({ onUnhandledRequest: "error" });
  try {
    const kyc = createKycClient({
      baseUrl: "https://api.solaris-sandbox.de",
      auth: { getToken: async () => "bench-token" },
      clock: sandbox.clock,
      retry: { maxAttempts: 1 },
    });
    const path = { person_id: PERSON };
    const ms = await timePerFlow(
      async (i) => {
        if (i % 100 === 0) sandbox.reset(); // a test suite resets between tests
        const { data } = await kyc.POST("/v1/persons/{person_id}/identifications", { params: { path }, body: { method: "idnow" } });
        await kyc.PATCH("/v1/persons/{person_id}/identifications/{id}/request", { params: { path: { ...path, id: data.id } }, body: {} });
        await sandbox.simulate(data.id, "idnow.successful");
        const read = await kyc.GET("/v1/persons/{person_id}/identifications/{id}", { params: { path: { ...path, id: data.id } } });
        if (read.data?.status !== "successful") throw new Error(`in process: the flow ended ${read.data?.status}`);
      },
      30,
      300,
    );
    return ms * 1000;
  } finally {
    server.close();
  }
}

const BARE_SERVER = `const server = require("node:http").createServer((req, res) => req.resume().on("end", () => res.writeHead(200, { "content-type": "application/json" }).end("{}")));
server.listen(0, "127.0.0.1", () => console.log("listening on http://127.0.0.1:" + server.address().port + " "));
process.once("SIGTERM", () => process.exit(0));`;

/** A command in a child process that prints "listening on <url> "; resolves with the URL. */
async function startProcess(/** @type {string[]} */ args) {
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  const url = await new Promise((resolveUrl, reject) => {
    child.stdout.on("data", (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+?) /.exec(output);
      if (match) resolveUrl(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`node ${args.join(" ")} exited (${code}) before listening: ${output}`)));
  });
  return {
    url,
    pid: child.pid,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}

async function overHttp() {
  const { serveKycSandbox } = await load("dist/lib/src/testing/index.js");
  const inBench = await serveKycSandbox({ port: 0 });
  const sandbox = await startProcess([resolve(repo, "dist/lib/src/bin.js"), "sandbox", "--port", "0"]);
  const bundled = await bundleOrThrow();
  const snapshot = snapshotBundle(bundled.json);
  const prism = await startPrism({ mode: "mock", spec: snapshot.file, logFile: "test-results/prism-bench-sandbox.log" });
  try {
    const base = (/** @type {string} */ url) => `${url}/v1/persons/${PERSON}/identifications`;
    const sandboxFlow = (/** @type {string} */ url) => async (/** @type {number} */ i) => {
      if (i % 100 === 0) await fetch(`${url}/__sandbox/reset`, { method: "POST" });
      const created = await expectStatus(await fetch(base(url), { method: "POST", headers: AUTH, body: '{"method":"idnow"}' }), 201, "sandbox create");
      await expectStatus(await fetch(`${base(url)}/${created.id}/request`, { method: "PATCH", headers: AUTH, body: "{}" }), 200, "sandbox request");
      await expectStatus(
        await fetch(`${url}/__sandbox/simulate`, { method: "POST", headers: AUTH, body: JSON.stringify({ id: created.id, event: "idnow.successful" }) }),
        200,
        "sandbox simulate",
      );
      const read = await expectStatus(await fetch(`${base(url)}/${created.id}`, { headers: AUTH }), 200, "sandbox get");
      if (read.status !== "successful") throw new Error(`over HTTP: the flow ended ${read.status}`);
    };
    // A new process runs its first hundred flows several times slower (V8 has not optimised the
    // handlers yet): every server gets the same warm-up, as in a suite past its first tests.
    const { ms: sandboxMs, cpu: sandboxCpu } = await measureFlows(sandboxFlow(sandbox.url), WARMUP, 200, sandbox.pid);
    const inBenchMs = await timePerFlow(sandboxFlow(inBench.url), WARMUP, 200);
    const { ms: prismMs, cpu: prismCpu } = await measureFlows(
      async () => {
        const created = await expectStatus(await fetch(base(prism.url), { method: "POST", headers: AUTH, body: '{"method":"idnow"}' }), 201, "Prism create");
        await expectStatus(await fetch(`${base(prism.url)}/${created.id}/request`, { method: "PATCH", headers: AUTH, body: "{}" }), 200, "Prism request");
        await expectStatus(await fetch(`${base(prism.url)}/${created.id}`, { headers: AUTH }), 200, "Prism get");
      },
      WARMUP,
      200,
      prism.pid,
    );
    const bare = createServer((req, res) => req.resume().on("end", () => res.writeHead(200, { "content-type": "application/json" }).end("{}")));
    await new Promise((done) => bare.listen(0, "127.0.0.1", () => done(undefined)));
    const bareUrl = `http://127.0.0.1:${/** @type {import("node:net").AddressInfo} */ (bare.address()).port}/`;
    const floorMs = await timePerFlow(async () => void (await expectStatus(await fetch(bareUrl, { headers: AUTH }), 200, "bare server")), 50, 300);
    bare.close();
    const bareProcess = await startProcess(["-e", BARE_SERVER]);
    let floorProcessMs;
    try {
      floorProcessMs = await timePerFlow(
        async () => void (await expectStatus(await fetch(bareProcess.url, { headers: AUTH }), 200, "bare server process")),
        50,
        300,
      );
    } finally {
      await bareProcess.stop();
    }
    return {
      sandbox: 1000 / sandboxMs,
      inBench: 1000 / inBenchMs,
      prism: 1000 / prismMs,
      sandboxCall: sandboxMs / 4,
      prismCall: prismMs / 3,
      floorCall: floorMs,
      floorProcessCall: floorProcessMs,
      sandboxCpu,
      prismCpu,
    };
  } finally {
    await prism.stop();
    snapshot.cleanup();
    await sandbox.stop();
    await inBench.close();
  }
}

/** bench/run.mjs interface: `default async (context) => [{ name, value, unit }]`. */
/** @param {{ log?: (message: string) => void }} [context] */
export async function run(context = {}) {
  const us = await inProcess();
  context.log?.("in process: create, request, simulate, get through createKycClient and MSW; 300 flows after 30");
  const http = await overHttp();
  context.log?.(`over HTTP: 200 flows after ${WARMUP}, sequential; the sandbox's flow has one call more (the simulate)`);
  const ratio = http.sandbox / http.prism;
  return [
    { name: "sandbox in process: one flow", value: us.toFixed(0), unit: "µs" },
    { name: "sandbox over HTTP (solaris-kyc sandbox, own process)", value: http.sandbox.toFixed(0), unit: "flows/s" },
    { name: "Prism mock over HTTP (same operations)", value: http.prism.toFixed(0), unit: "flows/s" },
    { name: "sandbox / Prism", value: ratio.toFixed(1), unit: "x", target: ">= 3x", ok: ratio >= 3 },
    { name: "sandbox over HTTP (serveKycSandbox in the bench's process)", value: http.inBench.toFixed(0), unit: "flows/s" },
    ...(http.sandboxCpu === undefined || http.prismCpu === undefined
      ? []
      : [
          { name: "server CPU per flow: sandbox (4 calls)", value: http.sandboxCpu.toFixed(2), unit: "ms" },
          { name: "server CPU per flow: Prism (3 calls)", value: http.prismCpu.toFixed(2), unit: "ms" },
        ]),
    { name: "one call: sandbox", value: http.sandboxCall.toFixed(2), unit: "ms" },
    { name: "one call: Prism", value: http.prismCall.toFixed(2), unit: "ms" },
    { name: "one call: bare node:http server (the floor)", value: http.floorCall.toFixed(2), unit: "ms" },
    { name: "one call: bare node:http server, own process", value: http.floorProcessCall.toFixed(2), unit: "ms" },
  ];
}

export default run;

if (import.meta.url === `file://${process.argv[1]}`) {
  run({ log: (message) => console.log(`  ${message}`) }).then(
    (results) => results.forEach((r) => console.log(`${r.name}: ${r.value} ${r.unit}${r.target ? ` (target ${r.target}: ${r.ok ? "ok" : "MISSED"})` : ""}`)),
    (error) => {
      console.error(`bench/sandbox: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
