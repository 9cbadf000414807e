// `npm run api:report` (--local: rewrite api/*.api.md) and `npm run api:check` (fail, naming the
// entry and showing the diff, when the package's surface no longer matches its committed report).
import { apiReports } from "./lib/release/api-report.mjs";
import { UsageError, parseOptions } from "./lib/core/usage.mjs";
import { run } from "./lib/core/cli.mjs";

const USAGE = `usage: npm run api:report   (node scripts/api-report.mjs --local)
       npm run api:check    (node scripts/api-report.mjs)
  --local  rewrite api/<entry>.api.md for every entry of package.json "exports" that has "types"
  without it, compare them with the package's current types: exit 1 on a difference`;

run(import.meta.url, { name: "api-report", usage: USAGE }, (argv) => {
  const { values, positionals } = parseOptions(argv, { local: { type: "boolean" } });
  if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}`);
  const results = apiReports({ local: values.local });
  if (values.local) {
    for (const r of results)
      console.log(
        `${r.status === "stale" ? "removed" : r.status.padEnd(9)} ${r.file}${r.status === "stale" ? ` (no "${r.entry}" entry in package.json "exports")` : `  (${r.entry})`}`,
      );
    return 0;
  }
  const bad = results.filter((r) => r.status !== "unchanged");
  for (const r of results.filter((r) => r.status === "unchanged")) console.log(`ok       ${r.file}  (${r.entry})`);
  for (const r of bad) {
    if (r.status === "changed") console.error(`\nFAIL: the public API of ${r.entry} changed; ${r.file} no longer matches it:\n${r.diff}`);
    if (r.status === "missing") console.error(`\nFAIL: ${r.entry} has no API report (${r.file} is missing).`);
    if (r.status === "stale") console.error(`\nFAIL: ${r.file} reports an entry that package.json "exports" no longer has.`);
  }
  if (bad.length)
    console.error(`\nIf the change is intended, run \`npm run api:report\` and commit ${REPORTS(bad)} with it, so the review sees the new surface.`);
  return bad.length ? 1 : 0;
});

/** @param {{ file: string }[]} list */
const REPORTS = (list) => list.map((r) => r.file).join(", ");
