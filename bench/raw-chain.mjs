// The build a team would write without this project: the tools' own CLIs, each its own process,
// one after the other (what `redocly lint && redocly bundle && …` in a package.json script runs).
// It makes what the build's core makes (a linted bundle, the types, the compiled library, the
// docs page); `npm run build` also writes the JSON bundle, the typed examples, the validators, the
// testing data and the spec hash, and names each problem at its split file. The build bench
// (build.bench.mjs) times both on a copy of the project. Alone: `node bench/raw-chain.mjs <dir>`.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// openapi-typescript reads ./redocly.yaml, whose `apis` entry has no `x-openapi-ts` output (the
// build calls its Node API instead): pointed at this config, it reads the bundle it is given.
const OPENAPI_TS_CONFIG = fileURLToPath(new URL("raw-chain.redocly.yaml", import.meta.url));

/** @type {{ step: string, tool: string, args: string[] }[]} run in the project folder, tools from its node_modules/.bin */
export const RAW_CHAIN = [
  { step: "redocly lint", tool: "redocly", args: ["lint"] },
  { step: "redocly bundle", tool: "redocly", args: ["bundle", "spec/openapi.yaml", "--output", "dist/openapi.yaml"] },
  { step: "spectral lint", tool: "spectral", args: ["lint", "dist/openapi.yaml", "--ruleset", ".spectral.yaml", "--fail-severity", "warn"] },
  // With the options of the build's generate step (scripts/lib/steps/generate.mjs).
  {
    step: "openapi-typescript",
    tool: "openapi-typescript",
    args: [
      "dist/openapi.yaml",
      "--redocly",
      OPENAPI_TS_CONFIG,
      "--output",
      "generated/schema.ts",
      "--alphabetize",
      "--root-types",
      "--root-types-no-schema-prefix",
    ],
  },
  { step: "tsc", tool: "tsc", args: ["-p", "tsconfig.build.json"] },
  { step: "redocly build-docs", tool: "redocly", args: ["build-docs", "dist/openapi.yaml", "--inlineBundle", "--output", "dist/docs/index.html"] },
];

/**
 * Runs every step in `dir`; throws naming the step that failed, with its output.
 * @param {string} dir @returns {{ step: string, ms: number }[]} each step's wall time
 */
export function runRawChain(dir) {
  const env = { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", REDOCLY_TELEMETRY: "off", NO_COLOR: "1" };
  return RAW_CHAIN.map(({ step, tool, args }) => {
    const started = performance.now();
    const result = spawnSync(join(dir, "node_modules", ".bin", tool), args, { cwd: dir, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0)
      throw new Error(
        `raw chain: ${step} (${tool} ${args.join(" ")}) failed (exit ${result.status ?? result.signal}):\n${`${result.stdout}${result.stderr}`.slice(-4000)}`,
      );
    return { step, ms: performance.now() - started };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: node bench/raw-chain.mjs <project folder>   (writes dist/ and generated/schema.ts there)");
    process.exit(2);
  }
  for (const { step, ms } of runRawChain(dir)) console.log(`${step.padEnd(20)} ${Math.round(ms)} ms`);
}
