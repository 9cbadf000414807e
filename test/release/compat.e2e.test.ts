// `npm run compat` the way users run it: its output and exit codes on a pair of spec files, bad
// input, and the git mode in a scratch copy of the project (the base's consumer code compiled
// against the working tree's package). The verdicts per kind of change are compat.test.ts's and compat-diff.e2e.test.ts's subject.
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { bundleOrThrow } from "../../scripts/lib/spec/bundle.mjs";
import { renderSchema } from "../../scripts/lib/build/steps/generate.mjs";
import { runCommand } from "../support/run-command.js";
import { copyProject } from "../support/scratch-project.mjs";
import { mutate, specFolder } from "../support/spec-change.js";

const run = promisify(execFile);
const COMPAT = fileURLToPath(new URL("../../scripts/compat.mjs", import.meta.url));
const BEFORE = fileURLToPath(new URL("fixtures/compat/before.yaml", import.meta.url));

type Report = { bump: string; breaks: unknown[]; fail: boolean; majorRaised: boolean };

const cli = (args: string[], cwd = process.cwd()) => runCommand(process.execPath, [COMPAT, ...args], cwd);

describe("npm run compat (the command)", () => {
  it("prints each break with the operation and field, and exits 1", async () => {
    const specs = specFolder("compat-e2e-");
    const fieldRemoved = mutate(parse(readFileSync(BEFORE, "utf8")), ["components", "schemas", "Thing", "properties", "created_at"], { delete: true });
    const result = await cli(["--base-spec", BEFORE, "--head-spec", specs.write(fieldRemoved)]).finally(specs.remove);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/✘ .*Property 'created_at' does not exist[\s\S]*at createThing, response 201, example "bank": \/created_at/);
    expect(result.stdout).toMatch(/needs a major version bump/);
    expect(result.stderr).toMatch(/FAIL: consumers of the base break/);
  });

  it("exits 2 naming bad input (an unknown ref, a missing file); --help does no work", async () => {
    const ref = await cli(["--base", "no-such-ref"]);
    expect(ref.code).toBe(2);
    expect(ref.stderr).toMatch(/^compat: --base no-such-ref: not a commit/);
    expect(ref.stderr).not.toMatch(/\n\s+at /);
    const file = await cli(["--base-spec", "missing.yaml"]);
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/missing\.yaml does not exist/);
    const help = await cli(["--help", "--base", "no-such-ref"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run compat/);
  });
});

describe("npm run compat -- --base <git-ref>", () => {
  const scratch = copyProject();
  afterAll(() => scratch.remove());
  const git = (...args: string[]) =>
    run("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: scratch.dir });
  const npmCompat = (args: string[]) => runCommand("npm", ["run", "--silent", "compat", "--", ...args], scratch.dir);
  const setVersion = (version: string) => {
    const file = join(scratch.dir, "package.json");
    writeFileSync(file, `${JSON.stringify({ ...JSON.parse(readFileSync(file, "utf8")), version }, null, 2)}\n`);
  };

  it("compiles the base's consumer code against the working tree's package; a raised major lets the break through", async () => {
    setVersion("1.4.2");
    await git("init", "-q");
    await git("add", ".");
    await git("commit", "-q", "-m", "base");
    // The change: `url` leaves IdentificationSession, and generated/ follows the spec (as `npm run generate` would).
    const schemaFile = join(scratch.dir, "spec/components/schemas/IdentificationSession.yaml");
    const schema = parse(readFileSync(schemaFile, "utf8"));
    delete schema.properties.url;
    schema.required = schema.required.filter((name: string) => name !== "url");
    writeFileSync(schemaFile, stringify(schema));
    const { doc } = await bundleOrThrow({ dir: scratch.dir });
    writeFileSync(join(scratch.dir, "generated/schema.ts"), await renderSchema(doc));
    await git("commit", "-q", "-am", "drop url");

    let result = await npmCompat(["--base", "HEAD~1"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/Property 'url' does not exist/);
    expect(result.stdout).toMatch(/at createIdentificationSession, response 201, example "\w+": \/url/);
    expect(result.stdout).toMatch(/package\.json version: 1\.4\.2 at HEAD~1 → 1\.4\.2 now/);

    setVersion("2.0.0");
    result = await npmCompat(["--base", "HEAD~1", "--json"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.breaks.length).toBeGreaterThan(0);
    expect(report).toMatchObject({ bump: "major", majorRaised: true, fail: false });
  });
});
