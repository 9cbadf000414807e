// A broken spec must make the lint fail, naming the file, the location and the fix, each problem
// once, and write nothing. The lint library `npm run lint`, `npm run build` and `npm run dev` share
// (scripts/lib/build/pipeline.mjs, and bundleSpec for dev's fast path) is called in process; each case
// breaks one thing in a copy of the project whose folder name has a space and a non-ASCII letter
// (as users' checkouts do). The commands' wiring is lint.e2e.test.ts, build and dev's tests.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lint } from "../../scripts/lib/build/pipeline.mjs";
import { formatProblem, formatReport, isFailing } from "../../scripts/lib/core/problems.mjs";
import { bundleSpec } from "../../scripts/lib/spec/bundle.mjs";
import { copyProject } from "../support/scratch-project.mjs";

let work: string;
let remove: () => void;

beforeAll(() => {
  ({ dir: work, remove } = copyProject(["spec", "spectral", "scripts", "redocly.yaml", ".spectral.yaml", "package.json"], "kyc broken ü-"));
});
afterAll(() => remove());

/** Applies `edit` to one file of the copy, runs `check` on the copy and restores the file. */
async function withEdit<T>(file: string, edit: (text: string) => string, check: () => Promise<T>): Promise<T> {
  const path = join(work, file);
  const original = readFileSync(path, "utf8");
  const edited = edit(original);
  expect(edited, "the edit changed nothing").not.toBe(original);
  writeFileSync(path, edited);
  try {
    return await check();
  } finally {
    writeFileSync(path, original);
  }
}

/** The lint of the copy with one file edited: its exit status and its report, as `npm run lint` prints them. */
const lintWith = (file: string, edit: (text: string) => string) =>
  withEdit(file, edit, async () => {
    const problems = await lint({ dir: work });
    return { status: problems.some(isFailing) ? 1 : 0, output: formatReport(problems) };
  });

const invalidYaml = (text: string) => text.replace("enum:", "enum: [DE\n  bad: : indent");

const session = "spec/paths/persons_{person_id}_identification_sessions.yaml";

// Each case runs the real lint (Redocly, bundle, Spectral): seconds each, more on a busy machine.
describe("the lint on a broken spec", () => {
  it("passes on the unbroken copy and writes nothing", async () => {
    const problems = await lint({ dir: work });
    expect(formatReport(problems)).toBe("✓ 0 error(s), 0 warning(s)");
    expect(existsSync(join(work, "dist"))).toBe(false);
  });

  it("reports invalid YAML once, with its file and line, as YAML and not as a rule", async () => {
    const { status, output } = await lintWith("spec/components/schemas/Language.yaml", invalidYaml);
    expect(status).not.toBe(0);
    // The file is named relative to the working folder (the command's is the project; here, the test's).
    expect(output).toMatch(/^.*\/spec\/components\/schemas\/Language\.yaml:\d+:\d+ error not valid YAML: .*Fix: correct the YAML/m);
    expect(output.match(/Language\.yaml/g), output).toHaveLength(1);
    expect(output).not.toContain("no-unresolved-refs");
    // Alone: not followed by the rules that fail on the half-read file (examples against its schema).
    expect(output, output).toMatch(/^✖ 1 error\(s\), 0 warning\(s\)$/m);
    expect(existsSync(join(work, "dist"))).toBe(false);
  });

  it("reports invalid YAML once in the bundle alone too (dev's fast path, before its lint)", async () => {
    const { problems } = await withEdit("spec/components/schemas/Language.yaml", invalidYaml, () => bundleSpec({ dir: work }));
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^.*\/spec\/components\/schemas\/Language\.yaml:\d+:\d+ error not valid YAML: /)]);
  });

  it("reports a $ref to a missing file where the $ref stands", async () => {
    const { status, output } = await lintWith(session, (t) => t.replace("schemas/IdentificationSession.yaml", "schemas/IdentificationSesion.yaml"));
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /persons_\{person_id\}_identification_sessions\.yaml:\d+:\d+ error \$ref does not resolve: .*IdentificationSesion\.yaml.*Fix: point the \$ref at an existing file/,
    );
  });

  it("reports a duplicate operationId once, naming both operations' files and lines", async () => {
    const { status, output } = await lintWith("spec/paths/persons_{person_id}_identifications.yaml", (t) =>
      t.replace("operationId: listIdentifications", "operationId: getIdentification"),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/persons_\{person_id\}_identifications(_\{id\})?\.yaml:\d+:\d+ error duplicate operationId "getIdentification".*Fix: /);
    expect(output).toMatch(/\n {4}and .*spec\/paths\/persons_\{person_id\}_identifications(_\{id\})?\.yaml:\d+:\d+/);
    expect(output.match(/duplicate operationId|operationId-unique/g), output).toHaveLength(1);
  });

  it("reports an example that breaks its schema once (Redocly checks examples, Spectral does not)", async () => {
    const { status, output } = await lintWith("spec/components/examples/SessionBankIdCreated.yaml", (t) => t.replace("status: created", "status: started"));
    expect(status).not.toBe(0);
    expect(output).toMatch(/SessionBankIdCreated\.yaml:\d+:\d+ error no-invalid-media-type-examples .*must be equal to one of the allowed values/);
    expect(output.match(/SessionBankIdCreated\.yaml/g), output).toHaveLength(1);
  });

  it("reports a response header example its schema does not allow", async () => {
    const { status, output } = await lintWith("spec/components/headers/Total.yaml", (t) => t.replace(/^example: .*$/m, "example: lots"));
    expect(status).not.toBe(0);
    expect(output).toMatch(/Total\.yaml:\d+:\d+ error kyc-valid-header-example "example" property type must be integer\. Fix: /);
  });

  it("reports a parameter default its schema does not allow", async () => {
    const { status, output } = await lintWith("spec/components/parameters/Page.yaml", (t) => t.replace("default: 10", 'default: "ten"'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/Page\.yaml:\d+:\d+ error kyc-valid-default "default" property type must be integer\. Fix: /);
  });

  it("reports a response without a named example, with the fix", async () => {
    const { status, output } = await lintWith("spec/paths/persons_{person_id}_identification_sessions_{identification_session_id}_configuration.yaml", (t) =>
      t.replace(/ {10}examples:\n( {12}.*\n| {14}.*\n)+/, ""),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/_configuration\.yaml:\d+:\d+ error kyc-named-examples .*Fix:/);
  });

  it("reports a camelCase field in its schema file, with the fix", async () => {
    const { status, output } = await lintWith("spec/components/schemas/ErrorSource.yaml", (t) =>
      t.replace("properties:\n", "properties:\n  fieldName:\n    type: string\n    maxLength: 100\n    description: The field.\n"),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/spec\/components\/schemas\/ErrorSource\.yaml:\d+:\d+ error kyc-snake-case-properties .*Fix:/);
  });

  it("reports an operation without an error response, with a fix that works when applied as printed", async () => {
    const unshared = (t: string) => t.replace('    "404":\n      $ref: ../components/responses/NotFound.yaml\n', '    "404":\n      description: Not found.\n');
    const { status, output } = await lintWith(session, unshared);
    expect(status).not.toBe(0);
    const fix =
      /persons_\{person_id\}_identification_sessions\.yaml:\d+:\d+ error kyc-shared-error-responses response `404` is not a \$ref.*Fix: .*`(\$ref: [^`]+)`/.exec(
        output,
      );
    expect(fix, output).not.toBeNull();
    // The printed fix, applied literally with the shared response's name for <Name>, gives back
    // the original file, which lints clean (the first test).
    const original = readFileSync(join(work, session), "utf8");
    expect(unshared(original).replace("      description: Not found.\n", `      ${fix![1]!.replace("<Name>", "NotFound")}\n`)).toBe(original);
  });
});
