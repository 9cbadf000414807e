// The README is the front door and stays true: at most 10 KB, every npm script on one line of its
// own, every page it links (and every page under docs/) reachable in one link, no dead relative
// link or #anchor on those pages, no `npm run` of a script package.json lacks, no repository path
// in backticks that does not exist, and each code snippet cut, unchanged, from a file the tests run.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";

const README = "README.md";
const MAX_README_BYTES = 10 * 1024;
// Pages a maintainer or a consumer looks for first; each must be one link away from the README.
const REQUIRED_PAGES = [
  "CONTRIBUTING.md",
  "bench/README.md",
  ...readdirSync("docs")
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];

const read = (file: string) => readFileSync(file, "utf8");
const scripts = Object.keys(JSON.parse(read("package.json")).scripts as Record<string, string>);
const lifecycle = new Set(["prepack"]); // npm runs it; nobody types it

/** The text outside fenced code blocks (links and headings there are not markdown). */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const [, heading] of prose(markdown).matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
    const base = slug(heading!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

/** Relative link targets of a page, as written (`docs/client.md#errors`, `#install`). */
function relativeLinks(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((target) => !/^[a-z][a-z+.-]*:/i.test(target));
}

/** The repository path a link of `page` points to ("" for the page itself), and its anchor. */
function resolveLink(page: string, target: string): { file: string; anchor: string } {
  const [path = "", anchor = ""] = target.split("#");
  return { file: path === "" ? page : normalize(join(dirname(page), decodeURIComponent(path))), anchor };
}

function deadLinks(page: string): string[] {
  const dead: string[] = [];
  for (const target of relativeLinks(read(page))) {
    const { file, anchor } = resolveLink(page, target);
    if (!existsSync(file)) dead.push(`${page}: ${target} (no file ${file})`);
    else if (anchor && !(file.endsWith(".md") && statSync(file).isFile() && anchors(read(file)).has(anchor))) {
      dead.push(`${page}: ${target} (no heading with the anchor #${anchor} in ${file})`);
    }
  }
  return dead;
}

/** Repository paths a page names in backticks (`test/support/ajv.mjs`), leaving out placeholders and globs. */
function namedPaths(markdown: string): string[] {
  const top = "(?:\\.ci|api|bench|docs|examples|generated|scripts|spec|spectral|src|test)";
  const paths = [...markdown.matchAll(new RegExp(`\`(${top}/[^\`\\s]*)\``, "g"))].map((m) => m[1]!);
  // A path with a placeholder (`<name>`, `*`, `…`, a template's `${…}`) names no one file.
  return [...new Set(paths.filter((path) => !/[<*…$]/.test(path)))];
}

function namedScripts(markdown: string): string[] {
  const named = [...markdown.matchAll(/npm run(?: -s| --silent)? ([a-z0-9][\w:.-]*\w)/g)].map((m) => m[1]!);
  if (/\bnpm test\b/.test(markdown)) named.push("test");
  return [...new Set(named)];
}

const readme = read(README);
const linkedPages = [...new Set(relativeLinks(readme).map((target) => resolveLink(README, target).file))].filter((file) => file.endsWith(".md"));
const pages = [README, ...linkedPages.filter((file) => file !== README)];

/** The ```ts blocks of a page, each as its lines. */
const tsSnippets = (markdown: string) => [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!.trimEnd().split("\n"));

/** The file a snippet says it is cut from: its first line, "// examples/…" or "// test/…". */
const sourceOf = (first: string) => /^\/\/ ((?:examples|test)\/\S+\.ts)$/.exec(first)?.[1];

/**
 * Each snippet that names its source and no longer matches it. "// …" marks what was left out;
 * each piece between must appear in the file in order, line for line.
 */
function snippetMismatches(markdown: string): string[] {
  const mismatches: string[] = [];
  for (const [first = "", ...body] of tsSnippets(markdown)) {
    const source = sourceOf(first);
    if (!source) continue;
    const lines = read(source)
      .split("\n")
      .map((line) => line.trim());
    let from = 0;
    for (const piece of body.join("\n").split(/^\/\/ …$/m)) {
      const wanted = piece
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean);
      const at = lines.findIndex((_, i) => i >= from && wanted.every((line, j) => lines[i + j] === line));
      if (at < 0) {
        mismatches.push(`the snippet from ${source} no longer matches it at:\n${wanted.join("\n")}`);
        break;
      }
      from = at + wanted.length;
    }
  }
  return mismatches;
}

describe("README.md, the front door", () => {
  it(`is at most ${MAX_README_BYTES} bytes`, () => {
    expect(Buffer.byteLength(readme), "README.md is too long: move the detail to docs/ or CONTRIBUTING.md and link it").toBeLessThanOrEqual(MAX_README_BYTES);
  });

  it("gives every npm script one line of its own", () => {
    const lines = readme.split("\n");
    const missing = scripts
      .filter((name) => !lifecycle.has(name))
      .filter((name) => {
        const command = name === "test" ? "npm test" : `npm run ${name}`;
        return lines.filter((line) => line.startsWith(`- \`${command}\``) || line.startsWith(`- \`${command} `)).length !== 1;
      });
    expect(missing, "each script needs exactly one line `- `npm run <name>`: what it does.` under Scripts").toEqual([]);
  });

  it("links every page under docs/, CONTRIBUTING.md and bench/README.md", () => {
    expect(
      REQUIRED_PAGES.filter((page) => !linkedPages.includes(page)),
      "link these pages from README.md",
    ).toEqual([]);
  });

  it("shows only snippets cut unchanged from a file the tests run", () => {
    const snippets = tsSnippets(readme);
    expect(snippets.length).toBeGreaterThanOrEqual(3);
    for (const [first = ""] of snippets) {
      expect(
        sourceOf(first),
        `a README snippet must start with "// <file>", the example or test file it is cut from; found ${JSON.stringify(first)}`,
      ).toBeDefined();
    }
    expect(snippetMismatches(readme)).toEqual([]);
  });
});

describe.each(pages)("%s", (page) => {
  it("has no dead relative link or #anchor", () => {
    expect(deadLinks(page)).toEqual([]);
  });

  it("shows each snippet that names its file (// examples/… or // test/…) as that file has it", () => {
    expect(snippetMismatches(read(page))).toEqual([]);
  });
});

// The changelog is history: it may name a script or a file that was removed since.
describe.each(pages.filter((page) => page !== "CHANGELOG.md"))("%s", (page) => {
  it("names only npm scripts that exist", () => {
    expect(
      namedScripts(read(page)).filter((name) => !scripts.includes(name)),
      `not in package.json's scripts (named in ${page})`,
    ).toEqual([]);
  });

  it("names only repository paths that exist", () => {
    expect(
      namedPaths(read(page)).filter((path) => !existsSync(path)),
      `named in ${page} but not in the repository`,
    ).toEqual([]);
  });
});
