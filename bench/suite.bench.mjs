// The test suite's cost against the build's, side by side in one run on this machine: the wall
// (and CPU) time of `npm test` over that of `npm run build` (median of 3 builds: two before the
// suite, one after, so a change of load during the run weighs on both), both run in the
// repository itself as the README shows them. Run alone with `npm run bench -- suite` (minutes).
import { spawnSync } from "node:child_process";
import { median, timed } from "./measure.mjs";

/** @param {string[]} args @returns {string | undefined} the end of the output when the command failed */
function npm(args) {
  const result = spawnSync("npm", args, { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 256 * 1024 * 1024 });
  return result.status === 0
    ? undefined
    : `npm ${args.join(" ")} exited ${result.status ?? result.signal}:\n${`${result.stdout}${result.stderr}`.slice(-4000)}`;
}

/** @param {{ log: (message: string) => void }} context */
export default async function ({ log }) {
  const build = () => {
    const run = timed(() => npm(["run", "--silent", "build"]));
    if (run.result) throw new Error(run.result);
    return run;
  };
  const builds = [build(), build()];
  // A failing suite still took its time: reported, and its result marked as such.
  const test = timed(() => npm(["test"]));
  if (test.result) log(`npm test FAILED, so its time is not a passing run's: ${test.result}`);
  builds.push(build());
  log(`npm run build: ${builds.map((b) => `${Math.round(b.wall)} ms (CPU ${b.cpu} ms)`).join(", ")}`);
  log(`npm test: ${Math.round(test.wall)} ms (CPU ${test.cpu} ms)`);
  const buildWall = median(builds.map((b) => b.wall));
  const ratio = test.wall / buildWall;
  return [
    { name: "npm run build, median of 3", value: Math.round(buildWall), unit: "ms" },
    { name: test.result ? "npm test (FAILED)" : "npm test", value: Math.round(test.wall), unit: "ms" },
    { name: "npm test / npm run build, wall", value: ratio.toFixed(1), unit: "x", target: "<= 6x", ok: ratio <= 6 },
    { name: "npm test / npm run build, CPU", value: (test.cpu / median(builds.map((b) => b.cpu))).toFixed(1), unit: "x" },
  ];
}
