// A command's usage: its options parsed strictly, and the error for wrong usage, which the entry
// helper (cli.mjs) prints with the usage and exit code 2. Libraries that read options or refuse
// them (verify, the spec sides of diff and compat) import this module, never the entry helper.
import { parseArgs } from "node:util";

export class UsageError extends Error {}

/**
 * Parses the arguments; unknown options and missing values become usage errors.
 * @template {import("node:util").ParseArgsConfig["options"]} O
 * @param {string[]} argv @param {O} options @param {{ positionals?: boolean }} [settings]
 */
export function parseOptions(argv, options, { positionals = false } = {}) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: positionals, strict: true });
  } catch (error) {
    throw new UsageError(/** @type {Error} */ (error).message.replace(/\. To specify a positional argument.*$/s, ""));
  }
}

/**
 * A TCP port from `--<name>` or, for `port`, $PORT, else `fallback`; 0 picks a free port.
 * @param {string | undefined} value @param {number} fallback @param {string} [name]
 */
export function portOption(value, fallback, name = "port") {
  const given = value ?? (name === "port" ? process.env.PORT : undefined);
  if (given === undefined || given === "") return fallback;
  const port = Number(given);
  if (!/^\d+$/.test(given) || port > 65535) throw new UsageError(`--${name}: "${given}" is not a port number (0-65535; 0 picks a free port)`);
  return port;
}
