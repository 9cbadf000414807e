// The README stays the truth: every `npm run <script>` it names exists in package.json, and every
// script in package.json is in the README.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const readme = readFileSync("README.md", "utf8");
const scripts = Object.keys(JSON.parse(readFileSync("package.json", "utf8")).scripts as Record<string, string>);
const named = [...new Set([...readme.matchAll(/npm run(?: -s| --silent)? ([a-z0-9][\w:.-]*[\w])/g)].map((m) => m[1]!))];
if (/\bnpm test\b/.test(readme)) named.push("test");

describe("README.md and package.json", () => {
  it("names only npm scripts that exist", () => {
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it("documents every npm script", () => {
    const internal = new Set(["prepack"]); // npm's own lifecycle hook
    expect(scripts.filter((name) => !internal.has(name) && !named.includes(name) && !readme.includes(`\`${name}\``))).toEqual([]);
  });
});
