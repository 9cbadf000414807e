import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { Document, Spectral, type ISpectralDiagnostic, type Ruleset } from "@stoplight/spectral-core";
import { Yaml } from "@stoplight/spectral-parsers";
import { bundleAndLoadRuleset } from "@stoplight/spectral-ruleset-bundler/with-loader";
import { builtins } from "@stoplight/spectral-ruleset-bundler/plugins/builtins";
import { commonjs } from "@stoplight/spectral-ruleset-bundler/plugins/commonjs";
import { parse, stringify } from "yaml";

export { mutate, withEdits, type Change, type Edit, type JsonPath } from "../support/spec-change.js";

export const HOUSE_RULESET = fileURLToPath(new URL("../../spectral/house.yaml", import.meta.url));
const FIXTURE = fileURLToPath(new URL("fixtures/valid.yaml", import.meta.url));

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
