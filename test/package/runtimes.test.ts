// The main entry, the validators and the examples run in web-standard runtimes (edge functions,
// browsers, workers): their whole import graph, dependencies included, uses no Node built-in. esbuild
// bundles each for the neutral platform, in memory; every import of a built-in is recorded.
import { builtinModules } from "node:module";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";

const BUILTINS = new RegExp(`^(node:.*|${builtinModules.map((name) => name.replace(/[/]/g, "\\/")).join("|")})$`);

/** Bundles `entry` for no particular platform; returns the built-in modules its graph imports, with their importers. */
async function builtinImports(entry: string): Promise<string[]> {
  const found: string[] = [];
  const recordBuiltins: Plugin = {
    name: "record-builtins",
    setup(builder) {
      builder.onResolve({ filter: BUILTINS }, ({ path, importer }) => {
        found.push(`${path} (imported by ${importer.replace(`${process.cwd()}/`, "")})`);
        return { path, external: true };
      });
    },
  };
  await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: "neutral",
    format: "esm",
    mainFields: ["module", "main"],
    logLevel: "silent",
    plugins: [recordBuiltins],
  });
  return found;
}

describe("web-standard entries", () => {
  it.each(["src/index.ts", "src/validators.ts", "generated/examples.ts"])("%s and its dependencies import no Node built-in", async (entry) => {
    expect(await builtinImports(entry)).toEqual([]);
  });

  it("the check finds a built-in where there is one (the testing kit signs with node:crypto)", async () => {
    expect(await builtinImports("src/testing/sign.ts")).toEqual(["node:crypto (imported by src/testing/sign.ts)"]);
  });
});
