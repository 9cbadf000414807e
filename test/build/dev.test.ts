// npm run dev (without mock and docs): a save regenerates the types, a broken save is reported
// and keeps the last good outputs, a lint problem is printed with its file, line and fix.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject } from "../support/scratch-project.mjs";

let copy: { dir: string; remove: () => void };
let dev: ChildProcess;
let output = "";

/** Waits until the dev output, after `from`, matches `pattern`. */
async function printed(pattern: RegExp, from: number, timeoutMs = 60_000): Promise<string> {
  for (let waited = 0; waited < timeoutMs; waited += 20) {
    const tail = output.slice(from);
    if (pattern.test(tail)) return tail;
    await sleep(20);
  }
  throw new Error(`dev did not print ${pattern} in ${timeoutMs} ms:\n${output.slice(from)}`);
}

const file = (path: string) => join(copy.dir, path);
const schemaFile = "spec/components/schemas/IdentificationSessionConfiguration.yaml";

beforeAll(async () => {
  copy = copyProject(undefined, "kyc-dev-");
  dev = spawn(process.execPath, ["scripts/dev.mjs", "--no-mock", "--no-docs"], { cwd: copy.dir, env: { ...process.env, NO_COLOR: "1" } });
  dev.stdout?.on("data", (chunk) => (output += chunk));
  dev.stderr?.on("data", (chunk) => (output += chunk));
  await printed(/dev: watching spec\//, 0, 120_000);
  await printed(/linted in/, 0, 120_000);
}, 180_000);

afterAll(() => {
  dev?.kill("SIGTERM");
  copy?.remove();
});

describe("npm run dev", { timeout: 90_000 }, () => {
  it("regenerates the types on a save and says all is well", async () => {
    const from = output.length;
    const original = readFileSync(file(schemaFile), "utf8");
    writeFileSync(file(schemaFile), original.replace("The configuration data of an identification session.", "Edited by the dev test."));
    await printed(/✓ all good: types in \d+ ms, linted in \d+ ms/, from);
    expect(readFileSync(file("generated/schema.ts"), "utf8")).toContain("Edited by the dev test.");
  });

  it("reports a save that does not parse and keeps the last good outputs", async () => {
    const types = readFileSync(file("generated/schema.ts"), "utf8");
    const bundle = readFileSync(file("dist/openapi.json"), "utf8");
    const from = output.length;
    writeFileSync(file(schemaFile), "type: object\ndescription: [half-written\n");
    const tail = await printed(/✖ the spec does not bundle: kept the last good outputs/, from);
    expect(tail).toMatch(/IdentificationSessionConfiguration\.yaml:\d+:\d+/);
    expect(readFileSync(file("generated/schema.ts"), "utf8")).toBe(types);
    expect(readFileSync(file("dist/openapi.json"), "utf8")).toBe(bundle);
  });

  it("prints a lint problem with its file, line and fix", async () => {
    const from = output.length;
    writeFileSync(
      file(schemaFile),
      readFileSync(join("spec/components/schemas/IdentificationSessionConfiguration.yaml"), "utf8").replace("properties:\n", "properties:\n  fourthlineMode:\n    type: string\n    maxLength: 10\n    description: A camelCase field.\n"),
    );
    const tail = await printed(/✖ \d+ problem\(s\)/, from);
    expect(tail).toMatch(/IdentificationSessionConfiguration\.yaml:\d+:\d+ error kyc-snake-case-properties .*Fix:/);
    expect(readFileSync(file("generated/schema.ts"), "utf8")).toContain("fourthlineMode");
  });
});
