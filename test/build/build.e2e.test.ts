// npm run build in a copy of the project whose folder name has a space and a non-ASCII letter:
// it writes every output; a spec that fails a step stops it with the file and the fix, and every
// output (the bundles, made before that step, included) stays byte for byte as it was. What the
// lint reports for each kind of problem is test/spec/broken-spec.test.ts's subject (in process).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject } from "../support/scratch-project.mjs";

const outputs = ["dist", "generated", "package.json"];
let copy: { dir: string; remove: () => void };

function npm(args: string[]) {
  const result = spawnSync("npm", ["run", "--silent", ...args], { cwd: copy.dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every output file, relative path → content. */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(relative(copy.dir, full), readFileSync(full, "utf8"));
    }
  };
  for (const output of outputs) {
    const full = join(copy.dir, output);
    if (output.includes(".")) files.set(output, readFileSync(full, "utf8"));
    else walk(full);
  }
  return files;
}

/** Runs the build with one file edited, then restores the file. */
function buildWith(file: string, edit: (text: string) => string) {
  const path = join(copy.dir, file);
  const original = readFileSync(path, "utf8");
  writeFileSync(path, edit(original));
  try {
    return npm(["build"]);
  } finally {
    writeFileSync(path, original);
  }
}

beforeAll(() => {
  copy = copyProject(undefined, "kyc build ü-");
});
afterAll(() => copy.remove());

describe("npm run build", () => {
  it("writes the bundles, generated/, the library, the docs and the spec hash", () => {
    const result = npm(["build"]);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/✓ lint:style \(Spectral\) +\d+ ms/);
    const files = snapshot();
    for (const path of [
      "dist/openapi.yaml",
      "dist/openapi.json",
      "dist/docs/index.html",
      "dist/lib/src/index.js",
      "dist/lib/src/index.d.ts",
      "generated/schema.ts",
    ]) {
      expect(files.has(path), `${path} was not written`).toBe(true);
    }
    // The copy's generated/ and specHash are the committed ones: the build reproduces them.
    expect(files.get("generated/schema.ts")).toBe(readFileSync("generated/schema.ts", "utf8"));
    expect(JSON.parse(files.get("package.json")!).specHash).toBe(JSON.parse(readFileSync("package.json", "utf8")).specHash);
  });

  it("stops on a problem only Spectral finds and writes nothing, the bundles included", () => {
    const before = snapshot();
    const result = buildWith("spec/components/schemas/ErrorSource.yaml", (t) =>
      t.replace("properties:\n", "properties:\n  fieldName:\n    type: string\n    maxLength: 10\n    description: The field.\n"),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/spec\/components\/schemas\/ErrorSource\.yaml:\d+:\d+ error kyc-snake-case-properties .*Fix:/);
    expect(result.output).toContain("build: stopped at lint:style; nothing was written");
    const after = snapshot();
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [file, content] of before) expect(after.get(file) === content, `${file} changed`).toBe(true);
  });
});
