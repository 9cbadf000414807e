// The scripts as entry points, run the way the README shows them in a checkout whose path has a
// space and an `ü`: they do their job there (a main-module check that fails on such a path made
// them exit 0 doing nothing), print their usage and refuse unknown options (how they import: imports.test.ts).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject } from "../support/scratch-project.mjs";

let copy: { dir: string; remove: () => void };
beforeAll(() => {
  copy = copyProject(undefined, "my projects ü kyc-");
});
afterAll(() => copy.remove());

const npm = (...args: string[]) => {
  const run = spawnSync("npm", ["run", "--silent", ...args], { cwd: copy.dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: run.status, stdout: run.stdout, output: `${run.stdout}${run.stderr}` };
};

describe("scripts in a path with a space and a non-ASCII letter", () => {
  it("npm run bundle writes both bundles", () => {
    const run = npm("bundle");
    expect(run.status, run.output).toBe(0);
    expect(JSON.parse(readFileSync(join(copy.dir, "dist/openapi.json"), "utf8")).openapi).toBe("3.1.0");
    expect(existsSync(join(copy.dir, "dist/openapi.yaml"))).toBe(true);
  });

  it("npm run lint:style lints: a camelCase field fails it", () => {
    const file = join(copy.dir, "spec/components/schemas/ErrorSource.yaml");
    const original = readFileSync(file, "utf8");
    writeFileSync(file, original.replace("properties:\n", "properties:\n  fieldName:\n    type: string\n    maxLength: 10\n    description: The field.\n"));
    try {
      const run = npm("lint:style");
      expect(run.status, run.output).toBe(1);
      expect(run.output).toMatch(/ErrorSource\.yaml:\d+:\d+ error kyc-snake-case-properties/);
    } finally {
      writeFileSync(file, original);
    }
  });

  it("--help prints the usage before any work: verify's, even where the spec does not bundle", () => {
    const file = join(copy.dir, "spec/components/schemas/Language.yaml");
    const original = readFileSync(file, "utf8");
    writeFileSync(file, original.replace("enum:", "enum: [DE\n  bad: : indent"));
    try {
      const help = npm("verify", "--", "--help");
      expect(help.status, help.output).toBe(0);
      expect(help.stdout).toMatch(/^usage: npm run verify/);
      expect(help.output).not.toMatch(/not valid YAML|does not bundle|Language\.yaml/);
    } finally {
      writeFileSync(file, original);
    }
  });

  it("--help prints the usage and exits 0; an unknown option exits 2 with the usage", () => {
    const help = npm("generate", "--", "--help");
    expect(help.status, help.output).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run generate/);
    const wrong = npm("lint", "--", "--fast");
    expect(wrong.status, wrong.output).toBe(2);
    expect(wrong.output).toMatch(/lint: Unknown option '--fast'[\s\S]*usage: npm run lint/);
  });
});
