// The test suite's cost against the build's, side by side in one run on this machine: the wall
// time of `npm test` over that of `npm run build` (median of 3 builds), both run as the README
// shows them in the repository itself. Run alone with `npm run bench -- suite` (minutes).
import { spawnSync } from "node:child_process";

/** @param {number[]} xs @returns {number} */
const median = (xs) => /** @type {number} */ ([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);

/** @param {string[]} args @returns {number} ms */
function timedNpm(args) {
  const started = performance.now();
  const result = spawnSync("npm", args, { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`npm ${args.join(" ")} failed:\n${`${result.stdout}${result.stderr}`.slice(-4000)}`);
  return performance.now() - started;
}

/** @param {{ log: (message: string) => void }} context */
export default async function ({ log }) {
  const builds = [0, 1, 2].map(() => timedNpm(["run", "--silent", "build"]));
  log(`npm run build: ${builds.map((t) => Math.round(t)).join(", ")} ms`);
  const test = timedNpm(["test"]);
  log(`npm test: ${Math.round(test)} ms`);
  const ratio = test / median(builds);
  return [
    { name: "npm run build, median of 3", value: Math.round(median(builds)), unit: "ms" },
    { name: "npm test", value: Math.round(test), unit: "ms" },
    { name: "npm test / npm run build", value: ratio.toFixed(1), unit: "x", target: "<= 10x", ok: ratio <= 10 },
  ];
}
