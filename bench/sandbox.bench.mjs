// The sandbox as a consumer's test suite feels it, in one run:
//   1. in process (MSW): one flow (create an identification, request it, simulate the provider's
//      success, read it back) through createKycClient, every request checked, state kept, webhooks
//      logged: microseconds per flow;
//   2. over HTTP: flows per second, one after the other on one connection, against serveKycSandbox
//      (create, request, the control API's simulate, get) and against Prism's mock serving the same
//      operations (create, request, get: Prism has no state to simulate on); per call too, beside a
//      bare node:http server answering a constant (the floor of one call on this machine).
// Needs dist/ (npm run build). Run alone with `node bench/sandbox.bench.mjs`, or through bench/run.mjs.
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
const AUTH = { Authorization: "Bearer bench-token", "Content-Type": "application/json" };

/** @param {(i: number) => Promise<void>} flow @param {number} warmup @param {number} rounds @returns {Promise<number>} ms per flow */
async function timePerFlow(flow, warmup, rounds) {
  for (let i = 0; i < warmup; i++) await flow(i);
  const start = performance.now();
  for (let i = 0; i < rounds; i++) await flow(i);
  return (performance.now() - start) / rounds;
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

async function overHttp() {
  const { serveKycSandbox } = await load("dist/lib/src/testing/index.js");
  const sandbox = await serveKycSandbox({ port: 0 });
  const bundled = await bundleOrThrow();
  const snapshot = snapshotBundle(bundled.json);
  const prism = await startPrism({ mode: "mock", spec: snapshot.file, logFile: "test-results/prism-bench-sandbox.log" });
  try {
    const base = (/** @type {string} */ url) => `${url}/v1/persons/${PERSON}/identifications`;
    const sandboxMs = await timePerFlow(
      async (i) => {
        if (i % 100 === 0) await fetch(`${sandbox.url}/__sandbox/reset`, { method: "POST" });
        const created = await expectStatus(
          await fetch(base(sandbox.url), { method: "POST", headers: AUTH, body: '{"method":"idnow"}' }),
          201,
          "sandbox create",
        );
        await expectStatus(await fetch(`${base(sandbox.url)}/${created.id}/request`, { method: "PATCH", headers: AUTH, body: "{}" }), 200, "sandbox request");
        await expectStatus(
          await fetch(`${sandbox.url}/__sandbox/simulate`, {
            method: "POST",
            headers: AUTH,
            body: JSON.stringify({ id: created.id, event: "idnow.successful" }),
          }),
          200,
          "sandbox simulate",
        );
        const read = await expectStatus(await fetch(`${base(sandbox.url)}/${created.id}`, { headers: AUTH }), 200, "sandbox get");
        if (read.status !== "successful") throw new Error(`over HTTP: the flow ended ${read.status}`);
      },
      20,
      200,
    );
    const prismMs = await timePerFlow(
      async () => {
        const created = await expectStatus(await fetch(base(prism.url), { method: "POST", headers: AUTH, body: '{"method":"idnow"}' }), 201, "Prism create");
        await expectStatus(await fetch(`${base(prism.url)}/${created.id}/request`, { method: "PATCH", headers: AUTH, body: "{}" }), 200, "Prism request");
        await expectStatus(await fetch(`${base(prism.url)}/${created.id}`, { headers: AUTH }), 200, "Prism get");
      },
      20,
      200,
    );
    const bare = createServer((req, res) => req.resume().on("end", () => res.writeHead(200, { "content-type": "application/json" }).end("{}")));
    await new Promise((done) => bare.listen(0, "127.0.0.1", () => done(undefined)));
    const bareUrl = `http://127.0.0.1:${/** @type {import("node:net").AddressInfo} */ (bare.address()).port}/`;
    const floorMs = await timePerFlow(async () => void (await expectStatus(await fetch(bareUrl, { headers: AUTH }), 200, "bare server")), 50, 300);
    bare.close();
    return { sandbox: 1000 / sandboxMs, prism: 1000 / prismMs, sandboxCall: sandboxMs / 4, prismCall: prismMs / 3, floorCall: floorMs };
  } finally {
    await prism.stop();
    snapshot.cleanup();
    await sandbox.close();
  }
}

/** bench/run.mjs interface: `default async (context) => [{ name, value, unit }]`. */
/** @param {{ log?: (message: string) => void }} [context] */
export async function run(context = {}) {
  const us = await inProcess();
  context.log?.("in process: create, request, simulate, get through createKycClient and MSW; 300 flows after 30");
  const http = await overHttp();
  context.log?.("over HTTP: 200 flows after 20, sequential; the sandbox's flow has one call more (the simulate)");
  const ratio = http.sandbox / http.prism;
  return [
    { name: "sandbox in process: one flow", value: us.toFixed(0), unit: "µs" },
    { name: "sandbox over HTTP", value: http.sandbox.toFixed(0), unit: "flows/s" },
    { name: "Prism mock over HTTP (same operations)", value: http.prism.toFixed(0), unit: "flows/s" },
    { name: "sandbox / Prism", value: ratio.toFixed(1), unit: "x", target: ">= 3x", ok: ratio >= 3 },
    { name: "one call: sandbox", value: http.sandboxCall.toFixed(2), unit: "ms" },
    { name: "one call: Prism", value: http.prismCall.toFixed(2), unit: "ms" },
    { name: "one call: bare node:http server (the floor)", value: http.floorCall.toFixed(2), unit: "ms" },
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
