// The layout shows the architecture, and this test keeps it honest: scripts/ are entry points that
// import only libraries; scripts/lib/ is grouped by concern and imports run one way,
// core ← spec ← {build, contract, release}, with nothing between the last three and no cycle;
// the package (src/) imports nothing from scripts/. Type imports in JSDoc (`import("…")`) and
// workers (`new URL("…", import.meta.url)`) count as imports.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

/** What each concern may import besides itself. */
const ALLOWED: Record<string, string[]> = {
  core: [],
  spec: ["core"],
  build: ["core", "spec"],
  contract: ["core", "spec"],
  release: ["core", "spec"],
};
const LIB = "scripts/lib";
const ENTRY_HELPER = `${LIB}/core/cli.mjs`;

const SPECIFIERS = [
  /\b(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']/g,
  /\bimport\s*["']([^"']+)["']/g,
  /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  /\bnew URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url/g,
];

/** Every file under `dir` ending in one of `extensions`, as repository paths. */
const filesUnder = (dir: string, extensions: string[]) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => extensions.some((extension) => file.endsWith(extension)))
    .map((file) => join(dir, file));

/** The repository files `file` imports by a relative path (a `.js` specifier may name a `.ts` source). */
function importsOf(file: string, text = readFileSync(file, "utf8")): string[] {
  const targets = new Set<string>();
  for (const pattern of SPECIFIERS) {
    for (const [, specifier = ""] of text.matchAll(pattern)) {
      if (!specifier.startsWith(".")) continue;
      const target = normalize(join(dirname(file), specifier));
      const found = [target, target.replace(/\.js$/, ".ts")].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
      if (found) targets.add(found);
    }
  }
  return [...targets];
}

/** The concern folder of a library file (`scripts/lib/<concern>/…`), or undefined for a file outside one. */
const concernOf = (file: string) => {
  const [concern, ...rest] = relative(LIB, file).split("/");
  return rest.length && concern && concern in ALLOWED ? concern : undefined;
};

/** Imports against the direction core ← spec ← {build, contract, release}, as "from → to" lines. */
function wrongDirections(graph: Map<string, string[]>): string[] {
  const wrong: string[] = [];
  for (const [from, targets] of graph) {
    const concern = concernOf(from);
    if (!concern) {
      wrong.push(`${from}: not in a concern folder (${Object.keys(ALLOWED).join(", ")})`);
      continue;
    }
    for (const to of targets) {
      const target = concernOf(to);
      if (to === ENTRY_HELPER) wrong.push(`${from} → ${to}: only scripts import the entry helper (onStop: core/stopping.mjs, UsageError: core/usage.mjs)`);
      else if (target && target !== concern && !ALLOWED[concern]!.includes(target))
        wrong.push(`${from} → ${to}: ${concern} may import only ${[concern, ...ALLOWED[concern]!].join(", ")}`);
    }
  }
  return wrong;
}

/** Every import cycle, each as "a → b → … → a" (one line per cycle, from the first file it was met at). */
function cycles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string) => {
    const at = path.indexOf(file);
    if (at !== -1) {
      found.push([...path.slice(at), file].join(" → "));
      return;
    }
    if (done.has(file)) return;
    path.push(file);
    for (const to of graph.get(file) ?? []) visit(to);
    path.pop();
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) visit(file);
  return found;
}

const libraryGraph = () => new Map(filesUnder(LIB, [".mjs"]).map((file) => [file, importsOf(file).filter((to) => to.startsWith(`${LIB}/`))]));

describe("imports of scripts/ and src/", () => {
  it("has no script that imports another script (libraries live in scripts/lib/)", () => {
    const scripts = readdirSync("scripts").filter((file) => file.endsWith(".mjs"));
    expect(scripts.length).toBeGreaterThan(10);
    const offenders = scripts.flatMap((file) =>
      importsOf(join("scripts", file))
        .filter((to) => !to.startsWith(`${LIB}/`))
        .map((to) => `scripts/${file} → ${to}`),
    );
    expect(offenders).toEqual([]);
  });

  it("runs one way in scripts/lib/: core ← spec ← {build, contract, release}, nothing between the last three", () => {
    const graph = libraryGraph();
    expect(graph.size).toBeGreaterThan(30);
    expect(wrongDirections(graph)).toEqual([]);
  });

  it("has no import cycle in scripts/lib/", () => {
    expect(cycles(libraryGraph())).toEqual([]);
  });

  it("keeps src/ (the package) free of imports from scripts/", () => {
    const offenders = filesUnder("src", [".ts"]).flatMap((file) =>
      importsOf(file)
        .filter((to) => to.startsWith("scripts/"))
        .map((to) => `${file} → ${to}`),
    );
    expect(offenders).toEqual([]);
  });

  it("keeps process.argv and process.exit out of scripts/lib/ (but for the entry helper)", () => {
    const offenders = filesUnder(LIB, [".mjs"]).filter((file) => file !== ENTRY_HELPER && /process\.(argv|exit)\b/.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("the checks themselves find a cycle and each kind of wrong import", () => {
    const graph = new Map([
      [`${LIB}/core/a.mjs`, [`${LIB}/spec/b.mjs`]],
      [`${LIB}/spec/b.mjs`, [`${LIB}/core/a.mjs`]],
      [`${LIB}/build/c.mjs`, [`${LIB}/contract/d.mjs`, ENTRY_HELPER]],
      [`${LIB}/contract/d.mjs`, []],
      [`${LIB}/loose.mjs`, []],
    ]);
    expect(cycles(graph)).toEqual([`${LIB}/core/a.mjs → ${LIB}/spec/b.mjs → ${LIB}/core/a.mjs`]);
    expect(wrongDirections(graph)).toEqual([
      `${LIB}/core/a.mjs → ${LIB}/spec/b.mjs: core may import only core`,
      `${LIB}/build/c.mjs → ${LIB}/contract/d.mjs: build may import only build, core, spec`,
      `${LIB}/build/c.mjs → ${ENTRY_HELPER}: only scripts import the entry helper (onStop: core/stopping.mjs, UsageError: core/usage.mjs)`,
      `${LIB}/loose.mjs: not in a concern folder (core, spec, build, contract, release)`,
    ]);
  });
});
