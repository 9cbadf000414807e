#!/usr/bin/env node
// Verifies a real server against the contract: replays the spec's example requests through
// `prism proxy --errors` to --upstream and prints every violation Prism (or the status check
// here) finds. Between Prism and the upstream sits a small recorder, so each violation can show
// the value the server really sent. Exit codes: 0 conforming, 1 violations, 2 usage/setup error.
import http from "node:http";
import { parseArgs } from "node:util";
import { BUNDLE_JSON as SPEC_JSON, loadBundle as loadSpec, snapshotBundle } from "./lib/bundle.mjs";
import { getPointer, operations } from "./lib/oas.mjs";
import { startPrism } from "./lib/prism.mjs";
import { authFor, encodeBody, fillPath, queryString, replays } from "./lib/replays.mjs";

const USAGE = `usage: npm run verify -- --upstream <url> [--token <token>] [--all] [--param name=value ...] [--spec ${SPEC_JSON}]
  --upstream  base URL of the server to verify, e.g. https://api.solaris-sandbox.de
  --token     access token sent as "Authorization: Bearer <token>" (default: $SOLARIS_TOKEN)
  --all       also send the requests that create or change resources (POST, PATCH, ...); default: GET only
  --param     value for a path or query parameter instead of the spec's example (repeatable)
  --spec      bundled spec to verify against (default: ${SPEC_JSON})`;
const ID_HEADER = "x-solaris-kyc-verify-id";
const SAFE = new Set(["get", "head"]);

class UsageError extends Error {}

function parseOptions(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        upstream: { type: "string" },
        token: { type: "string" },
        all: { type: "boolean", default: false },
        param: { type: "string", multiple: true, default: [] },
        spec: { type: "string", default: SPEC_JSON },
        help: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(error.message);
  }
  if (values.help) return { help: true };
  if (!values.upstream) throw new UsageError("--upstream <url> is required");
  let upstream;
  try {
    upstream = new URL(values.upstream);
  } catch {
    throw new UsageError(`--upstream: "${values.upstream}" is not a URL`);
  }
  if (!/^https?:$/.test(upstream.protocol)) throw new UsageError(`--upstream: only http and https are supported, got ${upstream.protocol}`);
  const params = {};
  for (const pair of values.param) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new UsageError(`--param: expected name=value, got "${pair}"`);
    params[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return { upstream: upstream.href.replace(/\/$/, ""), token: values.token ?? process.env.SOLARIS_TOKEN, all: values.all, params, spec: values.spec };
}

/** The distinct requests to send: one per operation and request body example. */
export function plannedRequests(doc, { all, params }) {
  const rootServers = new Set((doc.servers ?? []).map((s) => s.url));
  const planned = new Map();
  const skipped = [];
  for (const operation of operations(doc)) {
    if (!all && !SAFE.has(operation.method)) {
      skipped.push(`${operation.operationId}: ${operation.method.toUpperCase()} changes state (use --all)`);
      continue;
    }
    if (operation.op.servers && !operation.op.servers.some((s) => rootServers.has(s.url))) {
      skipped.push(`${operation.operationId}: served by ${operation.op.servers.map((s) => s.url).join(", ")}, not by the API servers`);
      continue;
    }
    for (const replay of replays(doc).filter((r) => r.operationId === operation.operationId)) {
      const request = structuredClone(replay.request);
      for (const where of ["path", "query"]) for (const name of Object.keys(request[where])) if (name in params) request[where][name] = params[name];
      const key = JSON.stringify([operation.operationId, request.path, request.query, request.bodyExample]);
      if (!planned.has(key)) planned.set(key, { operation, request, label: `${operation.operationId}${request.bodyExample ? ` (${request.bodyExample})` : ""}` });
    }
  }
  return { requests: [...planned.values()], skipped };
}

/** A pass-through to the upstream that remembers each answer by the id header. */
function startRecorder(upstream) {
  const answers = new Map();
  const server = http.createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const id = req.headers[ID_HEADER];
    const headers = { ...req.headers };
    for (const name of ["host", "connection", "content-length", "accept-encoding", ID_HEADER]) delete headers[name];
    try {
      const answer = await fetch(`${upstream}${req.url}`, {
        method: req.method,
        headers,
        ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
        redirect: "manual",
        signal: AbortSignal.timeout(30_000),
      });
      const body = Buffer.from(await answer.arrayBuffer());
      answers.set(id, { status: answer.status, contentType: answer.headers.get("content-type") ?? "", body: body.toString("utf8") });
      const out = {};
      answer.headers.forEach((value, name) => {
        if (!["content-encoding", "transfer-encoding", "connection", "content-length"].includes(name)) out[name] = value;
      });
      res.writeHead(answer.status, out).end(body);
    } catch (error) {
      answers.set(id, { error: `${error.cause?.message ?? error.message}` });
      res.writeHead(502, { "content-type": "text/plain" }).end("upstream unreachable");
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}`, answers, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

const pointerOf = (location) => location.slice(2).map((p) => `/${String(p).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
const show = (value) => {
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

function foundValue(answer, violation) {
  if (!answer) return "(no answer recorded)";
  const [, part] = violation.location;
  if (part === "body") {
    let body;
    try {
      body = JSON.parse(answer.body);
    } catch {
      return `non-JSON ${answer.contentType || "(no content type)"} body ${show(answer.body.slice(0, 60))}`;
    }
    if (violation.code === "required") return "(absent)";
    const pointer = pointerOf(violation.location);
    const value = pointer === "" ? body : getPointer(body, pointer);
    return value === undefined ? "(absent)" : show(value);
  }
  if (part === undefined) return `content-type ${JSON.stringify(answer.contentType)}`;
  return "(see the response)";
}

function expectedOf(message) {
  const mediaType = message.match(/specified in the current response: (.+)$/);
  if (mediaType) return `content-type ${mediaType[1]}`;
  return message.replace(/^.*?\b(must|should)\b/, "$1");
}

export async function verify(options, out = console.log) {
  const doc = loadSpec(options.spec);
  const { requests, skipped } = plannedRequests(doc, options);
  const snapshot = snapshotBundle(`${JSON.stringify(doc, null, 2)}\n`);
  const recorder = await startRecorder(options.upstream);
  let prism;
  const findings = [];
  let unreachable;
  try {
    prism = await startPrism({ mode: "proxy", spec: snapshot.file, upstream: recorder.url, logFile: "test-results/prism-verify.log" });
    out(`verifying ${options.upstream} against ${options.spec}: ${requests.length} request(s)${options.all ? "" : " (GET only; --all for the rest)"}`);
    for (const skip of skipped) out(`  skipped ${skip}`);
    for (const [index, { operation, request, label }] of requests.entries()) {
      const id = String(index);
      const auth = authFor(doc, operation.security);
      const headers = { ...auth.headers, [ID_HEADER]: id };
      if (auth.kind === "bearer") headers.Authorization = `Bearer ${options.token ?? "no-token-given"}`;
      for (const [name, value] of Object.entries(request.header)) headers[name] = String(value);
      const body = encodeBody(request.mediaType, request.body);
      if (body !== undefined) headers["Content-Type"] = request.mediaType;
      const url = `${prism.url}${fillPath(operation.path, request.path)}${queryString(operation.parameters, { ...request.query, ...auth.query })}`;
      const response = await fetch(url, { method: operation.method.toUpperCase(), headers, ...(body === undefined ? {} : { body }) });
      const text = await response.text();
      const answer = recorder.answers.get(id);
      if (answer?.error) {
        unreachable = `${options.upstream}: ${answer.error}`;
        break;
      }
      const status = answer?.status ?? response.status;
      let problems = [];
      if (response.headers.get("content-type")?.includes("problem+json")) {
        try {
          problems = JSON.parse(text).validation ?? [];
        } catch {
          problems = [];
        }
      }
      const header = response.headers.get("sl-violations");
      if (problems.length === 0 && header) problems = JSON.parse(header);
      const mine = problems.filter((v) => v.severity === "Error").map((v) => {
        if (v.location[0] === "request") return { where: "request", pointer: pointerOf(v.location), expected: expectedOf(v.message), found: "the request built from the spec's examples (fix the spec or --param)" };
        return { where: v.location[1] ?? "response", pointer: pointerOf(v.location), expected: expectedOf(v.message), found: foundValue(answer, v) };
      });
      const declared = Object.keys(operation.op.responses ?? {});
      if (status >= 200 && status < 300 && !declared.includes(String(status)) && !declared.includes("2XX")) {
        mine.push({ where: "status", pointer: "", expected: `one of ${declared.filter((s) => s.startsWith("2")).join(", ") || "(no 2xx declared)"}`, found: String(status) });
      }
      out(`${mine.length ? "✗" : "✓"} ${label} ${operation.method.toUpperCase()} ${operation.path} → ${status}${answer ? "" : " (answered by Prism, not the upstream)"}`);
      for (const v of mine) {
        findings.push({ operationId: operation.operationId, status, ...v });
        out(`    ${operation.operationId} ${status} ${v.where} ${v.pointer || "(root)"}: expected ${v.expected}; found ${v.found}`);
      }
    }
  } finally {
    await prism?.stop();
    await recorder.close();
    snapshot.cleanup();
  }
  if (unreachable) {
    out(`verify: the upstream could not be reached (${unreachable})`);
    return { findings, exitCode: 2 };
  }
  out(findings.length ? `${findings.length} violation(s) found` : "no violations: the server follows the contract for every request sent");
  return { findings, exitCode: findings.length ? 1 : 0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const options = parseOptions(process.argv.slice(2));
    if (options.help) {
      console.log(USAGE);
    } else {
      const { exitCode } = await verify(options);
      process.exitCode = exitCode;
    }
  } catch (error) {
    console.error(`verify: ${error.message}`);
    if (error instanceof UsageError) console.error(USAGE);
    process.exitCode = 2;
  }
}
