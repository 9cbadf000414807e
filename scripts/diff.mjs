// The breaking-change gate: compares the bundled spec at a git ref with the working tree (or two
// spec files) from a consumer's point of view, prints every change as a table with its JSON
// pointer and the semver bump it needs, and fails on a breaking change unless package.json's major
// version was raised. The comparison itself is Redocly's `diff` with `diff-recommended`
// (scripts/lib/diff/redocly-diff.yaml); this script bundles, runs it and reports.
//
//   node scripts/diff.mjs --base <git-ref>                 spec at <git-ref> vs working tree
//   node scripts/diff.mjs --base-spec a.yaml [--head-spec b.yaml] [--json]   two spec files
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const require = createRequire(import.meta.url);
const redocly = require.resolve("@redocly/cli/bin/cli.js");
const DIFF_CONFIG = join(dirname(fileURLToPath(import.meta.url)), "lib", "diff", "redocly-diff.yaml");
const SPEC_ROOT = "spec/openapi.yaml";
const env = { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", REDOCLY_TELEMETRY: "off" };
const RANK = { major: 3, minor: 2, patch: 1, none: 0 };

class UsageError extends Error {}

/** Redocly's output without its Node 20 deprecation box. */
const output = (error) => `${error.stdout ?? ""}${error.stderr ?? ""}`.replace(/^.*(╔|║|╚).*\n/gm, "").trim();

function run(args, cwd, what) {
  try {
    return execFileSync(process.execPath, [redocly, ...args], { cwd, env, stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    throw new Error(`${what} failed:\n${output(error)}`);
  }
}

function git(args, cwd) {
  try {
    return execFileSync("git", args, { cwd, stdio: "pipe", maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    throw new UsageError(`git ${args.join(" ")} failed: ${String(error.stderr ?? error.message).trim()}`);
  }
}

/** Bundles a (split) spec into one YAML file with internal refs only, using the config next to it. */
function bundle(specFile, cwd, outFile, label) {
  if (!existsSync(resolve(cwd, specFile))) throw new UsageError(`${label}: ${specFile} does not exist`);
  run(["bundle", specFile, "--output", outFile, "--lint-config", "off"], cwd, `redocly bundle of ${label}`);
  return outFile;
}

function given(file, cwd) {
  const path = resolve(cwd, file);
  if (!existsSync(path)) throw new UsageError(`${file} does not exist`);
  return path;
}

/** Writes the split spec (and redocly.yaml, package.json) of a git ref into dir. */
function checkoutRef(ref, cwd, dir) {
  try {
    git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd);
  } catch {
    throw new UsageError(`--base ${ref}: not a commit in the git repository at ${cwd}`);
  }
  const files = git(["ls-tree", "-r", "--name-only", ref, "--", "spec", "redocly.yaml", "package.json"], cwd)
    .toString()
    .split("\n")
    .filter(Boolean);
  if (!files.includes(SPEC_ROOT)) throw new UsageError(`--base ${ref}: ${SPEC_ROOT} does not exist at that ref`);
  const tar = git(["archive", "--format=tar", ref, "--", ...files], cwd);
  execFileSync("tar", ["-x", "-C", dir], { input: tar });
}

const majorOf = (version) => {
  const match = /^(\d+)\.\d+\.\d+/.exec(String(version ?? ""));
  return match ? Number(match[1]) : undefined;
};

function readVersion(file, label) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")).version;
  } catch (error) {
    throw new UsageError(`${label}: package.json is not valid JSON (${error.message})`);
  }
}

/** One row per verdict of every change Redocly reports (a change without a verdict is one row). */
export function rows(report) {
  return report.changes
    .flatMap((change) => {
      const pointer = `${change.path.replace(/^#/, "")}${change.property && change.kind === "modified" ? `/${change.property}` : ""}`;
      const what = `${change.typeName} ${change.kind}${change.property ? ` (${change.property})` : ""}`;
      const verdicts = change.verdicts.length > 0 ? change.verdicts : [{ ruleId: "-", impact: change.impact, message: what }];
      return verdicts.map((v) => ({ impact: v.impact, breaking: v.impact === "major", rule: v.ruleId, pointer, message: v.message }));
    })
    .sort((a, b) => RANK[b.impact] - RANK[a.impact] || a.pointer.localeCompare(b.pointer));
}

function table(list) {
  const head = ["bump", "breaking", "rule", "JSON pointer", "change"];
  const body = list.map((r) => [r.impact, r.breaking ? "yes" : "no", r.rule, r.pointer, r.message]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i].length)));
  const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join("  ").trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

function main(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      base: { type: "string" },
      "base-spec": { type: "string" },
      "head-spec": { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  }).valueOf();
  if (values.help) {
    console.log("usage: npm run diff -- --base <git-ref> | --base-spec <file> [--head-spec <file>] [--json]");
    return 0;
  }
  if (!values.base === !values["base-spec"]) throw new UsageError("give exactly one of --base <git-ref> or --base-spec <file>");

  const cwd = process.cwd();
  const tmp = mkdtempSync(join(tmpdir(), "spec-diff-"));
  try {
    let baseFile;
    let baseVersion;
    if (values.base) {
      const dir = join(tmp, "base");
      mkdirSync(dir);
      checkoutRef(values.base, cwd, dir);
      baseFile = bundle(SPEC_ROOT, dir, join(tmp, "base.yaml"), `${SPEC_ROOT} at ${values.base}`);
      baseVersion = readVersion(join(dir, "package.json"), `package.json at ${values.base}`);
    } else {
      baseFile = given(values["base-spec"], cwd);
    }
    // The working tree's split spec is bundled like the base; a given file is diffed as it is
    // (redocly diff resolves its $refs itself).
    const headSpec = values["head-spec"] ?? SPEC_ROOT;
    const headFile = values["head-spec"]
      ? given(values["head-spec"], cwd)
      : bundle(SPEC_ROOT, cwd, join(tmp, "head.yaml"), `${SPEC_ROOT} (working tree)`);
    const headVersion = values.base ? readVersion(join(cwd, "package.json"), "package.json") : undefined;

    const reportFile = join(tmp, "report.json");
    run(["diff", baseFile, headFile, "--config", DIFF_CONFIG, "--format", "json", "--fail-on", "none", "--output", reportFile], cwd, "redocly diff");
    const report = JSON.parse(readFileSync(reportFile, "utf8"));
    const list = rows(report);
    const breaking = list.filter((r) => r.breaking).length;
    const bump = report.bump ?? "none";
    const majorRaised =
      majorOf(baseVersion) !== undefined && majorOf(headVersion) !== undefined && majorOf(headVersion) > majorOf(baseVersion);
    const fail = breaking > 0 && !majorRaised;

    if (values.json) {
      console.log(JSON.stringify({ base: values.base ?? values["base-spec"], head: headSpec, bump, breaking, majorRaised, fail, changes: list }, null, 2));
    } else {
      const from = values.base ? `${SPEC_ROOT} at ${values.base}` : values["base-spec"];
      console.log(`API diff: ${from} → ${headSpec}\n`);
      console.log(list.length > 0 ? table(list) : "no changes");
      const s = report.summary;
      console.log(`\n${s.major} major (breaking), ${s.minor} minor, ${s.patch} patch → ${bump === "none" ? "needs no version bump" : `needs a ${bump} version bump`}.`);
      if (values.base) console.log(`package.json version: ${baseVersion ?? "(none)"} at ${values.base} → ${headVersion ?? "(none)"} now.`);
      if (fail) {
        console.error(
          `\nFAIL: ${breaking} breaking change${breaking === 1 ? "" : "s"}. Raise the major version in package.json ` +
            "(and add the change under a new major in CHANGELOG.md), or keep the old contract.",
        );
      } else if (breaking > 0) {
        console.log("\nOK: breaking changes, and the major version was raised.");
      }
    }
    return fail ? 1 : 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(`diff: ${error.message}`);
    process.exitCode = 2;
  }
}
