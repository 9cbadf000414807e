// The type-level compatibility gate: one before/after spec pair per kind of change under
// fixtures/ (before.yaml + a file with one change), judged in process by the library `npm run
// compat` runs; then the CLI itself (exit codes, bad input) and the git mode in a scratch repo.
import { execFile } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { renderSchema } from "../../scripts/lib/build/steps/generate.mjs";
import { bundleOrThrow } from "../../scripts/lib/spec/bundle.mjs";
import { compat } from "../../scripts/lib/release/compat.mjs";
import { buildPackageTypes } from "../../scripts/lib/release/declarations.mjs";
import { copyProject } from "../support/scratch-project.mjs";
import { runCommand } from "../support/run-command.js";

const run = promisify(execFile);
const FIXTURES = fileURLToPath(new URL("fixtures/compat/", import.meta.url));
const COMPAT = fileURLToPath(new URL("../../scripts/compat.mjs", import.meta.url));

type Break = { kind: string; operation?: string; status?: string; what: string; field?: string; message: string; modes: string[] };
type Report = { bump: string; breaks: Break[]; skipped: unknown[]; fail: boolean; majorRaised: boolean; diff?: { bump: string; changes: unknown[] } };

const cli = (args: string[], cwd = process.cwd()) => runCommand(process.execPath, [COMPAT, ...args], cwd);

// The working tree's package types, built once for every pair (each pair swaps in its own generated types).
const tmp = mkdtempSync(join(tmpdir(), "compat-test-"));
let headTypes = "";
beforeAll(() => {
  headTypes = buildPackageTypes({ dir: process.cwd(), into: join(tmp, "package") }).dir;
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// `diff: false`: the compiler's verdict alone (Redocly's is test/diff's subject, and spawning it is slow).
const judge = (name: string, diff = true): Promise<Report> =>
  compat({ baseSpec: `${FIXTURES}before.yaml`, headSpec: `${FIXTURES}${name}.yaml`, headTypes, diff }) as Promise<Report>;

// fixture → a break it must produce (both resolution modes).
const BREAKING: Record<string, Omit<Partial<Break>, "message"> & { message: RegExp }> = {
  "response-field-removed": { kind: "read", operation: "createThing", status: "201", field: "/created_at", message: /Property 'created_at' does not exist/ },
  "request-enum-narrowed": { kind: "enum", field: 'value "idnow"', message: /Type '"idnow"' is not assignable to type '"bank"'/ },
  "request-field-required": { kind: "call", operation: "createThing", message: /Property 'note' is missing/ },
  "field-type-changed": { kind: "read", operation: "getThing", field: "/amount", message: /Type 'string' is not assignable to type 'number'/ },
  "response-enum-widened": { kind: "enum", field: "a value the switch does not handle", message: /Type '"failed"' is not assignable to type 'never'/ },
  // Redocly's diff rates this a patch; every `import type { Thing }` breaks.
  "component-renamed": { kind: "type", what: "type Thing", message: /has no exported member 'Thing'/ },
};

const COMPATIBLE: Record<string, string> = {
  "ok-request-field-added": "minor",
  "ok-response-field-added": "minor",
  "ok-request-enum-widened": "patch",
  "ok-description-changed": "patch",
  // Redocly's diff rates this major (schema-combinator-changed); the types are the same.
  "ok-oneof-to-type-list": "patch",
};

describe.concurrent("npm run compat: breaks for consumers", () => {
  for (const [name, { message, ...where }] of Object.entries(BREAKING)) {
    it(`${name}: ${message.source}`, async () => {
      const report = await judge(name, false);
      expect(report.breaks).toContainEqual(expect.objectContaining({ ...where, message: expect.stringMatching(message), modes: ["NodeNext", "bundler"] }));
      expect(report.bump).toBe("major");
      expect(report.fail).toBe(true);
    });
  }
});

describe.concurrent("npm run compat: compatible changes", () => {
  for (const [name, bump] of Object.entries(COMPATIBLE)) {
    it(`${name}: ${bump}`, async () => {
      const report = await judge(name);
      expect(report.breaks).toEqual([]);
      expect(report.skipped).toEqual([]);
      expect(report.bump).toBe(bump);
      expect(report.fail).toBe(false);
      if (name === "ok-oneof-to-type-list") {
        expect(report.diff?.changes).toContainEqual(expect.objectContaining({ rule: "schema-combinator-changed", impact: "major", breaking: false, overruled: expect.stringMatching(/equivalent/) }));
      }
    });
  }

  it("oneof-to-integer: a change of form that is not equivalent keeps diff's major", async () => {
    const report = await judge("oneof-to-integer");
    expect(report.diff?.changes).toContainEqual(expect.objectContaining({ rule: "schema-combinator-changed", breaking: true }));
    expect(report.bump).toBe("major");
    expect(report.fail).toBe(true);
  });

  it("no change: nothing breaks, no bump", async () => {
    const report = await judge("before");
    expect(report.breaks).toEqual([]);
    expect(report.bump).toBe("none");
  });
});

describe("the package types compat and the API report compile against", () => {
  it("come from node_modules/.cache while the tree is unchanged, and fresh once a source changed", () => {
    const again = buildPackageTypes({ dir: process.cwd(), into: join(tmp, "again") });
    expect(again.cached).toBe(true);
    const index = "dist/lib/src/index.d.ts";
    expect(readFileSync(join(tmp, "again", index), "utf8")).toBe(readFileSync(join(headTypes, index), "utf8"));
    const scratch = copyProject(undefined, "kyc types cache ü-");
    try {
      // A name of its own in each run: the same change made in an earlier run is rightly a hit.
      const name = `AddedForTheCacheTest${process.pid}x${Date.now()}`;
      appendFileSync(join(scratch.dir, "generated/webhooks.ts"), `\nexport type ${name} = 1;\n`);
      const changed = buildPackageTypes({ dir: scratch.dir, into: join(tmp, "changed") });
      expect(changed.cached).toBe(false);
      expect(readFileSync(join(tmp, "changed", "dist/lib/generated/webhooks.d.ts"), "utf8")).toContain(`export type ${name} = 1;`);
    } finally {
      scratch.remove();
    }
  });
});

describe("npm run compat (the command)", () => {
  it("prints each break with the operation and field, and exits 1", async () => {
    const result = await cli(["--base-spec", `${FIXTURES}before.yaml`, "--head-spec", `${FIXTURES}response-field-removed.yaml`]);
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
    expect(result.stdout).toMatch(/package\.json version: 0\.1\.0 at HEAD~1 → 0\.1\.0 now/);

    setVersion("1.0.0");
    result = await npmCompat(["--base", "HEAD~1", "--json"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.breaks.length).toBeGreaterThan(0);
    expect(report).toMatchObject({ bump: "major", majorRaised: true, fail: false });
  });
});
