// Fails, naming each file, when generated/ differs from what the current spec produces.
// Renders into a temporary folder outside the repo and compares; never writes to generated/.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleSpec, render, writeFiles } from "./generate.mjs";

async function main() {
  const files = await render(bundleSpec());
  const tmp = mkdtempSync(join(tmpdir(), "solaris-kyc-generated-"));
  try {
    writeFiles(tmp, files);
    const problems = [];
    for (const name of Object.keys(files)) {
      const committed = join("generated", name);
      if (!existsSync(committed)) problems.push(`${committed}: missing`);
      else if (readFileSync(committed, "utf8") !== readFileSync(join(tmp, name), "utf8")) {
        problems.push(`${committed}: differs from what the spec produces`);
      }
    }
    const extra = existsSync("generated") ? readdirSync("generated").filter((name) => !(name in files)) : [];
    problems.push(...extra.map((name) => `generated/${name}: not produced by the generator (stale file?)`));
    if (problems.length) {
      console.error(`check:generated: generated/ is out of date:\n  ${problems.join("\n  ")}\nFix: npm run generate, then commit generated/.`);
      process.exit(1);
    }
    console.log(`check:generated: generated/ matches the spec (${Object.keys(files).length} files)`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`check:generated: ${error.message}`);
  process.exit(1);
});
