#!/usr/bin/env node
// npm run lint (every rule), lint:spec (--only spec: Redocly's rules), lint:style (--only style:
// Spectral on the bundle). Writes nothing; exits 1 on any error or warning.
import { UsageError, parseOptions } from "./lib/core/usage.mjs";
import { run } from "./lib/core/cli.mjs";
import { lint } from "./lib/build/pipeline.mjs";
import { formatReport, isFailing } from "./lib/core/problems.mjs";

const usage = `usage: npm run lint [-- --only spec|style]
  Redocly's rules on the split spec (redocly.yaml), the spec walker's checks, and Spectral on the
  bundle (.spectral.yaml), each problem with its file, line and fix. Exit 1 on an error or warning.
  --only spec    Redocly's rules and the walker's checks (npm run lint:spec)
  --only style   Spectral and the walker's checks (npm run lint:style)`;

run(import.meta.url, { name: "lint", usage }, async (argv) => {
  const { values } = parseOptions(argv, { only: { type: "string" } });
  if (values.only !== undefined && !["spec", "style"].includes(values.only)) throw new UsageError(`--only: "${values.only}" is not spec or style`);
  const problems = await lint({ spec: values.only !== "style", style: values.only !== "spec" });
  console.log(formatReport(problems));
  return problems.some(isFailing) ? 1 : 0;
});
