// `npm run verify`: checks a real server against the contract. The requests go through Prism's
// validation proxy (`prism proxy` without `--errors`: a request that breaks the spec is still
// forwarded, every answer passes unchanged and Prism lists what it found for both in
// `sl-violations`), then through the relay (upstream-relay.mjs: real token, no `Prefer`) to the
// server. Two ways to make requests:
// - default: replay the spec's example requests (GET only unless `--all`);
// - `--workflows`: run spec/workflows/*.arazzo.yaml with Respect, IDs flowing from step to step.
// verify-check.mjs attributes each violation, verify-report.mjs prints and writes the reports.
// Exit codes: 0 conforming, 1 violations, 2 usage, unreachable upstream or no access token.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { bundleOrThrow, loadBundle, snapshotBundle } from "../spec/bundle.mjs";
import { UsageError, parseOptions } from "../core/usage.mjs";
import { onStop } from "../core/stopping.mjs";
import { operations } from "../spec/oas.mjs";
import { startPrism } from "../core/prism.mjs";
import { authFor, fillPath, matchOperation, requestInit } from "../spec/requests.mjs";
import { replays } from "./replays.mjs";
import { AuthError, PLACEHOLDER_TOKEN, probeUpstream, redact, startRelay, tokenSource } from "./upstream-relay.mjs";
import { checkExchanges, parseViolations } from "./verify-check.mjs";
import { humanReport, jsonReport, junitReport } from "./verify-report.mjs";
import { declaredInputs, prepareWorkflows, readWorkflowFile, runRespect, workflowFiles } from "./workflows.mjs";

export const PRISM_LOG = "test-results/prism-verify.log";

export const USAGE = `usage: npm run verify -- --upstream <url> [--workflows] [options]
  --upstream <url>        the server to verify, e.g. https://api.solaris-sandbox.de
  --workflows             run spec/workflows/*.arazzo.yaml with Redocly Respect (IDs flow from step
                          to step) instead of replaying the spec's example requests
  --input name=value      a workflow input, e.g. --input person_id=<id> (repeatable)
  --no-sandbox-steps      leave out the workflow steps marked x-sandbox-only (the simulate calls)
  --all                   example replay: also send the requests that change state (default: GET only)
  --param name=value      example replay: a path or query parameter instead of its example (repeatable)
  --token <token>         access token (default: $SOLARIS_TOKEN)
  --client-id <id>        client credentials instead of --token: one token, fetched again when it
  --client-secret <s>     expires (default: $SOLARIS_CLIENT_ID, $SOLARIS_CLIENT_SECRET,
  --token-url <url>       $SOLARIS_TOKEN_URL)
  --report json=<file>    also write the report as JSON, or junit=<file> as JUnit XML (repeatable)
  --spec <file>           a bundled spec to verify against (default: bundle spec/ in process)
  --prism-log <file>      where Prism's log goes (default: ${PRISM_LOG}; tokens never reach it)
Exit 0 conforming, 1 violations, 2 usage error, unreachable upstream or no access token.`;

/** @param {string[]} pairs @param {string} flag */
function keyValues(pairs, flag) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new UsageError(`${flag}: expected name=value, got "${pair}"`);
    out[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return out;
}

/** @param {string | undefined} value @param {string} flag */
function httpUrl(value, flag) {
  let url;
  try {
    url = new URL(String(value));
  } catch {
    throw new UsageError(`${flag}: "${value}" is not a URL`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new UsageError(`${flag}: only http and https are supported, got ${url.protocol}`);
  return url.href.replace(/\/$/, "");
}

/**
 * @typedef {{ upstream: string, workflows: boolean, inputs: Record<string, string>, sandboxSteps: boolean, all: boolean,
 *   params: Record<string, string>, token?: string, clientId?: string, clientSecret?: string, tokenUrl?: string,
 *   reports: { format: "json" | "junit", file: string }[], spec?: string, prismLog: string }} VerifyOptions
 */

/**
 * The options of `verify`, from the arguments and the environment. Throws UsageError.
 * @param {string[]} argv @param {NodeJS.ProcessEnv} [env] @returns {VerifyOptions}
 */
export function verifyOptions(argv, env = process.env) {
  const { values } = parseOptions(argv, {
    upstream: { type: "string" },
    workflows: { type: "boolean", default: false },
    input: { type: "string", multiple: true, default: [] },
    "no-sandbox-steps": { type: "boolean", default: false },
    all: { type: "boolean", default: false },
    param: { type: "string", multiple: true, default: [] },
    token: { type: "string" },
    "client-id": { type: "string" },
    "client-secret": { type: "string" },
    "token-url": { type: "string" },
    report: { type: "string", multiple: true, default: [] },
    spec: { type: "string" },
    "prism-log": { type: "string", default: PRISM_LOG },
  });
  if (!values.upstream) throw new UsageError("--upstream <url> is required");
  const reports = values.report.map((value) => {
    const [format, ...rest] = value.split("=");
    const file = rest.join("=");
    if ((format !== "json" && format !== "junit") || !file) throw new UsageError(`--report: expected json=<file> or junit=<file>, got "${value}"`);
    return { format: /** @type {"json" | "junit"} */ (format), file };
  });
  if (!values.workflows && values.input.length) throw new UsageError("--input is for --workflows (the example replay takes --param)");
  if (!values.workflows && values["no-sandbox-steps"]) throw new UsageError("--no-sandbox-steps is for --workflows");
  if (values.workflows && (values.all || values.param.length))
    throw new UsageError("--all and --param are for the example replay, not --workflows (use --input)");
  const clientId = values["client-id"] ?? env.SOLARIS_CLIENT_ID;
  const clientSecret = values["client-secret"] ?? env.SOLARIS_CLIENT_SECRET;
  const tokenUrl = values["token-url"] ?? env.SOLARIS_TOKEN_URL;
  const token = values.token ?? env.SOLARIS_TOKEN;
  if (values.token && (values["client-id"] || values["client-secret"])) throw new UsageError("give either --token or --client-id/--client-secret, not both");
  const credentials = clientId || clientSecret || (tokenUrl && !token);
  if (credentials && (!clientId || !clientSecret || !tokenUrl)) {
    throw new UsageError(
      "client credentials need --client-id, --client-secret and --token-url (or SOLARIS_CLIENT_ID, SOLARIS_CLIENT_SECRET, SOLARIS_TOKEN_URL)",
    );
  }
  return {
    upstream: httpUrl(values.upstream, "--upstream"),
    workflows: values.workflows,
    inputs: keyValues(values.input, "--input"),
    sandboxSteps: !values["no-sandbox-steps"],
    all: values.all,
    params: keyValues(values.param, "--param"),
    ...(credentials ? { clientId, clientSecret, tokenUrl: httpUrl(tokenUrl, "--token-url") } : { token }),
    reports,
    spec: values.spec,
    prismLog: values["prism-log"],
  };
}

/**
 * The example requests to send: one per operation and request body example; skipped: what
 * changes state (without --all) and what other hosts serve (the token call).
 * @param {import("../spec/oas.mjs").Doc} doc @param {{ all: boolean, params: Record<string, string> }} options
 */
export function plannedRequests(doc, { all, params }) {
  const rootServers = new Set((doc.servers ?? []).map((/** @type {{ url: string }} */ s) => s.url));
  const planned = new Map();
  const skipped = [];
  const list = replays(doc);
  for (const operation of operations(doc)) {
    if (!all && !["get", "head"].includes(operation.method)) {
      skipped.push(`${operation.operationId}: ${operation.method.toUpperCase()} changes state (use --all)`);
      continue;
    }
    if (operation.op.servers && !operation.op.servers.some((/** @type {{ url: string }} */ s) => rootServers.has(s.url))) {
      skipped.push(
        `${operation.operationId}: served by ${operation.op.servers.map((/** @type {{ url: string }} */ s) => s.url).join(", ")}, not by the API servers`,
      );
      continue;
    }
    for (const replay of list.filter((r) => r.operationId === operation.operationId)) {
      const request = structuredClone(replay.request);
      for (const where of /** @type {const} */ (["path", "query"]))
        for (const name of Object.keys(request[where])) if (name in params) request[where][name] = params[name];
      const key = JSON.stringify([operation.operationId, request.path, request.query, request.bodyExample]);
      if (!planned.has(key)) planned.set(key, { operation, request, label: request.bodyExample ? `request example ${request.bodyExample}` : "" });
    }
  }
  return { requests: [...planned.values()], skipped };
}

/** @param {string} text @param {string} contentType */
const parseBody = (text, contentType) => {
  if (text === "") return undefined;
  if (/json/i.test(contentType)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
};

/**
 * Sends the example requests through Prism; one exchange per request.
 * @param {import("../spec/oas.mjs").Doc} doc @param {string} prismUrl @param {AbortSignal} signal
 * @param {ReturnType<typeof plannedRequests>["requests"]} requests
 * @returns {Promise<import("./verify-check.mjs").Exchange[]>}
 */
async function replayExamples(doc, prismUrl, signal, requests) {
  const exchanges = [];
  for (const { operation, request, label } of requests) {
    if (signal.aborted) break;
    const auth = authFor(doc, operation.security);
    /** @type {Record<string, string>} */
    const bearer = auth.kind === "bearer" ? { Authorization: `Bearer ${PLACEHOLDER_TOKEN}` } : {};
    const { url, init } = requestInit(prismUrl, operation, request, { ...auth.headers, ...bearer }, auth.query);
    const response = await fetch(url, init);
    const contentType = response.headers.get("content-type") ?? "";
    const { violations, truncated } = parseViolations(response.headers.get("sl-violations"));
    exchanges.push({
      operationId: operation.operationId,
      method: operation.method,
      path: fillPath(operation.path, request.path),
      template: operation.path,
      pathParams: Object.fromEntries(Object.entries(request.path).map(([k, v]) => [k, String(v)])),
      requestBody: request.body,
      status: response.status,
      contentType,
      body: parseBody(await response.text(), contentType),
      violations,
      truncated,
      failedCriteria: [],
      stepErrors: [],
      label,
    });
  }
  return exchanges;
}

/** Respect's steps, nested workflows flattened. @param {any[]} items @returns {any[]} */
const stepsOf = (items) => items.flatMap((item) => (Array.isArray(item.executedSteps) ? stepsOf(item.executedSteps) : [item]));

/**
 * The exchanges of a Respect JSON report.
 * @param {any} report @param {import("../spec/oas.mjs").Doc} doc @returns {import("./verify-check.mjs").Exchange[]}
 */
export function respectExchanges(report, doc) {
  const list = operations(doc);
  const exchanges = [];
  for (const file of Object.values(report?.files ?? {})) {
    for (const step of stepsOf(/** @type {any} */ (file).executedWorkflows ?? [])) {
      const url = new URL(step.request?.url || "http://unknown/");
      const method = String(step.request?.method || "get");
      const match = matchOperation(list, method, url.pathname);
      const headers = Object.fromEntries(Object.entries(step.response?.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
      const contentType = headers["content-type"] ?? "";
      const { violations, truncated } = parseViolations(headers["sl-violations"]);
      const checks = step.checks ?? [];
      exchanges.push({
        operationId: match?.operation.operationId,
        method,
        path: url.pathname,
        template: match?.operation.path,
        pathParams: match?.params ?? {},
        requestBody: step.request?.body,
        status: Number(step.response?.statusCode ?? 0),
        contentType,
        body: typeof step.response?.body === "string" ? parseBody(step.response.body, contentType) : step.response?.body,
        violations,
        truncated,
        failedCriteria: checks
          .filter((/** @type {any} */ c) => c.name === "success criteria check" && !c.passed)
          .map((/** @type {any} */ c) => String(c.condition ?? c.message)),
        stepErrors: checks
          .filter((/** @type {any} */ c) => ["failed network request", "unexpected error"].includes(c.name) && !c.passed)
          .map((/** @type {any} */ c) => String(c.message).split("\n")[0]),
        label: `${step.workflowId}.${step.stepId}`,
      });
    }
  }
  return exchanges;
}

/** @param {import("./verify-check.mjs").Exchange[]} exchanges */
function seenOperations(exchanges) {
  /** @type {Map<string, import("./verify-report.mjs").Seen>} */
  const seen = new Map();
  for (const e of exchanges) {
    const operationId = e.operationId ?? `${e.method.toUpperCase()} ${e.path}`;
    const entry = seen.get(operationId) ?? { operationId, method: e.method, path: e.template ?? e.path, statuses: [] };
    entry.statuses.push(e.status);
    seen.set(operationId, entry);
  }
  return [...seen.values()];
}

/**
 * Runs verify; resolves with the exit code. Every line goes through `log`, reports to their files,
 * all with the token and the client secret taken out.
 * @param {VerifyOptions} options @param {{ log?: (line: string) => void }} [io]
 */
export async function verify(options, { log = console.log } = {}) {
  const tokens = tokenSource(options);
  const say = (/** @type {string} */ line) => log(redact(line, tokens.secrets()));
  /** @type {import("./verify-report.mjs").Result} */
  const result = {
    upstream: options.upstream,
    mode: options.workflows ? "workflows" : "example replay",
    exitCode: 0,
    result: "conforming",
    seen: [],
    skipped: [],
    notes: [],
  };
  const finish = (/** @type {number} */ exitCode, /** @type {string} */ error) => {
    Object.assign(result, { exitCode, result: "error", error });
    return report(result, options, say, tokens.secrets());
  };

  const files = options.workflows ? workflowFiles() : [];
  if (options.workflows) checkInputs(files, options.inputs);
  const unreachable = await probeUpstream(options.upstream);
  if (unreachable) return finish(2, `the upstream could not be reached (${unreachable})`);
  const { doc, json } = options.spec ? bundledFile(options.spec) : await bundleOrThrow();
  const snapshot = snapshotBundle(json);
  const cleanups = [onStop(snapshot.cleanup)];
  const controller = new AbortController();
  /** @type {Awaited<ReturnType<typeof startRelay>> | undefined} */
  let relay;
  /** @type {Awaited<ReturnType<typeof startPrism>> | undefined} */
  let prism;
  /** @type {import("./verify-check.mjs").Exchange[]} */
  let exchanges = [];
  /** @type {Record<string, string>} */
  let inputs = {};
  try {
    /** @type {any} */
    let plan;
    if (options.workflows) {
      plan = prepareWorkflows(files, { dir: snapshot.dir, specFile: snapshot.file, dropSandboxSteps: !options.sandboxSteps });
      inputs = options.inputs;
      for (const step of plan.dropped) result.skipped.push(`${step}: x-sandbox-only (--no-sandbox-steps)`);
    } else {
      plan = plannedRequests(doc, options);
      result.skipped.push(...plan.skipped);
      inputs = options.params;
    }
    if (tokens.kind === "client-credentials") {
      try {
        await tokens.get();
      } catch (error) {
        if (error instanceof AuthError) return finish(2, `auth failure: ${error.message}`);
        throw error;
      }
    } else if (tokens.kind === "none") result.notes.push("no --token, $SOLARIS_TOKEN or client credentials: the requests carry a placeholder token");

    relay = await startRelay({ upstream: options.upstream, tokens, onUnreachable: () => controller.abort() });
    cleanups.push(onStop(relay.close));
    prism = await startPrism({ mode: "proxy", spec: snapshot.file, upstream: relay.url, errors: false, logFile: options.prismLog });

    if (options.workflows) {
      say(`verify: ${files.join(" ")} (${plan.steps} step(s)) against ${options.upstream}, through Prism's validation proxy`);
      const jsonOutput = join(snapshot.dir, "respect.json");
      let run;
      try {
        run = await runRespect({
          ...plan,
          serverUrl: prism.url,
          inputs: { ...inputs, access_token: PLACEHOLDER_TOKEN },
          // Prism checks every answer against the spec and verify checks the status: Respect
          // keeps the success criteria (one report of each fault, not two).
          severity: { SCHEMA_CHECK: "off", STATUS_CODE_CHECK: "off", CONTENT_TYPE_CHECK: "off" },
          jsonOutput,
          signal: controller.signal,
        });
      } catch (error) {
        if (!controller.signal.aborted) throw error;
      }
      if (run && !run.report)
        return finish(
          2,
          `redocly respect did not run the workflows (exit ${run.code}): ${run.stderr.split("\n").slice(-3).join(" ").trim() || run.stdout.split("\n").slice(-3).join(" ").trim()}`,
        );
      exchanges = run ? respectExchanges(run.report, doc) : [];
      const notRun = plan.steps - exchanges.length;
      if (run && notRun > 0) result.notes.push(`${notRun} step(s) not run: a workflow stops at its first failed step`);
    } else {
      say(
        `verify: ${plan.requests.length} example request(s) against ${options.upstream}${options.all ? "" : " (GET only; --all for the rest)"}, through Prism's validation proxy`,
      );
      exchanges = await replayExamples(doc, prism.url, controller.signal, plan.requests);
    }
  } finally {
    await prism?.stop();
    await relay?.close();
    snapshot.cleanup();
    for (const forget of cleanups) forget();
    scrubLog(options.prismLog, tokens.secrets());
  }
  if (relay.authFailures.length) return finish(2, `auth failure: ${relay.authFailures[0]}`);
  if (relay.unreachable.length) return finish(2, `the upstream could not be reached (${relay.unreachable[0]})`);
  result.seen = seenOperations(exchanges);
  result.check = checkExchanges(doc, exchanges, { inputs, inputFlag: options.workflows ? "--input" : "--param" });
  result.notes.push(...result.check.notes);
  const unauthorized = exchanges.filter((e) => e.status === 401).length;
  if (unauthorized && unauthorized === exchanges.length) {
    return finish(
      2,
      `auth failure: the server answered every request with 401: ${tokens.kind === "none" ? "give --token or the client credentials" : "check the token or the client credentials"}`,
    );
  }
  if (unauthorized) result.notes.push(`${unauthorized} answer(s) were 401: check the token or the client credentials`);
  result.exitCode = result.check.failures > 0 ? 1 : 0;
  result.result = result.exitCode ? "violations" : "conforming";
  return report(result, options, say, tokens.secrets());
}

/** A bundled spec from a file (`--spec`), as the in-process bundle gives it. @param {string} file */
function bundledFile(file) {
  const doc = loadBundle(file);
  return { doc, json: `${JSON.stringify(doc, null, 2)}\n` };
}

/**
 * Every required workflow input given, and no unknown one (the token is not an input of verify).
 * @param {string[]} files @param {Record<string, string>} given
 */
function checkInputs(files, given) {
  const declared = { inputs: new Set(), requiredInputs: new Set() };
  for (const file of files) declaredInputs(readWorkflowFile(file), declared.inputs, declared.requiredInputs);
  const known = [...declared.inputs].filter((n) => n !== "access_token");
  for (const name of Object.keys(given)) {
    if (!known.includes(name))
      throw new UsageError(`--input ${name}: no workflow takes it (inputs: ${known.join(", ")}; the token comes from --token or the client credentials)`);
  }
  const missing = [...declared.requiredInputs].filter((name) => name !== "access_token" && !(name in given));
  if (missing.length) throw new UsageError(`the workflows need ${missing.map((n) => `--input ${n}=<value>`).join(" ")}`);
}

/** @param {string} file @param {string[]} secrets */
function scrubLog(file, secrets) {
  try {
    const text = readFileSync(file, "utf8");
    const clean = redact(text, secrets);
    if (clean !== text) writeFileSync(file, clean);
  } catch {
    // no log written
  }
}

/**
 * Prints the human report and writes the requested files; returns the exit code.
 * @param {import("./verify-report.mjs").Result} result @param {VerifyOptions} options
 * @param {(line: string) => void} say @param {string[]} secrets
 */
function report(result, options, say, secrets) {
  for (const line of humanReport(result)) say(line);
  for (const { format, file } of options.reports) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, redact(format === "json" ? jsonReport(result) : junitReport(result), secrets));
    say(`verify: ${format} report written to ${file}`);
  }
  return result.exitCode;
}
