// Step: Spectral (spectral:oas, OWASP, house rules from .spectral.yaml) on the bundle's text,
// through its Node API, every finding mapped back to the split file it came from.
import fs from "node:fs";
import { resolve } from "node:path";
import spectralCore from "@stoplight/spectral-core";
import spectralParsers from "@stoplight/spectral-parsers";
import withLoader from "@stoplight/spectral-ruleset-bundler/with-loader";
import builtinsPlugin from "@stoplight/spectral-ruleset-bundler/plugins/builtins";
import commonjsPlugin from "@stoplight/spectral-ruleset-bundler/plugins/commonjs";
import { BUNDLE_YAML, SPEC_ROOT } from "../../spec/bundle.mjs";
import { fromSpectral } from "../../spec/locations.mjs";
import { createSourceMap } from "../../spec/source-map.mjs";

// These packages are CommonJS: named ESM imports of them fail in Node.
const { Document, Spectral } = spectralCore;
const { Yaml } = spectralParsers;
const { bundleAndLoadRuleset } = withLoader;
const { builtins } = builtinsPlugin;
const { commonjs } = commonjsPlugin;

/** Loads .spectral.yaml (and the rulesets it extends) without touching the network. @param {string} [ruleset] */
export function loadStyleRuleset(ruleset = ".spectral.yaml") {
  const offline = async (/** @type {string} */ url) => {
    throw new Error(`the ruleset tried to fetch ${url}; load rulesets from node_modules instead`);
  };
  return bundleAndLoadRuleset(resolve(ruleset), { fs, fetch: offline }, [builtins(), commonjs()]);
}

/**
 * Lints the bundle's YAML text of the project in `dir`. It is linted as if it were
 * dist/openapi.yaml, the path the ruleset's overrides match on, whether or not that file is written.
 * @param {any} ruleset @param {string} yaml @param {{ dir?: string }} [options]
 * @returns {Promise<import("../../core/problems.mjs").Problem[]>}
 */
export async function styleProblems(ruleset, yaml, { dir = process.cwd() } = {}) {
  const spectral = new Spectral();
  spectral.setRuleset(ruleset);
  const results = await spectral.run(new Document(yaml, Yaml, resolve(dir, BUNDLE_YAML)));
  return fromSpectral(results, createSourceMap(resolve(dir, SPEC_ROOT)));
}
