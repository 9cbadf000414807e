// `npm run compat`: the type-level compatibility gate (scripts/lib/release/compat.mjs).
import { UsageError, parseOptions } from "./lib/core/usage.mjs";
import { run } from "./lib/core/cli.mjs";
import { compat, describe } from "./lib/release/compat.mjs";
import { formatChanges, versionLine } from "./lib/release/diff.mjs";

const USAGE = `usage: npm run compat -- --base <git-ref> | --base-spec <file> [--head-spec <file>] [--json] [--corpus <file>]
  --base       the package at <git-ref> (read with git archive) vs the working tree's package
  --base-spec  a base spec file; --head-spec the head spec file (default: the working tree's spec),
               whose types are generated into the working tree's package
  --json       print the report as JSON
  --corpus     also write the generated consumer code to <file>
Exit codes: 0 compatible (or the major version in package.json was raised), 1 breaking, 2 bad input.`;

run(import.meta.url, { name: "compat", usage: USAGE }, async (argv) => {
  const { values, positionals } = parseOptions(argv, {
    base: { type: "string" },
    "base-spec": { type: "string" },
    "head-spec": { type: "string" },
    json: { type: "boolean" },
    corpus: { type: "string" },
  });
  if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}`);
  const report = await compat({ base: values.base, baseSpec: values["base-spec"], headSpec: values["head-spec"], corpusFile: values.corpus });
  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
    return report.fail ? 1 : 0;
  }
  const c = report.counts;
  console.log(
    `compat: consumer code from ${report.base} (${c.calls} operations called, ${c.reads} response examples with ${c.fields} field reads, ${c.enums} enums, ${c.types} exported types)`,
  );
  console.log(`compiled with tsc --strict (NodeNext, bundler) against the package of ${report.head}:\n`);
  if (report.breaks.length === 0) console.log("no compile errors: nothing a consumer wrote against the base breaks.");
  // One change often breaks many reads: each message once, then every place it breaks.
  /** @type {Map<string, typeof report.breaks>} */
  const byMessage = new Map();
  for (const b of report.breaks) byMessage.set(b.message, [...(byMessage.get(b.message) ?? []), b]);
  for (const [message, places] of byMessage) {
    console.log(`✘ ${message.replaceAll("\n", "\n  ")}`);
    for (const b of places.slice(0, 8))
      console.log(`    at ${describe(b)}${b.field ? `: ${b.field}` : ""}${b.modes.length < 2 ? ` [${b.modes[0]} only]` : ""}`);
    if (places.length > 8) console.log(`    and ${places.length - 8} more (--json lists them all)`);
  }
  for (const s of report.skipped) console.log(`note: not checked (the base side does not compile either): ${s.what}: ${s.message.split("\n")[0]}`);
  for (const note of report.notes) console.log(`note: ${note}`);
  if (report.diff) console.log(`\nnpm run diff's verdict:\n${formatChanges(report.diff)}`);
  console.log(
    `\n${report.breaks.length} compile break${report.breaks.length === 1 ? "" : "s"}${report.diff ? `, ${report.diff.breaking} breaking spec change${report.diff.breaking === 1 ? "" : "s"}` : ""} → ${report.bump === "none" ? "needs no version bump" : `needs a ${report.bump} version bump`}.`,
  );
  if (values.base) console.log(versionLine(report, values.base));
  if (report.fail)
    console.error(
      "\nFAIL: consumers of the base break. Raise the major version in package.json (and add the change under a new major in CHANGELOG.md), or keep the old contract.",
    );
  else if (report.bump === "major") console.log("\nOK: breaking changes, and the major version was raised.");
  return report.fail ? 1 : 0;
});
