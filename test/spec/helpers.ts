import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { Document, Spectral, type ISpectralDiagnostic, type Ruleset } from "@stoplight/spectral-core";
import { Yaml } from "@stoplight/spectral-parsers";
import { bundleAndLoadRuleset } from "@stoplight/spectral-ruleset-bundler/with-loader";
import { builtins } from "@stoplight/spectral-ruleset-bundler/plugins/builtins";
import { commonjs } from "@stoplight/spectral-ruleset-bundler/plugins/commonjs";
import { parse, stringify } from "yaml";

export const HOUSE_RULESET = fileURLToPath(new URL("../../spectral/house.yaml", import.meta.url));
const FIXTURE = fileURLToPath(new URL("fixtures/valid.yaml", import.meta.url));

export type JsonPath = (string | number)[];
type Node = Record<string | number, unknown>;

// Rulesets must load without the network; any fetch fails the test.
const offlineFetch = (async (url: unknown) => {
  throw new Error(`ruleset tried to fetch ${String(url)}`);
}) as typeof fetch;

/** Loads a ruleset file the way the spectral CLI does (same rollup plugins). */
export function loadRuleset(file = HOUSE_RULESET): Promise<Ruleset> {
  return bundleAndLoadRuleset(file, { fs, fetch: offlineFetch }, [builtins(), commonjs()]);
}

export function loadFixture(): Node {
  return parse(fs.readFileSync(FIXTURE, "utf8")) as Node;
}

export async function lint(ruleset: Ruleset, doc: unknown): Promise<ISpectralDiagnostic[]> {
  const spectral = new Spectral();
  spectral.setRuleset(ruleset);
  return spectral.run(new Document(stringify(doc), Yaml, "fixture.yaml"));
}

export type Change = { set: unknown } | { delete: true } | { rename: string };

/** Deep-clones `doc` and sets, deletes or renames the one node at `path`. */
export function mutate<T>(doc: T, path: JsonPath, change: Change): T {
  const clone = structuredClone(doc);
  const key = path[path.length - 1];
  if (key === undefined) throw new Error("empty path");
  const parent = path.slice(0, -1).reduce<Node>((node, segment) => {
    const next = node[segment];
    if (typeof next !== "object" || next === null) throw new Error(`no node at ${path.join(".")}`);
    return next as Node;
  }, clone as Node);
  if ("set" in change) {
    parent[key] = change.set; // may add a new key
    return clone;
  }
  if (!(key in parent)) throw new Error(`no node at ${path.join(".")}`);
  if ("delete" in change) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else {
    // Rebuild the object so the renamed key keeps its position.
    const entries = Object.entries(parent).map(([k, v]) => [k === String(key) ? change.rename : k, v] as const);
    for (const k of Object.keys(parent)) delete parent[k];
    Object.assign(parent, Object.fromEntries(entries));
  }
  return clone;
}
