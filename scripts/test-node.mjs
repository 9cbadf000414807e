#!/usr/bin/env node
// npm run test:node22: the package's in-process tests and the packed-consumer test on Node.js 22 (installed once
// from the npm registry's `node` package), beside the Node 20 that runs everything else.
import { UsageError, parseOptions } from "./lib/core/usage.mjs";
import { run } from "./lib/core/cli.mjs";
import { nodeBinDir, runWithNode } from "./lib/core/node-version.mjs";

const usage = `usage: npm run test:node22   (node scripts/test-node.mjs --major <n>)
  Installs Node.js <n> into node_modules/.cache/node<n> when missing, then runs the package's
  in-process tests (test/package/) and the packed-consumer test (npm run test:consumer) with it.`;

run(import.meta.url, { name: "test:node", usage }, async (argv) => {
  const { values } = parseOptions(argv, { major: { type: "string" } });
  const major = Number(values.major);
  if (!Number.isInteger(major) || major < 20) throw new UsageError(`--major: "${values.major ?? ""}" is not a Node.js major version (20 or later)`);
  const bin = await nodeBinDir(major);
  for (const [command, args] of /** @type {const} */ ([
    ["node", ["--version"]],
    ["npx", ["vitest", "run", "--project", "in-process", "test/package/"]],
    ["npm", ["run", "test:consumer"]],
  ])) {
    const code = await runWithNode(bin, command, [...args]);
    if (code !== 0) return code;
  }
  return 0;
});
