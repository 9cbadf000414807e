// `npm run lint` the way users run it, in a copy of the project whose folder name has a space and
// a non-ASCII letter: the command prints the report and nothing of its libraries' chatter, writes
// nothing, and exits 0 on a clean spec and 1 on a broken one. What the lint reports for each kind
// of problem is broken-spec.test.ts's subject (in process).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { copyProject } from "../support/scratch-project.mjs";

const copy = copyProject(["spec", "spectral", "scripts", "redocly.yaml", ".spectral.yaml", "package.json"], "kyc lint ü-");
afterAll(() => copy.remove());

const npmLint = () => spawnSync("npm", ["run", "--silent", "lint"], { cwd: copy.dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

it("npm run lint: exit 0 with the summary alone on a clean spec, exit 1 with the report on a broken one; writes nothing", () => {
  const clean = npmLint();
  expect(clean.status, `${clean.stdout}${clean.stderr}`).toBe(0);
  expect(clean.stdout).toBe("✓ 0 error(s), 0 warning(s)\n");
  expect(clean.stderr).not.toMatch(/Woohoo|valid\. 🎉/);

  const file = join(copy.dir, "spec/components/schemas/Language.yaml");
  writeFileSync(file, readFileSync(file, "utf8").replace("enum:", "enum: [DE\n  bad: : indent"));
  const broken = npmLint();
  expect(broken.status).toBe(1);
  expect(broken.stdout).toMatch(/^spec\/components\/schemas\/Language\.yaml:\d+:\d+ error not valid YAML: /m);
  expect(broken.stdout).toMatch(/^✖ 1 error\(s\), 0 warning\(s\)$/m);
  expect(existsSync(join(copy.dir, "dist"))).toBe(false);
});
