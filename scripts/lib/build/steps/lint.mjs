// Step: Redocly's rules (redocly.yaml) on the split spec, and the walker's own checks on the
// bundle (a duplicate operationId, named at both operations). Returns problems; writes nothing.
import { BaseResolver, lint } from "@redocly/openapi-core";
import { SPEC_ROOT, fromRedocly, redoclyConfig } from "../../spec/bundle.mjs";
import { SpecError, operations } from "../../spec/oas.mjs";
import { lifecycleProblems } from "../../spec/lifecycles.mjs";
import { fromSpecError } from "../../spec/locations.mjs";
import { resolve } from "node:path";

/**
 * Redocly lint of the split spec. A resolver may be shared with a later bundleSpec (each file is
 * then read once), not an earlier one: bundling rewrites what it resolved.
 * @param {{ dir?: string, resolver?: any }} [options]
 * @returns {Promise<import("../../core/problems.mjs").Problem[]>}
 */
export async function lintSpec({ dir = process.cwd(), resolver } = {}) {
  const config = await redoclyConfig(dir);
  const problems = await lint({ ref: resolve(dir, SPEC_ROOT), config, externalRefResolver: resolver ?? new BaseResolver(config.resolve) });
  return fromRedocly(problems);
}

/**
 * What the walker of scripts/lib/spec/oas.mjs refuses in a bundle (it stops the generator too), then
 * the lifecycles' checks (scripts/lib/spec/lifecycles.mjs), which need a walkable bundle.
 * @param {import("../../spec/oas.mjs").Doc} doc @param {ReturnType<typeof import("../../spec/source-map.mjs").createSourceMap>} [sourceLocation]
 * @returns {import("../../core/problems.mjs").Problem[]}
 */
export function walkProblems(doc, sourceLocation) {
  try {
    operations(doc, { webhooks: true });
    return lifecycleProblems(doc).map((error) => ({ ...fromSpecError(error, sourceLocation), rule: "kyc-lifecycle" }));
  } catch (error) {
    if (error instanceof SpecError) return [fromSpecError(error, sourceLocation)];
    throw error;
  }
}
