// docs/consumers.md shows the files the consumer matrix runs: a code block after
// `<!-- file: test/consumers/<path> -->` is that whole file, one after `<!-- from: … -->` is a
// verbatim part of it. Each project under test/consumers has at least one block.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectNames, repoDir } from "./projects.mjs";

const DOC = "docs/consumers.md";
const doc = readFileSync(join(repoDir, DOC), "utf8");
const BLOCK = /<!-- (file|from): (\S+) -->\n(`{3,})[^\n]*\n([\s\S]*?)\n\3\n/g;
const blocks = [...doc.matchAll(BLOCK)].map(([, kind, path, , text]) => ({
  kind: kind as "file" | "from",
  path: path as string,
  text: `${text}\n`,
  line: doc.slice(0, doc.indexOf(`<!-- ${kind}: ${path} -->`)).split("\n").length,
}));

describe(DOC, () => {
  it("marks every snippet it shows with the file it comes from", () => {
    const marks = doc.match(/<!-- (file|from): /g) ?? [];
    expect(blocks.length, "each <!-- file: --> or <!-- from: --> line is followed directly by a fenced code block").toBe(marks.length);
    expect(blocks.length).toBeGreaterThan(0);
  });

  it("shows at least one file of each consumer project", () => {
    const shown = new Set(blocks.map((block) => block.path.split("/")[2]));
    expect(projectNames().filter((name) => !shown.has(name))).toEqual([]);
  });

  it("says rightly that the NestJS 11 service and test are the NestJS 12 project's, but for the import's extension", () => {
    const read = (project: string, file: string) => readFileSync(join(repoDir, "test/consumers", project, "src", file), "utf8");
    expect(read("nest11-jest", "kyc.service.ts")).toBe(read("nest-jest30", "kyc.service.ts"));
    expect(read("nest11-jest", "kyc.service.spec.ts")).toBe(
      read("nest-jest30", "kyc.service.spec.ts").replace('from "./kyc.service.js"', 'from "./kyc.service"'),
    );
  });

  for (const { kind, path, text, line } of blocks) {
    it(`${DOC}:${line} shows ${kind === "file" ? "" : "a part of "}${path} as it is`, () => {
      expect(path, `${DOC}:${line}: snippets come from the consumer projects`).toMatch(/^test\/consumers\/[^/]+\//);
      expect(existsSync(join(repoDir, path)), `${DOC}:${line}: ${path} does not exist`).toBe(true);
      const file = readFileSync(join(repoDir, path), "utf8");
      const fix = `copy the file into ${DOC} at line ${line}, or change the project and the doc together`;
      if (kind === "file") expect(text, `${DOC}:${line} differs from ${path}: ${fix}`).toBe(file);
      else expect(file.includes(text), `${DOC}:${line} is not a verbatim part of ${path}: ${fix}`).toBe(true);
    });
  }
});
