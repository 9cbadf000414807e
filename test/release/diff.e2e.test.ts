// `npm run diff` the way users run it: its JSON and exit codes on a pair of spec files, the git
// mode in a scratch repository (a raised major lets a break through), and bad input. The specs are
// fixtures/diff/before.yaml and that spec with one change written here; the verdicts themselves are
// diff-verdicts.e2e.test.ts's subject.
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { specDiff } from "../../scripts/lib/release/diff.mjs";
import { runCommand } from "../support/run-command.js";
import { mutate, specFolder } from "../support/spec-change.js";

const run = promisify(execFile);
const DIFF = fileURLToPath(new URL("../../scripts/diff.mjs", import.meta.url));
const BEFORE = fileURLToPath(new URL("fixtures/diff/before.yaml", import.meta.url));
const before = parse(readFileSync(BEFORE, "utf8"));

const diff = (args: string[], cwd = process.cwd()) => runCommand(process.execPath, [DIFF, ...args], cwd);

const listItem = "/paths/~1v1~1things/get/responses/200/content/application~1json/schema/items";
// A breaking change (a response field removed) and a compatible one (an operation added).
const fieldRemoved = mutate(before, ["components", "schemas", "Thing", "properties", "created_at"], { delete: true });
const operationAdded = mutate(before, ["paths", "/v1/things/{id}", "patch"], {
  set: { operationId: "updateThing", responses: { "200": { description: "Updated." } } },
});

const specs = specFolder("diff-e2e-");
afterAll(() => specs.remove());

describe("npm run diff -- --base-spec <file> --head-spec <file> --json", () => {
  it("prints the report as JSON and exits 1 on a breaking change, 0 on a compatible one", async () => {
    const broken = specs.write(fieldRemoved, "field-removed");
    const result = await diff(["--base-spec", BEFORE, "--head-spec", broken, "--json"]);
    expect(result.code, result.stderr).toBe(1);
    const { changes } = await specDiff({ baseSpec: BEFORE, headSpec: broken });
    expect(JSON.parse(result.stdout)).toMatchObject({ bump: "major", fail: true, changes });
    const compatible = await diff(["--base-spec", BEFORE, "--head-spec", specs.write(operationAdded, "operation-added"), "--json"]);
    expect(compatible.code, compatible.stderr).toBe(0);
    expect(JSON.parse(compatible.stdout)).toMatchObject({ bump: "minor", breaking: 0, fail: false });
  });
});

describe("npm run diff -- --base <git-ref>", () => {
  const scratch = specFolder("diff-gate-");
  afterAll(() => scratch.remove());
  const repo = scratch.dir;
  const git = (...args: string[]) =>
    run("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: repo });
  const setVersion = (version: string) => writeFileSync(join(repo, "package.json"), `${JSON.stringify({ name: "fixture", version }, null, 2)}\n`);
  const setSpec = (doc: unknown) => writeFileSync(join(repo, "spec", "openapi.yaml"), stringify(doc));

  it("compares the spec at the ref with the working tree, and lets a raised major through", async () => {
    mkdirSync(join(repo, "spec"));
    setSpec(before);
    setVersion("1.4.2");
    await git("init", "-q");
    await git("add", ".");
    await git("commit", "-q", "-m", "v1");

    setSpec(operationAdded);
    let result = await diff(["--base", "HEAD"], repo);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/needs a minor version bump/);

    setSpec(fieldRemoved);
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
    const result = await diff(["--base-spec", "missing.yaml", "--head-spec", BEFORE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing\.yaml does not exist/);
  });
});
