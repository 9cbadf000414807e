// The one-process build (scripts/build.mjs) must write exactly what the CLI chain writes, and a
// broken spec must stop it with the file and the fix while generated/ and dist/ stay as they were.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject } from "../support/scratch-project.mjs";

const outputs = ["dist/openapi.yaml", "dist/openapi.json", "dist/docs", "dist/lib", "generated", "package.json"];
const copies: Array<{ dir: string; remove: () => void }> = [];
const scratch = () => copies[copies.push(copyProject(undefined, "kyc-build-")) - 1]!.dir;

function run(dir: string, command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: dir, encoding: "utf8", env: { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every output file under `dir`, relative path → content. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(relative(dir, full), readFileSync(full, "utf8"));
    }
  };
  for (const output of outputs) {
    const full = join(dir, output);
    try {
      walk(full);
    } catch {
      files.set(relative(dir, full), readFileSync(full, "utf8"));
    }
  }
  return files;
}

let chain: string;
let oneProcess: string;

beforeAll(() => {
  chain = scratch();
  oneProcess = scratch();
});
afterAll(() => copies.forEach((copy) => copy.remove()));

describe("the one-process build", { timeout: 240_000 }, () => {
  it("writes byte-identical outputs to the CLI chain's", () => {
    const viaChain = run(chain, "npm", ["run", "--silent", "build:chain"]);
    expect(viaChain.status, viaChain.output).toBe(0);
    const viaOneProcess = run(oneProcess, process.execPath, ["scripts/build.mjs"]);
    expect(viaOneProcess.status, viaOneProcess.output).toBe(0);
    expect(viaOneProcess.output).toMatch(/✓ lint:style \(Spectral\) +\d+ ms/);

    const expected = snapshot(chain);
    const actual = snapshot(oneProcess);
    expect([...expected.keys()].length).toBeGreaterThan(20);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, content] of expected) expect(actual.get(file) === content, `${file} differs`).toBe(true);
  });

  it("stops on a spec problem, names the file and the fix, and leaves generated/ and dist/ as they were", () => {
    const before = snapshot(oneProcess);
    const schema = join(oneProcess, "spec/components/schemas/ErrorSource.yaml");
    const original = readFileSync(schema, "utf8");
    writeFileSync(schema, original.replace("properties:\n", "properties:\n  fieldName:\n    type: string\n    maxLength: 10\n    description: The field.\n"));
    try {
      const result = run(oneProcess, process.execPath, ["scripts/build.mjs"]);
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(/spec\/components\/schemas\/ErrorSource\.yaml:\d+:\d+ error kyc-snake-case-properties .*Fix:/);
      const after = snapshot(oneProcess);
      for (const [file, content] of before) {
        if (file.startsWith("dist/openapi.")) continue; // the bundle is written before Spectral, as in the CLI chain
        expect(after.get(file) === content, `${file} changed`).toBe(true);
      }
    } finally {
      writeFileSync(schema, original);
    }
  });

  it("reports invalid YAML with its file and line and writes nothing", () => {
    const before = snapshot(oneProcess);
    const schema = join(oneProcess, "spec/components/schemas/Language.yaml");
    const original = readFileSync(schema, "utf8");
    writeFileSync(schema, original.replace("enum:", "enum: [DE\n  bad: : indent"));
    try {
      const result = run(oneProcess, process.execPath, ["scripts/build.mjs"]);
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(/spec\/components\/schemas\/Language\.yaml:\d+:\d+/);
      expect(snapshot(oneProcess)).toEqual(before);
    } finally {
      writeFileSync(schema, original);
    }
  });
});
