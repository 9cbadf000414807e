// npm run dev (without mock and docs) in a copy of the project: a save regenerates the types, a
// broken save is reported with file and line and keeps the last good outputs; each save's report
// is one block that ends with its summary. What the lint and the bundle report for each kind of
// problem (each once) is test/spec/broken-spec.test.ts's subject (in process).
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject } from "../support/scratch-project.mjs";
import { until } from "../support/waiting.js";

let copy: { dir: string; remove: () => void };
let dev: ChildProcess;
let output = "";

/** Waits until the dev output, after `from`, matches `pattern`; returns that output. */
async function printed(pattern: RegExp, from: number): Promise<string> {
  await until(
    () => `dev to print ${pattern}; it printed:\n${output.slice(from)}`,
    () => {
      if (dev.exitCode !== null) throw new Error(`dev exited ${dev.exitCode} before it printed ${pattern}:\n${output.slice(from)}`);
      return pattern.test(output.slice(from));
    },
  );
  return output.slice(from);
}

const file = (path: string) => join(copy.dir, path);
const schemaFile = "spec/components/schemas/IdentificationSessionConfiguration.yaml";
const original = readFileSync(schemaFile, "utf8");

/** Saves `text` into the schema file and returns the output of that save, up to its summary line. */
async function save(path: string, text: string, summary: RegExp): Promise<string> {
  await sleep(300); // let the previous save's lint finish: one save, one block
  const from = output.length;
  writeFileSync(file(path), text);
  await printed(summary, from);
  await sleep(500); // nothing of this save may come after its summary
  return output.slice(from);
}

beforeAll(async () => {
  copy = copyProject(undefined, "kyc dev ü-");
  dev = spawn("npm", ["run", "dev", "--", "--no-mock", "--no-docs"], { cwd: copy.dir, env: { ...process.env, NO_COLOR: "1" } });
  dev.stdout?.on("data", (chunk) => (output += chunk));
  dev.stderr?.on("data", (chunk) => (output += chunk));
  await printed(/dev: watching spec\//, 0);
  await printed(/linted in/, 0);
});

afterAll(() => {
  dev?.kill("SIGTERM");
  copy?.remove();
});

describe("npm run dev", () => {
  it("regenerates the types on a save and says all is well", async () => {
    const report = await save(
      schemaFile,
      original.replace("The configuration data of an identification session.", "Edited by the dev test."),
      /✓ all good: types in \d+ ms, linted in \d+ ms/,
    );
    expect(report.trim().split("\n")).toHaveLength(1);
    expect(readFileSync(file("generated/schema.ts"), "utf8")).toContain("Edited by the dev test.");
    expect(readFileSync(file("dist/openapi.json"), "utf8")).toContain("Edited by the dev test.");
  });

  it("reports a save that does not parse and keeps the last good outputs", async () => {
    const types = readFileSync(file("generated/schema.ts"), "utf8");
    const bundle = readFileSync(file("dist/openapi.json"), "utf8");
    const report = await save(schemaFile, "type: object\ndescription: [half-written\n", /✖ the spec does not bundle: kept the last good outputs/);
    expect(report).toMatch(/^spec\/components\/schemas\/IdentificationSessionConfiguration\.yaml:\d+:\d+ error not valid YAML: /m);
    expect(readFileSync(file("generated/schema.ts"), "utf8")).toBe(types);
    expect(readFileSync(file("dist/openapi.json"), "utf8")).toBe(bundle);
  });

  it("prints a lint problem with its file, line and fix in one block that says the types were written first", async () => {
    const bundle = readFileSync(file("dist/openapi.json"), "utf8");
    const report = await save(
      schemaFile,
      original.replace("properties:\n", "properties:\n  fourthlineMode:\n    type: string\n    maxLength: 10\n    description: A camelCase field.\n"),
      /✖ \d+ problem\(s\)/,
    );
    const lines = report.trim().split("\n");
    expect(lines.at(-1)).toMatch(/^✖ \d+ problem\(s\).*generated\/ was regenerated before the lint.*dist\/ and the docs keep the last good build/);
    expect(
      lines.slice(0, -1).every((line) => /^spec\/.*\.yaml:\d+:\d+ (error|warning|info) /.test(line)),
      report,
    ).toBe(true);
    expect(report).toMatch(/IdentificationSessionConfiguration\.yaml:\d+:\d+ error kyc-snake-case-properties .*Fix:/);
    expect(readFileSync(file("generated/schema.ts"), "utf8")).toContain("fourthlineMode");
    expect(readFileSync(file("dist/openapi.json"), "utf8")).toBe(bundle);
  });
});

describe("npm run dev on a spec that does not bundle yet", () => {
  it("reports it, keeps watching, and starts the mock with the first save that bundles", async () => {
    const broken = copyProject(undefined, "kyc dev broken ü-");
    const schema = join(broken.dir, "spec/components/schemas/Language.yaml");
    const good = readFileSync(schema, "utf8");
    writeFileSync(schema, good.replace("enum:", "enum: [DE\n  bad: : indent"));
    const child = spawn("npm", ["run", "dev", "--", "--port", "0", "--no-docs"], { cwd: broken.dir, env: { ...process.env, NO_COLOR: "1" } });
    let log = "";
    child.stdout?.on("data", (chunk) => (log += chunk));
    child.stderr?.on("data", (chunk) => (log += chunk));
    const logged = (pattern: RegExp) =>
      until(
        () => `dev to print ${pattern}; it printed:\n${log}`,
        () => {
          if (child.exitCode !== null) throw new Error(`dev exited ${child.exitCode} before it printed ${pattern}:\n${log}`);
          return pattern.test(log);
        },
      );
    try {
      await logged(/dev: watching spec\//);
      expect(log).toMatch(/Language\.yaml:\d+:\d+ error not valid YAML/);
      expect(log).toContain("mock: starts with the first save that bundles");
      writeFileSync(schema, good);
      await logged(/mock: http:\/\/127\.0\.0\.1:\d+/);
      const url = /mock: (http:\/\/127\.0\.0\.1:\d+)/.exec(log)![1];
      const answer = await fetch(`${url}/v1/persons/dc1a6812a14f6cc338cd084208535bcdcper/identifications/a7a57dadfcc83117b5c3b72f4113be25cidt`, {
        headers: { Authorization: "Bearer t" },
      });
      expect(answer.status).toBe(200);
    } finally {
      child.kill("SIGTERM");
      await new Promise((resolve) => (child.exitCode === null ? child.once("exit", resolve) : resolve(undefined)));
      broken.remove();
    }
  });
});
