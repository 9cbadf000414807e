// Spectral (spectral:oas, OWASP, house rules from .spectral.yaml) on the bundle, through its
// Node API, with every finding mapped back to the split source file it came from.
// Exits non-zero on any error or warning.
import fs from "node:fs";
import { resolve } from "node:path";
import spectralCore from "@stoplight/spectral-core";
import spectralParsers from "@stoplight/spectral-parsers";
import withLoader from "@stoplight/spectral-ruleset-bundler/with-loader";
import builtinsPlugin from "@stoplight/spectral-ruleset-bundler/plugins/builtins";
import commonjsPlugin from "@stoplight/spectral-ruleset-bundler/plugins/commonjs";
import { sourceLocation } from "./lib/source-map.mjs";

// These packages are CommonJS: named ESM imports of them fail in Node.
const { Document, Spectral } = spectralCore;
const { Yaml } = spectralParsers;
const { bundleAndLoadRuleset } = withLoader;
const { builtins } = builtinsPlugin;
const { commonjs } = commonjsPlugin;

const SEVERITY = ["error", "warning", "info", "hint"];

/** Loads .spectral.yaml (and the rulesets it extends) without touching the network. */
export function loadStyleRuleset(ruleset = ".spectral.yaml") {
  const offline = async (url) => {
    throw new Error(`the ruleset tried to fetch ${url}; load rulesets from node_modules instead`);
  };
  return bundleAndLoadRuleset(resolve(ruleset), { fs, fetch: offline }, [builtins(), commonjs()]);
}

/** Lints the bundle's text; `source` is its path, which the ruleset's overrides match on. */
export async function lintStyleText(ruleset, text, source = resolve("dist/openapi.yaml")) {
  const spectral = new Spectral();
  spectral.setRuleset(ruleset);
  const results = await spectral.run(new Document(text, Yaml, source));
  return results.map((result) => ({ ...result, location: sourceLocation(result.path) }));
}

export async function lintStyle({ bundle = "dist/openapi.yaml", ruleset = ".spectral.yaml" } = {}) {
  return lintStyleText(await loadStyleRuleset(ruleset), fs.readFileSync(bundle, "utf8"), resolve(bundle));
}

/** Errors and warnings fail the lint; infos and hints are only printed. */
export const isFailing = (finding) => finding.severity <= 1;

export function formatFinding({ location, severity, code, message, path }) {
  return `${location.file}:${location.line}:${location.column} ${SEVERITY[severity]} ${code} ${message}\n    at ${location.pointer} (bundle: ${path.join(".")})`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const findings = await lintStyle();
    for (const finding of findings) console.log(formatFinding(finding));
    const failing = findings.filter(isFailing).length;
    console.log(failing ? `\n✖ ${failing} problem(s) (errors and warnings fail the lint)` : "Spectral: no problems.");
    process.exit(failing ? 1 : 0);
  } catch (error) {
    console.error(`lint:style: ${error.message}`);
    process.exit(1);
  }
}
