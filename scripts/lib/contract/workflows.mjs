// The Arazzo workflows (spec/workflows/*.arazzo.yaml) and the one Respect runner, used by
// `npm run test:workflows` (against a Prism mock of the bundle) and by `npm run verify --
// --workflows` (through Prism's validation proxy to a real server).
// - Respect runs on prepared copies in a temporary folder: each OpenAPI source points at the same
//   bundle snapshot Prism serves (one spec per run), and with `dropSandboxSteps` the steps marked
//   `x-sandbox-only: true` are left out (with the workflow outputs that read them; a workflow
//   left with no step is left out).
// - Workflow inputs: the caller's values first; a name that is a parameter of the spec gets that
//   parameter's example (mock runs only); `access_token` is whatever the caller gives (Prism only
//   checks that a bearer token is present; verify's relay puts the real one in).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import YAML from "yaml";
import { bundleOrThrow, snapshotBundle } from "../spec/bundle.mjs";
import { onStop } from "../core/stopping.mjs";
import { operations } from "../spec/oas.mjs";
import { startPrism } from "../core/prism.mjs";
import { runRedocly, withoutNotice } from "../core/redocly-cli.mjs";
import { parameterExample } from "../spec/requests.mjs";

export const WORKFLOWS_DIR = "spec/workflows";
/** The step extension that marks a call the Solaris sandbox has and production does not. */
export const SANDBOX_ONLY = "x-sandbox-only";

/** @param {string} [dir] @returns {string[]} */
export function workflowFiles(dir = WORKFLOWS_DIR) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".arazzo.yaml"))
    .sort()
    .map((f) => join(dir, f));
  if (files.length === 0) throw new Error(`no ${dir}/*.arazzo.yaml file to run`);
  return files;
}

/** @param {string} file @returns {any} */
export function readWorkflowFile(file) {
  try {
    return YAML.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: not valid YAML (${/** @type {Error} */ (error).message})`);
  }
}

/**
 * The inputs the workflows declare (workflow `inputs` and `components.inputs`), and the required ones.
 * @param {any} arazzo a parsed workflow file @param {Set<string>} [inputs] @param {Set<string>} [requiredInputs]
 */
export function declaredInputs(arazzo, inputs = new Set(), requiredInputs = new Set()) {
  const schemas = [...(arazzo?.workflows ?? []).map((/** @type {any} */ w) => w.inputs), ...Object.values(arazzo?.components?.inputs ?? {})];
  for (const schema of schemas) {
    for (const name of Object.keys(schema?.properties ?? {})) inputs.add(name);
    for (const name of schema?.required ?? []) requiredInputs.add(name);
  }
  return { inputs, requiredInputs };
}

/**
 * Copies of the workflow files in `dir`, ready for Respect.
 * @param {string[]} files @param {{ dir: string, specFile: string, dropSandboxSteps?: boolean }} options
 * @returns {{ files: string[], sources: string[], inputs: Set<string>, requiredInputs: Set<string>, steps: number, dropped: string[] }}
 */
export function prepareWorkflows(files, { dir, specFile, dropSandboxSteps = false }) {
  const prepared = [];
  const sources = new Set();
  const inputs = new Set();
  const requiredInputs = new Set();
  const dropped = [];
  let steps = 0;
  for (const file of files) {
    const arazzo = readWorkflowFile(file);
    for (const source of arazzo?.sourceDescriptions ?? []) {
      if (source.type === "arazzo") continue;
      sources.add(source.name);
      source.url = specFile;
    }
    declaredInputs(arazzo, inputs, requiredInputs);
    /** @type {any[]} */
    const kept = [];
    for (const workflow of arazzo?.workflows ?? []) {
      if (dropSandboxSteps) {
        const gone = workflow.steps.filter((/** @type {any} */ s) => s[SANDBOX_ONLY] === true).map((/** @type {any} */ s) => s.stepId);
        for (const stepId of gone) dropped.push(`${workflow.workflowId}.${stepId}`);
        workflow.steps = workflow.steps.filter((/** @type {any} */ s) => !gone.includes(s.stepId));
        for (const [name, expression] of Object.entries(workflow.outputs ?? {})) {
          if (gone.some((/** @type {string} */ stepId) => String(expression).includes(`$steps.${stepId}.`))) delete workflow.outputs[name];
        }
        if (workflow.steps.length === 0) continue;
      }
      steps += workflow.steps.length;
      kept.push(workflow);
    }
    if (kept.length === 0) continue;
    arazzo.workflows = kept;
    const copy = join(dir, basename(file));
    writeFileSync(copy, YAML.stringify(arazzo));
    prepared.push(copy);
  }
  if (prepared.length === 0) throw new Error("no workflow step left to run");
  return { files: prepared, sources: [...sources], inputs, requiredInputs, steps, dropped };
}

/**
 * The one Respect runner: `redocly respect` on prepared files against `serverUrl`, with the
 * inputs (passed as one JSON object, so values may hold commas and `=`), an optional severity
 * map and JSON report. Resolves with Respect's exit code, its output and the parsed JSON report.
 * @param {{ files: string[], sources: string[], serverUrl: string, inputs: Record<string, string>,
 *   severity?: Record<string, string>, jsonOutput?: string, inherit?: boolean, signal?: AbortSignal }} options
 */
export async function runRespect({ files, sources, serverUrl, inputs, severity, jsonOutput, inherit = false, signal }) {
  const args = ["respect", ...files, ...sources.flatMap((name) => ["--server", `${name}=${serverUrl}`]), "--input", JSON.stringify(inputs)];
  if (severity) args.push("--severity", JSON.stringify(severity));
  if (jsonOutput) args.push("--json-output", jsonOutput);
  const { code, stdout, stderr } = await runRedocly(args, { inherit, signal });
  let report;
  if (jsonOutput) {
    try {
      report = JSON.parse(readFileSync(jsonOutput, "utf8"));
    } catch {
      report = undefined;
    }
  }
  return { code, stdout: withoutNotice(stdout), stderr, report };
}

/**
 * Inputs for a mock run: a workflow input named like a parameter of the spec gets its example.
 * @param {Set<string>} names @param {import("../spec/oas.mjs").Doc} doc
 */
export function exampleInputs(names, doc) {
  /** @type {Map<string, unknown>} */
  const examples = new Map();
  for (const op of operations(doc)) for (const p of op.parameters) if (!examples.has(p.name)) examples.set(p.name, parameterExample(doc, p));
  /** @type {Record<string, string>} */
  const inputs = {};
  for (const name of names) {
    if (name === "access_token") inputs[name] = "contract-test-token";
    else if (examples.get(name) !== undefined) inputs[name] = String(examples.get(name));
  }
  return inputs;
}

/**
 * Runs every workflow file against a Prism mock of the freshly bundled spec; resolves with
 * Respect's exit code. Respect's report goes to `log` once it has finished.
 * @param {{ log?: (line: string) => void, logFile?: string }} [options]
 */
export async function runWorkflowsAgainstMock({ log = console.log, logFile = "test-results/prism-workflows.log" } = {}) {
  const files = workflowFiles();
  const { doc, json } = await bundleOrThrow();
  const snapshot = snapshotBundle(json);
  const forget = [onStop(snapshot.cleanup)];
  let prism;
  try {
    const prepared = prepareWorkflows(files, { dir: snapshot.dir, specFile: snapshot.file });
    prism = await startPrism({ mode: "mock", spec: snapshot.file, logFile });
    log(`workflows: redocly respect ${files.join(" ")} against the Prism mock on ${prism.url}`);
    // Captured, not inherited: Respect's report without Redocly's Node 20 deprecation box.
    const { code, stdout, stderr } = await runRespect({ ...prepared, serverUrl: prism.url, inputs: exampleInputs(prepared.inputs, doc) });
    if (stdout) log(stdout);
    if (stderr) log(stderr);
    if (code !== 0) log(`workflows: redocly respect failed (exit ${code}); Prism's log: ${logFile}`);
    return code;
  } finally {
    await prism?.stop();
    snapshot.cleanup();
    for (const f of forget) f();
  }
}
