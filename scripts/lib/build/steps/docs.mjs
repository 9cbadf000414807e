// Step: the bundle's YAML → dist/docs/index.html with `redocly build-docs --inlineBundle` (Redoc
// inlined, so the page renders offline; telemetry off in redocly.yaml and the environment).
// build-docs has no Node API in the published packages, so this is the build's one child
// process; it works in a temporary folder and returns the page in memory. The page shows the
// lifecycle diagrams and tables (steps/lifecycle-diagrams.mjs) in the tag descriptions.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { stringifyYaml } from "@redocly/openapi-core";
import { runRedocly } from "../../core/redocly-cli.mjs";
import { withLifecycleDiagrams } from "./lifecycle-diagrams.mjs";

export const DOCS_FILE = "dist/docs/index.html";

/**
 * @param {string} yaml the bundled spec @param {{ signal?: AbortSignal }} [options]
 * @returns {Promise<Record<string, string>>} { "dist/docs/index.html": page }
 */
export async function renderDocs(yaml, { signal } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "solaris-kyc-docs-"));
  try {
    writeFileSync(join(dir, "openapi.yaml"), stringifyYaml(await withLifecycleDiagrams(parse(yaml)), { noRefs: true, lineWidth: -1 }));
    const out = join(dir, "index.html");
    const { code, stdout, stderr } = await runRedocly(["build-docs", join(dir, "openapi.yaml"), "--inlineBundle", "--output", out], { signal });
    if (code !== 0) throw new Error(`redocly build-docs failed (exit ${code}):\n${`${stdout}\n${stderr}`.replace(/\s*use --force.*$/gim, "").trim()}`);
    return { [DOCS_FILE]: readFileSync(out, "utf8") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
