// The edit loop: the one-process build against the CLI chain (both in fresh copies of the
// project, alternated, medians), and the watch mode's time from a one-line spec change to fresh
// types (median of many saves). Run alone with `node bench/run.mjs build`.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { copyProject } from "../test/support/scratch-project.mjs";

/** @param {number[]} xs @returns {number} */
const median = (xs) => /** @type {number} */ ([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);

/** @param {string} dir @param {string} command @param {string[]} args @returns {number} ms */
function timedRun(dir, command, args) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: dir, encoding: "utf8", env: { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}${result.stderr}`);
  return performance.now() - started;
}

/** @param {number} rounds @param {(message: string) => void} log */
async function buildRatio(rounds, log) {
  const { dir, remove } = copyProject(undefined, "kyc-bench-");
  try {
    /** @type {number[]} */
    const chain = [];
    /** @type {number[]} */
    const oneProcess = [];
    for (let i = 0; i < rounds; i++) {
      chain.push(timedRun(dir, "npm", ["run", "--silent", "build:chain"]));
      oneProcess.push(timedRun(dir, "npm", ["run", "--silent", "build"]));
      log(`round ${i + 1}: CLI chain ${Math.round(/** @type {number} */ (chain.at(-1)))} ms, one process ${Math.round(/** @type {number} */ (oneProcess.at(-1)))} ms`);
    }
    return { chain: median(chain), oneProcess: median(oneProcess) };
  } finally {
    remove();
  }
}

/**
 * Starts `npm run dev` without mock and docs, saves one line of the spec `saves` times, and times each until generated/schema.ts changes.
 * @param {number} saves @param {(message: string) => void} log @returns {Promise<number>} the median, in ms
 */
async function watchLatency(saves, log) {
  const { dir, remove } = copyProject(undefined, "kyc-bench-");
  const child = spawn("npm", ["run", "dev", "--", "--no-mock", "--no-docs"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  try {
    for (let waited = 0; !output.includes("dev: watching"); waited += 50) {
      if (waited > 60_000 || child.exitCode !== null) throw new Error(`dev did not start:\n${output}`);
      await sleep(50);
    }
    const schemaFile = join(dir, "spec/components/schemas/IdentificationSessionConfiguration.yaml");
    const typesFile = join(dir, "generated/schema.ts");
    const original = readFileSync(schemaFile, "utf8");
    /** @type {number[]} */
    const times = [];
    // Each save alone: the previous pass, its lint included, has finished, as between real saves.
    const passes = () => output.split("linted in").length - 1;
    const settle = async (/** @type {number} */ count) => {
      for (let waited = 0; passes() < count; waited += 10) {
        if (waited > 30_000) throw new Error(`the lint pass did not finish:\n${output.slice(-2000)}`);
        await sleep(10);
      }
    };
    await settle(1);
    for (let i = 0; i < saves; i++) {
      const marker = `Edit ${i} of the watch benchmark.`;
      const before = passes();
      const started = performance.now();
      writeFileSync(schemaFile, original.replace("description: The configuration data of an identification session.", `description: ${marker}`));
      while (!readFileSync(typesFile, "utf8").includes(marker)) {
        if (performance.now() - started > 10_000) throw new Error(`no fresh types 10 s after save ${i}:\n${output.slice(-2000)}`);
        await sleep(2);
      }
      times.push(performance.now() - started);
      await settle(before + 1);
    }
    log(`watch: ${times.map((t) => Math.round(t)).join(", ")} ms`);
    return median(times);
  } finally {
    child.kill("SIGTERM");
    remove();
  }
}

/** @param {{ log: (message: string) => void }} context */
export default async function ({ log }) {
  const { chain, oneProcess } = await buildRatio(3, log);
  const watch = await watchLatency(15, log);
  const ratio = oneProcess / chain;
  return [
    { name: "CLI chain (npm run build:chain), median", value: Math.round(chain), unit: "ms" },
    { name: "one-process build (npm run build), median", value: Math.round(oneProcess), unit: "ms" },
    { name: "one-process / CLI chain", value: ratio.toFixed(2), unit: "x", target: "<= 0.50x", ok: ratio <= 0.5 },
    { name: "watch: one-line change → fresh types, median", value: Math.round(watch), unit: "ms", target: "<= 300 ms", ok: watch <= 300 },
  ];
}
