// Problems at their place in the split spec: Spectral's results and the walker's SpecErrors, found
// on the bundle, mapped back to the file and line under spec/ a person edits (source-map.mjs).
import { ProblemsError, dedupe } from "../core/problems.mjs";
import { SpecError } from "./oas.mjs";
import { createSourceMap } from "./source-map.mjs";

/** @typedef {import("../core/problems.mjs").Problem} Problem */

const SPECTRAL_SEVERITY = /** @type {const} */ (["error", "warning", "info", "info"]);

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
      return /** @type {Problem} */ ({
        severity: SPECTRAL_SEVERITY[result.severity] ?? "info",
        rule: String(result.code),
        message,
        file,
        line,
        column,
        pointer,
        ...(fix ? { fix: fix.replace(/\.$/, "") } : {}),
      });
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
  return {
    severity: "error",
    message: error.problem,
    ...at(error.pointer),
    pointer: error.pointer,
    ...(fix ? { fix } : {}),
    ...(related.length ? { related } : {}),
  };
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
