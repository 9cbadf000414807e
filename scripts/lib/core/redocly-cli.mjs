// The Redocly CLI as a child process, for the commands its published packages have no Node API
// for (build-docs, respect, diff): one place for its path, its quiet environment and its output.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { onStop } from "./stopping.mjs";

const CLI = fileURLToPath(import.meta.resolve("@redocly/cli/bin/cli.js"));

/** No update check, no telemetry, no colour codes in captured output. */
export const redoclyEnv = () => ({ ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", REDOCLY_TELEMETRY: "off", NO_COLOR: "1", FORCE_COLOR: "0" });

/** Redocly's output without its Node 20 deprecation box. @param {string} text */
export const withoutNotice = (text) => text.replace(/^.*(╔|║|╚).*\n?/gm, "").trim();

/**
 * Runs `redocly <args>`; resolves with its exit code and output (captured unless `inherit`).
 * The child is stopped when `signal` aborts and when this process is stopped.
 * @param {string[]} args
 * @param {{ cwd?: string, signal?: AbortSignal, inherit?: boolean }} [options]
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
export function runRedocly(args, { cwd, signal, inherit = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: redoclyEnv(),
      stdio: ["ignore", inherit ? "inherit" : "pipe", inherit ? "inherit" : "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk) => (stdout += chunk));
    child.stderr?.on("data", (chunk) => (stderr += chunk));
    const kill = () => child.exitCode === null && child.kill("SIGTERM");
    const forget = onStop(kill);
    const abort = () => kill();
    signal?.addEventListener("abort", abort, { once: true });
    child.once("error", (error) => (forget(), reject(error)));
    child.once("close", (code) => {
      forget();
      signal?.removeEventListener("abort", abort);
      if (signal?.aborted) reject(signal.reason);
      else resolve({ code: code ?? 1, stdout, stderr: withoutNotice(stderr) });
    });
  });
}
