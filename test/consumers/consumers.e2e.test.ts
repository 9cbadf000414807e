// The consumer matrix (npm run test:e2e): the package packed once from the working tree, installed
// into a copy of each project under test/consumers/ from that project's lock file (npm ci), and
// each project's own scripts run on the Node.js the case names. docs/consumers.md shows each
// project's setup; test/consumers/docs.test.ts keeps the two the same.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumersDir, lockDrift, nodeEnv, nodeMajorOf, packPackage, projectNames, repoDir } from "./projects.mjs";

interface Case {
  name: string;
  project: string;
  /** Node.js major; the project's own (its engines) when left out. */
  node?: number;
  /** npm scripts of the project, run in order. */
  scripts: string[];
}

const tsc = (mode: string, version: 5 | 7, label: string): Case => ({
  name: `tsc ${label} · TypeScript ${version === 5 ? "5.9" : "7"}`,
  project: "tsc",
  scripts: [`tsc${version}:${mode}`],
});

const CASES: Case[] = [
  { name: "ESM + Vitest (msw 2)", project: "esm-vitest", scripts: ["test"] },
  { name: "tsc NodeNext, ESM project · TypeScript 5.9", project: "esm-vitest", scripts: ["tsc5"] },
  { name: "tsc NodeNext, ESM project · TypeScript 7", project: "esm-vitest", scripts: ["tsc7"] },
  tsc("nodenext-cjs", 5, "NodeNext, CommonJS project"),
  tsc("nodenext-cjs", 7, "NodeNext, CommonJS project"),
  tsc("bundler", 5, "bundler"),
  tsc("bundler", 7, "bundler"),
  tsc("commonjs", 5, "module commonjs (node10)"),
  tsc("commonjs", 7, "module commonjs (bundler: TypeScript 7 has no node10)"),
  { name: "require() of every entry · Node 20", project: "require", node: 20, scripts: ["test"] },
  { name: "require() of every entry · Node 22", project: "require", node: 22, scripts: ["test"] },
  { name: "NestJS 12 CommonJS + Jest 30 on Node 24: tsc", project: "nest-jest30", scripts: ["typecheck"] },
  { name: "NestJS 12 CommonJS + Jest 30 on Node 24: jest", project: "nest-jest30", scripts: ["test"] },
  { name: "NestJS 11 CommonJS + Jest (ts-jest) on Node 20: tsc", project: "nest11-jest", scripts: ["typecheck"] },
  { name: "NestJS 11 CommonJS + Jest (ts-jest) on Node 20: jest", project: "nest11-jest", scripts: ["test"] },
  { name: "msw 3 + Vitest on Node 22", project: "msw3", scripts: ["test"] },
  { name: "edge runtime (@edge-runtime/vm): the main entry", project: "edge", scripts: ["build:edge", "test:edge"] },
  { name: "browser bundle (esbuild): validators and examples", project: "edge", scripts: ["build:browser", "test:browser"] },
];

const ANSI = /\x1b\[[0-9;]*m/g;
/** One command's limit; a case waits for its turn and its project's install within its own. */
const TIMEOUT = 300_000;
/** Cases run two at a time (two cores; most of a case is npm, tsc or a test runner). */
const AT_ONCE = 2;

interface Outcome {
  code: number;
  output: string;
}

function runIn(dir: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: dir, env, timeout: TIMEOUT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}`.replace(ANSI, "") });
    });
  });
}

/** The end of a failed command's output: where the error is. */
const lastLines = (output: string, count = 40) => output.trimEnd().split("\n").slice(-count).join("\n");

const waiting: (() => void)[] = [];
let running = 0;
/** Runs `task` when fewer than AT_ONCE others are running. */
async function inTurn<T>(task: () => Promise<T>): Promise<T> {
  if (running < AT_ONCE) running += 1;
  else await new Promise<void>((start) => waiting.push(start)); // the finishing task hands over its turn
  try {
    return await task();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

let work: string;
let manifest: Record<string, any>;
const installs = new Map<string, Promise<void>>();

/** npm ci of the copied project (once per run), then npm ls: every peer range accepts what is installed. */
function install(project: string): Promise<void> {
  if (!installs.has(project)) {
    installs.set(
      project,
      (async () => {
        const dir = join(work, project);
        const drift = lockDrift(dir, manifest);
        if (drift)
          throw new Error(
            `test/consumers/${project}/package-lock.json was written for another solaris-kyc (${drift}): run npm run consumers:locks -- ${project}`,
          );
        const env = await nodeEnv(nodeMajorOf(dir));
        const ci = await runIn(dir, "npm", ["ci", "--prefer-offline", "--ignore-scripts", "--no-audit", "--no-fund"], env);
        if (ci.code !== 0) throw new Error(`${project}: npm ci failed:\n${lastLines(ci.output)}`);
        const ls = await runIn(dir, "npm", ["ls", "--all"], env);
        if (ls.code !== 0)
          throw new Error(
            `${project}: npm ls finds the installed tree invalid:\n${
              ls.output
                .split("\n")
                .filter((line) => /^npm error (invalid|missing|extraneous)/.test(line))
                .join("\n") || lastLines(ls.output)
            }`,
          );
      })(),
    );
  }
  return installs.get(project) as Promise<void>;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "solaris-kyc-consumers-"));
  await packPackage(work);
  manifest = JSON.parse(readFileSync(join(repoDir, "package.json"), "utf8")); // what npm pack packed
  for (const project of projectNames()) {
    cpSync(join(consumersDir, project), join(work, project), { recursive: true, filter: (source) => !/[\\/](node_modules|dist)([\\/]|$)/.test(source) });
  }
}, TIMEOUT);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
}, TIMEOUT);

describe("every project under test/consumers has its cases", () => {
  it("lists each project in the table", () => {
    expect([...new Set(CASES.map((c) => c.project))].sort()).toEqual(projectNames());
  });
});

describe.concurrent("consumer matrix", () => {
  for (const { name, project, node, scripts } of CASES) {
    it(name, { timeout: TIMEOUT * (CASES.length + 1) }, () =>
      inTurn(async () => {
        await install(project);
        const dir = join(work, project);
        const env = await nodeEnv(node ?? nodeMajorOf(dir));
        const version = (await runIn(dir, "node", ["--version"], env)).output.trim();
        for (const script of scripts) {
          const { code, output } = await runIn(dir, "npm", ["run", "--silent", script], env);
          expect(code, `${project}: npm run ${script} (Node ${version}) exited ${code}:\n${lastLines(output)}`).toBe(0);
        }
      }),
    );
  }
});
