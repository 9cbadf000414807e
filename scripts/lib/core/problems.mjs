// One shape for every problem a step finds (Redocly, Spectral, the walker of the spec), each with
// the split file and line a person edits and a fix that works in this layout, and one way to print
// them: each problem once, one block per run. Turning a tool's findings into this shape, at their
// place in the split spec, is the spec's part (spec/bundle.mjs, spec/locations.mjs).

/**
 * @typedef {{ severity: "error" | "warning" | "info", message: string, rule?: string, file?: string,
 *   line?: number, column?: number, pointer?: string, fix?: string, related?: Problem[] }} Problem
 */

/** Each problem once (same place, same message). @param {Problem[]} problems */
export function dedupe(problems) {
  const seen = new Set();
  return problems.filter((p) => {
    const key = `${p.file}|${p.line}|${p.column}|${p.rule}|${p.message}`;
    return !seen.has(key) && seen.add(key);
  });
}

/** Errors and warnings fail a lint; infos are only printed. @param {Problem} problem */
export const isFailing = (problem) => problem.severity === "error" || problem.severity === "warning";

/** @param {Problem} p */
const place = (p) => (p.file ? `${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ""}` : "(spec)");

/**
 * "spec/paths/x.yaml:12:5 error rule-id message. Fix: …", and the other place of a duplicate below it.
 * @param {Problem} p
 */
export function formatProblem(p) {
  const lines = [`${place(p)} ${p.severity}${p.rule ? ` ${p.rule}` : ""} ${p.message.replace(/\.$/, "")}${p.fix ? `. Fix: ${p.fix}` : ""}`];
  for (const other of p.related ?? []) lines.push(`    and ${place(other)} (${other.message})`);
  return lines.join("\n");
}

/** @param {Problem[]} problems */
export function summary(problems) {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.filter((p) => p.severity === "warning").length;
  return `${errors} error(s), ${warnings} warning(s)`;
}

/** Every problem, one per line, then the count. @param {Problem[]} problems */
export const formatReport = (problems) => [...problems.map(formatProblem), `${problems.some(isFailing) ? "✖" : "✓"} ${summary(problems)}`].join("\n");

/** Problems that stop a command, printed as a report by whoever catches it. */
export class ProblemsError extends Error {
  /** @param {string} what what could not be done @param {Problem[]} problems */
  constructor(what, problems) {
    super(`${what}:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "ProblemsError";
    this.what = what;
    this.problems = problems;
  }
}
