#!/usr/bin/env node
// `npm run test:workflows`: runs every spec/workflows/*.arazzo.yaml with `redocly respect` against
// its own Prism mock (started here on a free port, always stopped). Each OpenAPI source of a
// workflow file is pointed at the mock with `--server <name>=<url>`; workflow inputs named like a
// parameter of the spec get that parameter's example, `access_token` a dummy token (Prism only
// checks that a bearer token is present).
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import YAML from "yaml";
import { startPrism } from "./prism.mjs";
import { loadSpec, operations, snapshotSpec } from "./spec.mjs";

const require = createRequire(import.meta.url);
const REDOCLY = require.resolve("@redocly/cli/bin/cli.js");
const DIR = "spec/workflows";

function workflowFiles() {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".arazzo.yaml")).sort().map((f) => join(DIR, f));
  if (files.length === 0) throw new Error(`no ${DIR}/*.arazzo.yaml file to run`);
  return files;
}

/** `--server` and `--input` arguments for the files, derived from the files and the spec. */
export function respectArguments(files, doc, url) {
  const servers = new Set();
  const inputs = new Set();
  for (const file of files) {
    let arazzo;
    try {
      arazzo = YAML.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new Error(`${file}: not valid YAML (${error.message})`);
    }
    for (const source of arazzo?.sourceDescriptions ?? []) if (source.type !== "arazzo") servers.add(source.name);
    const schemas = [...(arazzo?.workflows ?? []).map((w) => w.inputs), ...Object.values(arazzo?.components?.inputs ?? {})];
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

async function main() {
  const files = workflowFiles();
  const build = spawn(process.execPath, ["scripts/bundle.mjs"], { stdio: ["ignore", "inherit", "inherit"] });
  const built = await new Promise((resolve) => build.once("exit", resolve));
  if (built !== 0) throw new Error("npm run bundle failed");
  const snapshot = snapshotSpec();
  let prism;
  try {
    prism = await startPrism({ mode: "mock", spec: snapshot.file, logFile: "test-results/prism-workflows.log" });
    const args = [REDOCLY, "respect", ...files, ...respectArguments(files, loadSpec(snapshot.file), prism.url)];
    console.log(`workflows: redocly respect ${files.join(" ")} against the Prism mock on ${prism.url}`);
    const child = spawn(process.execPath, args, {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", REDOCLY_TELEMETRY: "off" },
    });
    const code = await new Promise((resolve) => child.once("exit", (c) => resolve(c ?? 1)));
    if (code !== 0) console.error(`workflows: redocly respect failed (exit ${code}); Prism's log: test-results/prism-workflows.log`);
    return code;
  } finally {
    await prism?.stop();
    snapshot.cleanup();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`workflows: ${error.message}`);
    process.exitCode = 1;
  },
);
