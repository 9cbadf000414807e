// The edit loop: `npm run build` against the raw chain of the tools' own CLIs a team would write
// without this project (bench/raw-chain.mjs), both in one copy of the project, alternated, medians
// of wall and CPU time; and the watch mode's time from a one-line spec change to fresh types
// (median of many saves). Run alone with `npm run bench -- build`.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { copyProject } from "../test/support/scratch-project.mjs";
import { median, timed } from "./measure.mjs";
import { runRawChain } from "./raw-chain.mjs";

/** @param {string} dir */
function npmBuild(dir) {
  const result = spawnSync("npm", ["run", "--silent", "build"], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}${result.stderr}`);
}

/** @param {number} rounds @param {(message: string) => void} log */
function buildAgainstRawChain(rounds, log) {
  const { dir, remove } = copyProject(undefined, "kyc-bench-");
  try {
    /** @type {{ wall: number, cpu: number }[]} */
    const chain = [];
    /** @type {{ wall: number, cpu: number }[]} */
    const build = [];
    for (let i = 0; i < rounds; i++) {
      const c = timed(() => runRawChain(dir));
      const b = timed(() => npmBuild(dir));
      chain.push(c);
      build.push(b);
      log(
        `round ${i + 1}: raw chain ${Math.round(c.wall)} ms (CPU ${c.cpu} ms; ${c.result.map((s) => `${s.step} ${Math.round(s.ms)}`).join(", ")}), npm run build ${Math.round(b.wall)} ms (CPU ${b.cpu} ms)`,
      );
    }
    const medians = (/** @type {{ wall: number, cpu: number }[]} */ runs) => ({ wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) });
    return { chain: medians(chain), build: medians(build) };
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
  const { chain, build } = buildAgainstRawChain(5, log);
  const watch = await watchLatency(15, log);
  const wall = build.wall / chain.wall;
  return [
    { name: "raw CLI chain (bench/raw-chain.mjs), median", value: Math.round(chain.wall), unit: "ms" },
    { name: "npm run build, median", value: Math.round(build.wall), unit: "ms" },
    { name: "npm run build / raw CLI chain, wall", value: wall.toFixed(2), unit: "x", target: "<= 1.00x", ok: wall <= 1 },
    { name: "npm run build / raw CLI chain, CPU", value: (build.cpu / chain.cpu).toFixed(2), unit: "x" },
    { name: "watch: one-line change → fresh types, median", value: Math.round(watch), unit: "ms", target: "<= 300 ms", ok: watch <= 300 },
  ];
}
