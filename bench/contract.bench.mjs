// Contract suite timing: the whole `vitest run --project contract` (Prism start, bundle, every
// replay, negatives, verify), and one example replay against a running Prism mock (median of
// many). Run alone with `node bench/contract.bench.mjs`, or through bench/run.mjs.
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { startPrism } from "../scripts/lib/core/prism.mjs";
import { bundleOrThrow, snapshotBundle } from "../scripts/lib/spec/bundle.mjs";
import { authFor, requestInit } from "../scripts/lib/spec/requests.mjs";
import { replays } from "../scripts/lib/contract/replays.mjs";

/** @param {number[]} xs @returns {number} */
const median = (xs) => /** @type {number} */ ([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);

/** @returns {Promise<{ id: string, ms: number }>} */
async function oneReplay(rounds = 200) {
  const bundled = await bundleOrThrow();
  const snapshot = snapshotBundle(bundled.json);
  const prism = await startPrism({ mode: "mock", spec: snapshot.file, logFile: "test-results/prism-bench.log" });
  try {
    const doc = bundled.doc;
    const replay = replays(doc).find((r) => r.method === "post" && r.status.startsWith("2") && r.request.body !== undefined);
    if (!replay) throw new Error("the spec has no POST replay with a 2xx answer and a request body to bench");
    const auth = authFor(doc, replay.operation.security);
    const { url, init } = requestInit(prism.url, replay.operation, replay.request, {
      ...auth.headers,
      Prefer: `code=${replay.preferCode}, example=${replay.example}`,
    });
    /** @type {number[]} */
    const times = [];
    for (let i = 0; i < rounds + 20; i++) {
      const start = performance.now();
      const response = await fetch(url, init);
      await response.json();
      if (response.status !== replay.preferCode) throw new Error(`replay ${replay.id} answered ${response.status}`);
      if (i >= 20) times.push(performance.now() - start);
    }
    return { id: replay.id, ms: median(times) };
  } finally {
    await prism.stop();
    snapshot.cleanup();
  }
}

function wholeSuite() {
  const start = performance.now();
  const run = spawnSync(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "--project", "contract", "--reporter=dot"], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`the contract suite failed (exit ${run.status}); run npm run test:contract`);
  const tests = run.stdout.match(/Tests\s+(\d+) passed/)?.[1];
  return { ms, tests: Number(tests ?? 0) };
}

/** bench/run.mjs interface: `default async (context) => [{ name, value, unit }]`. */
/** @param {{ log?: (message: string) => void }} [context] */
export async function run(context = {}) {
  const replay = await oneReplay();
  context.log?.(`one replay = ${replay.id}, median of 200 after 20 warm-up requests`);
  const suite = wholeSuite();
  return [
    { name: "contract: one replay (median)", value: replay.ms.toFixed(2), unit: "ms" },
    { name: `contract: whole suite (${suite.tests} tests, Prism start included)`, value: (suite.ms / 1000).toFixed(1), unit: "s" },
    { name: "contract: whole suite / one replay", value: (suite.ms / replay.ms).toFixed(0), unit: "x" },
  ];
}

export default run;

if (import.meta.url === `file://${process.argv[1]}`) {
  run().then(
    (results) => results.forEach((r) => console.log(`${r.name}: ${r.value} ${r.unit}`)),
    (error) => {
      console.error(`bench/contract: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
