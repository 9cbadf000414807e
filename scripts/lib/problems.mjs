// One shape for every problem a step finds (Redocly, Spectral, the walker of scripts/lib/oas.mjs),
// each with the split file and line a person edits and a fix that works in this layout, and one
// way to print them: each problem once, one block per run.
import { relative } from "node:path";
import { getLineColLocation } from "@redocly/openapi-core";
import { SpecError } from "./oas.mjs";
import { createSourceMap } from "./source-map.mjs";

/**
 * @typedef {{ severity: "error" | "warning" | "info", message: string, rule?: string, file?: string,
 *   line?: number, column?: number, pointer?: string, fix?: string, related?: Problem[] }} Problem
 */

const SPECTRAL_SEVERITY = /** @type {const} */ (["error", "warning", "info", "info"]);
const PARSE_FAILED = /^Failed to parse: (.*?) in "([^"]+)" \((\d+):(\d+)\)$/s;
const CANNOT_RESOLVE = /^Can't resolve \$ref: ?(.*)$/s;

/** @param {string} file */
const rel = (file) => relative(process.cwd(), file);

/**
 * Redocly's problems (bundle or lint) in our shape. A file that does not parse is reported once, as
 * such, and alone (not again as every unresolved $ref to it, nor as the rules that then fail).
 * @param {any[]} problems @returns {Problem[]}
 */
export function fromRedocly(problems) {
  /** @type {Problem[]} */
  const result = [];
  for (const problem of problems) {
    const parse = PARSE_FAILED.exec(problem.message);
    if (parse) {
      const [, reason = "", file = "", line, column] = parse;
      result.push({ severity: "error", message: `not valid YAML: ${reason}`, file: rel(file), line: Number(line), column: Number(column), fix: "correct the YAML at that line (indentation, a missing colon, an unclosed bracket or quote)" });
    }
  }
  // A file that does not parse is read partly, and the rules then fail on what is missing (its
  // examples against its broken schema, …): report the parse errors alone, to fix first.
  if (result.length) return dedupe(result);
  for (const problem of problems) {
    const location = problem.location?.[0];
    /** @type {Problem} */
    const found = { severity: problem.severity === "warn" ? "warning" : problem.severity === "error" ? "error" : "info", message: problem.message };
    const unresolved = CANNOT_RESOLVE.exec(problem.message)?.[1];
    if (unresolved !== undefined) {
      found.message = `$ref does not resolve: ${unresolved.replace(/^ENOENT: no such file or directory, open /, "no such file ")}`;
      found.fix = "point the $ref at an existing file (paths are relative to the file the $ref is in)";
    } else if (problem.ruleId) {
      found.rule = problem.ruleId;
      if (problem.suggest?.length) found.fix = `did you mean ${problem.suggest.map((/** @type {string} */ s) => `\`${s}\``).join(" or ")}?`;
    }
    if (location?.source?.absoluteRef) {
      found.file = rel(location.source.absoluteRef);
      if (location.pointer) found.pointer = location.pointer;
      try {
        const { start } = getLineColLocation(location);
        [found.line, found.column] = [start.line, start.col];
      } catch {
        // no line map for this source; the pointer says where
      }
    }
    result.push(found);
  }
  return dedupe(result);
}

/**
 * Spectral's results on the bundle, each mapped back to its split file.
 * @param {any[]} results @param {ReturnType<typeof createSourceMap>} [sourceLocation]
 * @returns {Problem[]}
 */
export function fromSpectral(results, sourceLocation = createSourceMap()) {
  return dedupe(
    results.map((result) => {
      const { file, line, column, pointer } = sourceLocation(result.path);
      const [message = "", fix] = String(result.message).split(/\.? Fix: /);
      return /** @type {Problem} */ ({ severity: SPECTRAL_SEVERITY[result.severity] ?? "info", rule: String(result.code), message, file, line, column, pointer, ...(fix ? { fix: fix.replace(/\.$/, "") } : {}) });
    }),
  );
}

/**
 * A SpecError of the walker (a pointer into the bundle) at its split file and line; a duplicate names both places.
 * @param {import("./oas.mjs").SpecError} error @param {ReturnType<typeof createSourceMap>} [sourceLocation]
 * @returns {Problem}
 */
export function fromSpecError(error, sourceLocation = createSourceMap()) {
  const at = (/** @type {string} */ pointer) => {
    const { file, line, column } = sourceLocation(pointer);
    return { file, line, column };
  };
  const related = error.related.map((pointer) => ({ severity: /** @type {const} */ ("error"), message: "the other one", ...at(pointer) }));
  const fix = error.fix ?? (error.related.length ? "give one of them another operationId (verbNoun, camelCase)" : undefined);
  return { severity: "error", message: error.problem, ...at(error.pointer), pointer: error.pointer, ...(fix ? { fix } : {}), ...(related.length ? { related } : {}) };
}

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

/**
 * Runs `work`; a SpecError of the walker becomes a ProblemsError at the split file and line.
 * @template T @param {string} what @param {() => Promise<T> | T} work @returns {Promise<T>}
 */
export async function inSpecTerms(what, work) {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SpecError) throw new ProblemsError(what, [fromSpecError(error)]);
    throw error;
  }
}
