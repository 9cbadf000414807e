// Runs every bench/*.bench.mjs (or the ones named on the command line) and prints their results.
// A bench module exports `default async function (context) => Result[]`, where a Result is
// { name, value, unit, target?, ok? }; `ok` is shown as "ok"/"MISSED" next to the target.
// Exits non-zero only when a bench fails to run, not when a target is missed (timings vary by machine).
import { readdirSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

const dir = import.meta.dirname ?? new URL(".", import.meta.url).pathname;
const wanted = process.argv.slice(2);
const modules = readdirSync(dir)
  .filter((file) => file.endsWith(".bench.mjs"))
  .filter((file) => wanted.length === 0 || wanted.some((w) => file.startsWith(w)))
  .sort();

// Timings depend on what else runs: say how busy the machine was around each bench.
const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")} on ${availableParallelism()} cores`;
let failed = false;
for (const file of modules) {
  const name = basename(file, ".bench.mjs");
  console.log(`\n## ${name}  (${load()})`);
  try {
    const { default: bench } = await import(pathToFileURL(join(dir, file)).href);
    if (typeof bench !== "function") throw new Error(`${file} has no default export function`);
    const results = await bench({ log: (/** @type {string} */ message) => console.log(`  ${message}`) });
    if (!Array.isArray(results) || results.length === 0) throw new Error(`${file} returned no results (expected [{ name, value, unit }])`);
    const width = Math.max(...results.map((r) => r.name.length));
    for (const r of results) {
      const target = r.target ? `  target ${r.target}  ${r.ok === undefined ? "" : r.ok ? "ok" : "MISSED"}` : "";
      console.log(`  ${r.name.padEnd(width)}  ${String(r.value).padStart(9)} ${r.unit}${target}`);
    }
  } catch (error) {
    failed = true;
    console.error(`  bench ${name} failed: ${/** @type {Error} */ (error).stack ?? error}`);
  }
  console.log(`  (after: ${load()})`);
}
if (modules.length === 0) console.log("no bench/*.bench.mjs matched");
process.exit(failed ? 1 : 0);
