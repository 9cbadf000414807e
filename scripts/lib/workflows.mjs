// The Arazzo workflows (spec/workflows/*.arazzo.yaml) run by Redocly Respect: the files, the
// `--server` and `--input` arguments derived from them and the spec, and the run itself against a
// Prism mock of the bundle (started here on a free port, always stopped). Workflow inputs named
// like a parameter of the spec get that parameter's example, `access_token` a dummy token (Prism
// only checks that a bearer token is present).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";
import { bundleOrThrow, snapshotBundle } from "./bundle.mjs";
import { operations } from "./oas.mjs";
import { startPrism } from "./prism.mjs";
import { runRedocly } from "./redocly-cli.mjs";

export const WORKFLOWS_DIR = "spec/workflows";

export function workflowFiles(dir = WORKFLOWS_DIR) {
  const files = readdirSync(dir).filter((f) => f.endsWith(".arazzo.yaml")).sort().map((f) => join(dir, f));
  if (files.length === 0) throw new Error(`no ${dir}/*.arazzo.yaml file to run`);
  return files;
}

/**
 * `--server` and `--input` arguments for the files, derived from the files and the spec.
 * @param {string[]} files @param {import("./oas.mjs").Doc} doc @param {string} url
 */
export function respectArguments(files, doc, url) {
  const servers = new Set();
  const inputs = new Set();
  for (const file of files) {
    let arazzo;
    try {
      arazzo = YAML.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new Error(`${file}: not valid YAML (${/** @type {Error} */ (error).message})`);
    }
    for (const source of arazzo?.sourceDescriptions ?? []) if (source.type !== "arazzo") servers.add(source.name);
    const schemas = [...(arazzo?.workflows ?? []).map((/** @type {any} */ w) => w.inputs), ...Object.values(arazzo?.components?.inputs ?? {})];
    for (const schema of schemas) for (const name of Object.keys(schema?.properties ?? {})) inputs.add(name);
  }
  const examples = new Map();
  for (const op of operations(doc)) for (const p of op.parameters) if ("example" in p && !examples.has(p.name)) examples.set(p.name, p.example);
  const args = [...servers].flatMap((name) => ["--server", `${name}=${url}`]);
  for (const name of inputs) {
    if (name === "access_token") args.push("--input", "access_token=contract-test-token");
    else if (examples.has(name)) args.push("--input", `${name}=${examples.get(name)}`);
  }
  return args;
}

/**
 * Runs every workflow file against a Prism mock of the freshly bundled spec; resolves with
 * Respect's exit code. Respect's report goes to this process's output.
 * @param {{ log?: (line: string) => void, logFile?: string }} [options]
 */
export async function runWorkflowsAgainstMock({ log = console.log, logFile = "test-results/prism-workflows.log" } = {}) {
  const files = workflowFiles();
  const { doc, json } = await bundleOrThrow();
  const snapshot = snapshotBundle(json);
  let prism;
  try {
    prism = await startPrism({ mode: "mock", spec: snapshot.file, logFile });
    log(`workflows: redocly respect ${files.join(" ")} against the Prism mock on ${prism.url}`);
    const { code } = await runRedocly(["respect", ...files, ...respectArguments(files, doc, prism.url)], { inherit: true });
    if (code !== 0) log(`workflows: redocly respect failed (exit ${code}); Prism's log: ${logFile}`);
    return code;
  } finally {
    await prism?.stop();
    snapshot.cleanup();
  }
}
