// The spec-level breaking-change gate (`npm run diff`): Redocly's `diff` with `diff-recommended`
// (diff/redocly-diff.yaml) over two bundles made in process, each change as a row with
// its JSON pointer and the semver bump it needs. `compat` adds its verdict to the compiler's.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runRedocly } from "../core/redocly-cli.mjs";
import { majorRaised, specSides } from "./spec-sides.mjs";

const DIFF_CONFIG = fileURLToPath(new URL("diff/redocly-diff.yaml", import.meta.url));
/** @typedef {"major" | "minor" | "patch" | "none"} Bump */
/** @type {Record<Bump, number>} */
export const RANK = { major: 3, minor: 2, patch: 1, none: 0 };
/** @typedef {{ impact: Bump, breaking: boolean, rule: string, pointer: string, message: string, overruled?: string }} DiffRow */
// `overruled`: set by compat when the compiler shows a "major" row breaks no consumer.
/**
 * @typedef {{ base: string, head: string, bump: Bump, breaking: number, majorRaised: boolean, fail: boolean,
 *   summary: { major: number, minor: number, patch: number }, changes: DiffRow[], baseVersion?: string, headVersion?: string, gitMode: boolean }} DiffReport
 */

/** The larger of two bumps. @param {Bump} a @param {Bump} b @returns {Bump} */
export const maxBump = (a, b) => (RANK[a] >= RANK[b] ? a : b);

/** One row per verdict of every change Redocly reports (a change without a verdict is one row). @param {any} report @returns {DiffRow[]} */
export function rows(report) {
  return report.changes
    .flatMap((/** @type {any} */ change) => {
      const pointer = `${change.path.replace(/^#/, "")}${change.property && change.kind === "modified" ? `/${change.property}` : ""}`;
      const what = `${change.typeName} ${change.kind}${change.property ? ` (${change.property})` : ""}`;
      const verdicts = change.verdicts.length > 0 ? change.verdicts : [{ ruleId: "-", impact: change.impact, message: what }];
      return verdicts.map((/** @type {any} */ v) => ({ impact: v.impact, breaking: v.impact === "major", rule: v.ruleId, pointer, message: v.message }));
    })
    .sort((/** @type {DiffRow} */ a, /** @type {DiffRow} */ b) => RANK[b.impact] - RANK[a.impact] || a.pointer.localeCompare(b.pointer));
}

/**
 * Compares two bundled sides with `redocly diff`.
 * @param {{ base: import("./spec-sides.mjs").Side, head: import("./spec-sides.mjs").Side, tmp: string, gitMode: boolean, signal?: AbortSignal }} sides
 * @returns {Promise<DiffReport>}
 */
export async function diffSides({ base, head, tmp, gitMode, signal }) {
  const [baseFile, headFile, reportFile] = /** @type {[string, string, string]} */ (
    ["diff-base.json", "diff-head.json", "diff-report.json"].map((name) => join(tmp, name))
  );
  writeFileSync(baseFile, base.json);
  writeFileSync(headFile, head.json);
  const result = await runRedocly(["diff", baseFile, headFile, "--config", DIFF_CONFIG, "--format", "json", "--fail-on", "none", "--output", reportFile], {
    cwd: tmp,
    signal,
  });
  if (result.code !== 0) throw new Error(`redocly diff failed:\n${`${result.stdout}\n${result.stderr}`.trim()}`);
  const report = JSON.parse(readFileSync(reportFile, "utf8"));
  const changes = rows(report);
  const breaking = changes.filter((r) => r.breaking).length;
  const raised = gitMode && majorRaised(base.version, head.version);
  return {
    base: base.label,
    head: head.label,
    bump: report.bump ?? "none",
    breaking,
    majorRaised: raised,
    fail: breaking > 0 && !raised,
    summary: report.summary,
    changes,
    gitMode,
    ...(gitMode ? { baseVersion: base.version, headVersion: head.version } : {}),
  };
}

/**
 * `npm run diff`: bundles both sides and compares them.
 * @param {{ cwd?: string, base?: string, baseSpec?: string, headSpec?: string, signal?: AbortSignal }} options
 * @returns {Promise<DiffReport>}
 */
export async function specDiff({ signal, ...options }) {
  const sides = await specSides(options);
  try {
    return await diffSides({ ...sides, gitMode: Boolean(options.base), signal });
  } finally {
    sides.cleanup();
  }
}

/** @param {string[]} head @param {string[][]} body */
export function table(head, body) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] ?? "").length)));
  const line = (/** @type {string[]} */ cells) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

/** The table of changes and the bump line. @param {DiffReport} report */
export function formatChanges(report) {
  const body = report.changes.map((r) => [
    r.impact,
    r.breaking ? "yes" : "no",
    r.rule,
    r.pointer,
    r.overruled ? `${r.message} (not breaking: ${r.overruled})` : r.message,
  ]);
  const s = report.summary;
  const overruled = report.changes.filter((r) => r.overruled).length;
  return [
    body.length > 0 ? table(["bump", "breaking", "rule", "JSON pointer", "change"], body) : "no changes",
    "",
    `${s.major} major (breaking)${overruled ? `, ${overruled} of them overruled by the compiler` : ""}, ${s.minor} minor, ${s.patch} patch → ${report.bump === "none" ? "needs no version bump" : `needs a ${report.bump} version bump`}.`,
  ].join("\n");
}

/** The version line of the git mode. @param {{ base: string, baseVersion?: string, headVersion?: string }} report @param {string} ref */
export const versionLine = ({ baseVersion, headVersion }, ref) =>
  `package.json version: ${baseVersion ?? "(none)"} at ${ref} → ${headVersion ?? "(none)"} now.`;
