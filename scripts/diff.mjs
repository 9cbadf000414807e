// `npm run diff`: the spec-level breaking-change gate (scripts/lib/release/diff.mjs).
import { formatChanges, specDiff, versionLine } from "./lib/release/diff.mjs";
import { UsageError, parseOptions } from "./lib/core/usage.mjs";
import { run } from "./lib/core/cli.mjs";

const USAGE = `usage: npm run diff -- --base <git-ref> | --base-spec <file> [--head-spec <file>] [--json]
  --base       compare the spec at <git-ref> (read with git archive) with the working tree's
  --base-spec  compare this spec file with --head-spec (default: the working tree's spec)
  --json       print the report as JSON
Exit codes: 0 no breaking change (or the major version in package.json was raised), 1 breaking, 2 bad input.`;

run(import.meta.url, { name: "diff", usage: USAGE }, async (argv) => {
  const { values, positionals } = parseOptions(argv, {
    base: { type: "string" },
    "base-spec": { type: "string" },
    "head-spec": { type: "string" },
    json: { type: "boolean" },
  });
  if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}`);
  const report = await specDiff({ base: values.base, baseSpec: values["base-spec"], headSpec: values["head-spec"] });
  if (values.json) {
    const { gitMode, summary, baseVersion, headVersion, ...json } = report;
    console.log(JSON.stringify(json, null, 2));
    return report.fail ? 1 : 0;
  }
  console.log(`API diff: ${report.base} → ${report.head}\n`);
  console.log(formatChanges(report));
  if (values.base) console.log(versionLine(report, values.base));
  if (report.fail) {
    console.error(
      `\nFAIL: ${report.breaking} breaking change${report.breaking === 1 ? "" : "s"}. Raise the major version in package.json ` +
        "(and add the change under a new major in CHANGELOG.md), or keep the old contract.",
    );
  } else if (report.breaking > 0) {
    console.log("\nOK: breaking changes, and the major version was raised.");
  }
  return report.fail ? 1 : 0;
});
