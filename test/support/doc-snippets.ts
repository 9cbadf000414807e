// Runs the TypeScript snippets of a docs page that follow a `<!-- snippet: name -->` marker, as a
// consumer would write them: the package's imports point at src/, everything else is as printed.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const ENTRIES: Record<string, string> = {
  "solaris-kyc": "src/index.ts",
  "solaris-kyc/testing": "src/testing/index.ts",
};

/** The snippet's code by its marker name; throws naming the markers the page has. */
function docSnippet(page: string, name: string): string {
  const text = readFileSync(page, "utf8");
  const found = [...text.matchAll(/<!-- snippet: ([\w-]+) -->\n```ts\n([\s\S]*?)\n```/g)];
  const snippet = found.find((m) => m[1] === name);
  if (!snippet) throw new Error(`${page}: no "<!-- snippet: ${name} -->" followed by a ts block; it has: ${found.map((m) => m[1]).join(", ") || "none"}`);
  return snippet[2]!;
}

/** Writes the snippet beside node_modules (so its imports resolve) and imports it: it throws if its asserts fail. */
export async function runDocSnippet(page: string, name: string): Promise<void> {
  const code = docSnippet(page, name).replace(/from "(solaris-kyc(?:\/[\w-]+)?)"/g, (whole, entry: string) =>
    ENTRIES[entry] ? `from ${JSON.stringify(pathToFileURL(resolve(ENTRIES[entry]!)).href)}` : whole,
  );
  const dir = resolve("node_modules/.cache/doc-snippets");
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `${page.replace(/\W+/g, "-")}-${name}.ts`);
  writeFileSync(file, code);
  await import(`${pathToFileURL(file).href}?t=${Date.now()}`);
}
