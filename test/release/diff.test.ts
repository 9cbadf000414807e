// The breaking-change gate: one before/after pair per rule under fixtures/ (before.yaml + a file
// with one change), judged in process by the library `npm run diff` runs (a child per pair added
// only Node's start-up); then the command itself: its JSON and exit codes on a pair, the git mode
// in a scratch repository, and bad input.
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { specDiff } from "../../scripts/lib/release/diff.mjs";
import { runCommand } from "../support/run-command.js";

const run = promisify(execFile);
const DIFF = fileURLToPath(new URL("../../scripts/diff.mjs", import.meta.url));
const FIXTURES = fileURLToPath(new URL("fixtures/diff/", import.meta.url));

type Row = { impact: string; breaking: boolean; rule: string; pointer: string; message: string };
type Report = { bump: string; breaking: number; fail: boolean; majorRaised: boolean; changes: Row[] };

const diff = (args: string[], cwd = process.cwd()) => runCommand(process.execPath, [DIFF, ...args], cwd);

const pair = (name: string): Promise<Report> => specDiff({ baseSpec: `${FIXTURES}before.yaml`, headSpec: `${FIXTURES}${name}.yaml` }) as Promise<Report>;

const body = "/paths/~1v1~1things/post/requestBody/content/application~1json/schema";
const listItem = "/paths/~1v1~1things/get/responses/200/content/application~1json/schema/items";
const event = "/webhooks/THING/post/requestBody/content/application~1json/schema";

// fixture → [rule, JSON pointer] of the breaking change it must produce.
const BREAKING: Record<string, [string, string]> = {
  "operation-removed": ["operation-removed", "/paths/~1v1~1things~1{id}/delete"],
  "status-removed": ["response-removed", "/paths/~1v1~1things/post/responses/404"],
  "response-body-removed": ["media-type-removed", "/paths/~1v1~1things/post/responses/201/content"],
  "response-field-removed": ["property-removed", `${listItem}/properties/created_at`],
  "request-field-required": ["required-properties-added", `${body}/required`],
  "request-enum-narrowed": ["enum-values-removed", `${body}/properties/kind/enum`],
  "response-enum-widened": ["enum-values-added", `${listItem}/properties/status/enum`],
  "response-type-changed": ["schema-type-changed", `${listItem}/properties/amount/type`],
  "request-type-changed": ["schema-type-changed", `${body}/properties/note/type`],
  "response-format-changed": ["schema-constraint-changed", `${listItem}/properties/created_at/format`],
  "request-format-changed": ["schema-constraint-changed", `${body}/properties/due_on/format`],
  "parameter-required": ["parameter-became-required", "/paths/~1v1~1things/get/parameters/0/required"],
  "closed-request-field-removed": ["property-removed", `${body}/properties/note`],
  "webhook-removed": ["path-removed", "/webhooks"],
  // A webhook payload flows to the consumer: a new value or a lost field breaks it like a response.
  "webhook-enum-widened": ["enum-values-added", `${event}/properties/state/enum`],
  "webhook-field-removed": ["property-removed", `${event}/properties/reason`],
};

// fixture → the bump it needs; none of them may fail the gate.
const NON_BREAKING: Record<string, string> = {
  "ok-request-field-added": "minor",
  "ok-response-field-added": "minor",
  "ok-request-enum-widened": "patch",
  "ok-operation-added": "minor",
  "ok-optional-parameter-added": "minor",
  // Request bodies are open (Solaris ignores unknown fields), so dropping one breaks no client.
  "ok-open-request-field-removed": "patch",
  "ok-description-changed": "patch",
};

describe.concurrent("npm run diff: breaking changes fail the gate", () => {
  for (const [name, [rule, pointer]] of Object.entries(BREAKING)) {
    it(`${name}: ${rule} at ${pointer}`, async () => {
      const report = await pair(name);
      expect(report.bump).toBe("major");
      expect(report.fail).toBe(true);
      expect(report.changes).toContainEqual(expect.objectContaining({ rule, pointer, impact: "major", breaking: true }));
    });
  }
});

describe.concurrent("npm run diff: compatible changes pass", () => {
  for (const [name, bump] of Object.entries(NON_BREAKING)) {
    it(`${name}: ${bump}`, async () => {
      const report = await pair(name);
      expect(report.fail).toBe(false);
      expect(report.bump).toBe(bump);
      expect(report.breaking).toBe(0);
      expect(report.changes.length).toBeGreaterThan(0);
    });
  }

  it("no change: no bump", async () => {
    const report = await pair("before");
    expect(report.fail).toBe(false);
    expect(report.bump).toBe("none");
    expect(report.changes).toEqual([]);
  });
});

describe("npm run diff -- --base-spec <file> --head-spec <file> --json", () => {
  it("prints the report as JSON and exits 1 on a breaking change, 0 on a compatible one", async () => {
    const broken = await diff(["--base-spec", `${FIXTURES}before.yaml`, "--head-spec", `${FIXTURES}response-field-removed.yaml`, "--json"]);
    expect(broken.code, broken.stderr).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({ bump: "major", fail: true, changes: (await pair("response-field-removed")).changes });
    const compatible = await diff(["--base-spec", `${FIXTURES}before.yaml`, "--head-spec", `${FIXTURES}ok-operation-added.yaml`, "--json"]);
    expect(compatible.code, compatible.stderr).toBe(0);
    expect(JSON.parse(compatible.stdout)).toMatchObject({ bump: "minor", breaking: 0, fail: false });
  });
});

describe("npm run diff -- --base <git-ref>", () => {
  const repo = mkdtempSync(join(tmpdir(), "diff-gate-"));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (...args: string[]) =>
    run("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: repo });
  const setVersion = (version: string) =>
    writeFileSync(join(repo, "package.json"), `${JSON.stringify({ name: "fixture", version }, null, 2)}\n`);
  const setSpec = (fixture: string) => copyFileSync(`${FIXTURES}${fixture}.yaml`, join(repo, "spec", "openapi.yaml"));

  it("compares the spec at the ref with the working tree, and lets a raised major through", async () => {
    mkdirSync(join(repo, "spec"));
    setSpec("before");
    setVersion("1.4.2");
    await git("init", "-q");
    await git("add", ".");
    await git("commit", "-q", "-m", "v1");

    setSpec("ok-operation-added");
    let result = await diff(["--base", "HEAD"], repo);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/needs a minor version bump/);

    setSpec("response-field-removed");
    result = await diff(["--base", "HEAD"], repo);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${listItem}/properties/created_at`);
    expect(result.stdout).toMatch(/property-removed/);
    expect(result.stderr).toMatch(/Raise the major version in package\.json/);

    setVersion("1.5.0");
    expect((await diff(["--base", "HEAD"], repo)).code).toBe(1);

    setVersion("2.0.0");
    result = await diff(["--base", "HEAD"], repo);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/major version was raised/);
  });

  it("names a ref that does not exist", async () => {
    const result = await diff(["--base", "no-such-ref"], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^diff: --base no-such-ref: not a commit/);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("prints the usage for --help without doing any work, and exits 2 on an unknown option", async () => {
    const help = await diff(["--help", "--base", "no-such-ref"], repo);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run diff/);
    const bad = await diff(["--bogus"], repo);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^diff: Unknown option '--bogus'[\s\S]*usage: npm run diff/);
  });

  it("names a spec file that does not exist", async () => {
    const result = await diff(["--base-spec", "missing.yaml", "--head-spec", `${FIXTURES}before.yaml`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing\.yaml does not exist/);
  });
});
