// The committed API report in a scratch copy: a changed surface fails `npm run api:check` naming
// the entry and showing the diff, until `npm run api:report`.
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { apiReports } from "../../scripts/lib/release/api-report.mjs";
import { PROJECT_SOURCES, copyProject } from "../support/scratch-project.mjs";
import { runCommand } from "../support/run-command.js";

const npm = (args: string[], cwd: string) => runCommand("npm", args, cwd);

describe("npm run api:check", () => {
  const scratch = copyProject([...PROJECT_SOURCES, "api"]);
  afterAll(() => scratch.remove());

  it("fails npm run api:check on a changed surface, naming the entry and showing the diff", async () => {
    appendFileSync(join(scratch.dir, "src/index.ts"), "\nexport function addedForTheTest(): number {\n  return 1;\n}\n");
    // A new entry in "exports" (as the testing kit adds) needs its own report, found without a list.
    const pkgFile = join(scratch.dir, "package.json");
    const pkg = JSON.parse(readFileSync(pkgFile, "utf8"));
    pkg.exports["./prefer"] = { types: "./dist/lib/src/prefer.d.ts", default: "./dist/lib/src/prefer.js" };
    writeFileSync(pkgFile, JSON.stringify(pkg, null, 2));
    const check = await npm(["run", "--silent", "api:check"], scratch.dir);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/FAIL: the public API of solaris-kyc changed; api\/solaris-kyc\.api\.md no longer matches it/);
    expect(check.stderr).toMatch(/^\+export function addedForTheTest\(\): number;$/m);
    expect(check.stderr).not.toMatch(/solaris-kyc\/examples changed/);
    expect(check.stdout).toMatch(/ok\s+api\/examples\.api\.md/);
    expect(check.stderr).toMatch(/FAIL: solaris-kyc\/prefer has no API report \(api\/prefer\.api\.md is missing\)/);

    // `npm run api:report` is this call with `local`; in process to keep the suite fast.
    const written = apiReports({ dir: scratch.dir, local: true });
    expect(written.find((r: { entry: string }) => r.entry === "solaris-kyc")?.status).toBe("written");
    expect(written.find((r: { entry: string }) => r.entry === "solaris-kyc/prefer")?.status).toBe("written");
    expect(readFileSync(join(scratch.dir, "api/solaris-kyc.api.md"), "utf8")).toContain("export function addedForTheTest(): number;");
  });
});
