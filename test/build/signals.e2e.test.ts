// No orphans: the long-running commands, started the way the README shows them (`npm run …`),
// stop every child (Prism, Respect, workers, servers) when the npm process or the node process
// gets SIGINT, SIGTERM or SIGHUP (each signal and each target once; verify's own
// test sends SIGTERM to npm during a run). npm itself exits on SIGTERM without passing it on,
// so the command must notice that its parent went away.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alive, commandLine, descendants, untilGone } from "../support/process-tree.js";
import { copyProject } from "../support/scratch-project.mjs";
import { until } from "../support/waiting.js";

let copy: { dir: string; remove: () => void };
beforeAll(() => {
  copy = copyProject(undefined, "kyc signals ü-");
});
afterAll(() => copy.remove());

interface Case {
  script: string;
  args: string[];
  ready: RegExp;
  /** Which process gets the signal: npm's, or the node process of the script. */
  target: "npm" | "node";
  signal: NodeJS.Signals;
  /** The child processes that must be running when the signal is sent. */
  children: RegExp;
}

const cases: Case[] = [
  { script: "mock", args: ["--port", "0"], ready: /mock: serving/, target: "npm", signal: "SIGTERM", children: /prism-cli/ },
  { script: "dev", args: ["--port", "0", "--docs-port", "0"], ready: /dev: watching/, target: "npm", signal: "SIGHUP", children: /prism-cli/ },
  { script: "docs:preview", args: ["--port", "0"], ready: /docs preview on/, target: "node", signal: "SIGINT", children: /scripts\/docs-preview\.mjs/ },
  { script: "test:workflows", args: [], ready: /workflows: redocly respect/, target: "npm", signal: "SIGTERM", children: /prism-cli/ },
];

async function stopAndWatch({ script, args, ready, target, signal, children }: Case) {
  const npm = spawn("npm", ["run", script, ...(args.length ? ["--", ...args] : [])], { cwd: copy.dir, env: { ...process.env, NO_COLOR: "1" } });
  let output = "";
  npm.stdout.on("data", (chunk) => (output += chunk));
  npm.stderr.on("data", (chunk) => (output += chunk));
  try {
    await until(
      () => `npm run ${script} to print ${ready}; it printed:\n${output}`,
      () => {
        if (npm.exitCode !== null) throw new Error(`npm run ${script} exited ${npm.exitCode} before it got ready:\n${output}`);
        return ready.test(output);
      },
    );
    const tree = descendants(npm.pid!);
    const running = tree.map(commandLine);
    expect(
      running.some((line) => children.test(line)),
      running.join("\n"),
    ).toBe(true);
    const node = tree.find((pid) => /^node .*scripts\//.test(commandLine(pid)));
    expect(node, running.join("\n")).toBeDefined();
    process.kill(target === "npm" ? npm.pid! : node!, signal);
    await untilGone(tree, `${signal} to ${target} of npm run ${script}`);
  } finally {
    for (const pid of [npm.pid!, ...descendants(npm.pid!)]) if (alive(pid)) process.kill(pid, "SIGKILL");
  }
}

describe("stopping a long-running command leaves no process behind", () => {
  for (const c of cases) it(`npm run ${c.script}: ${c.signal} to ${c.target}`, () => stopAndWatch(c));
});
