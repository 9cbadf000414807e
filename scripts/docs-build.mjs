// npm run docs:build: dist/openapi.yaml → dist/docs/index.html with Redocly build-docs, Redoc
// inlined (--inlineBundle) so the page renders with no network; telemetry is off in redocly.yaml
// and in the environment. Bundles the spec first when dist/openapi.yaml is missing. The page is
// written to a temporary file and moved into place, so it is never half-written.
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildDocs } from "./lib/pipeline.mjs";

const bundleFile = "dist/openapi.yaml";
const docsFile = "dist/docs/index.html";

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    if (!existsSync(bundleFile)) execFileSync(process.execPath, ["scripts/bundle.mjs"], { stdio: "inherit" });
    const page = await buildDocs({ bundleFile, docsFile });
    page.publish();
    console.log(`built ${bundleFile} → ${docsFile} (${Math.round(statSync(docsFile).size / 1024)} KiB, Redoc inlined)`);
  } catch (error) {
    console.error(`docs:build: ${error.message}`);
    process.exit(1);
  }
}
