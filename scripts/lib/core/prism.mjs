// Starts Prism (mock or proxy) as a child process, waits for "Prism is listening on <url>" in
// its log, keeps draining its output (into a log file if given) and stops it with SIGTERM.
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { onStop } from "./stopping.mjs";

const require = createRequire(import.meta.url);
const PRISM = require.resolve("@stoplight/prism-cli/dist/index.js");
const LISTENING = /Prism is listening on (http:\/\/\S+)/;

/**
 * `validateRequest: false` (proxy only) forwards a request that breaks the spec instead of
 * answering 422, so the server's answer is still checked. `errors: false` (proxy) validates the
 * request and the answer, forwards both unchanged and lists every violation in the answer's
 * `sl-violations` header (request ones under `location[0] === "request"`), instead of answering
 * 422 or 500 with a problem+json.
 * @param {{ mode?: "mock" | "proxy", spec: string, upstream?: string, host?: string, port?: number,
 *   logFile?: string, echo?: boolean, timeoutMs?: number, validateRequest?: boolean, errors?: boolean }} options
 * @returns {Promise<{ url: string, pid: number, stop: () => Promise<void> }>}
 */
export function startPrism({
  mode = "mock",
  spec,
  upstream,
  host = "127.0.0.1",
  port = 0,
  logFile,
  echo = false,
  timeoutMs = 60_000,
  validateRequest = true,
  errors = true,
}) {
  const args = [
    PRISM,
    mode,
    spec,
    ...(mode === "proxy" ? [String(upstream)] : []),
    "--host",
    host,
    "--port",
    String(port),
    ...(errors ? ["--errors"] : []),
    ...(validateRequest ? [] : ["--validate-request", "false"]),
  ];
  /** @type {import("node:fs").WriteStream | undefined} */
  let log;
  if (logFile) {
    mkdirSync(dirname(logFile), { recursive: true });
    log = createWriteStream(logFile);
  }
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" } });
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  let recent = "";
  const forget = onStop(() => stop());

  const stop = async () => {
    forget();
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    await /** @type {Promise<void>} */ (new Promise((resolve) => (log ? log.end(resolve) : resolve())));
  };

  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (/** @type {string} */ message) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stop().finally(() => reject(new Error(`${message}\n--- last Prism output ---\n${recent.slice(-2000)}`)));
    };
    const timer = setTimeout(() => fail(`Prism did not report "listening" within ${timeoutMs} ms (${mode} ${spec})`), timeoutMs);
    const onData = (/** @type {Buffer} */ chunk) => {
      const text = chunk.toString();
      log?.write(text);
      if (echo) process.stderr.write(text);
      recent = (recent + text).slice(-4000);
      const match = !settled && recent.match(LISTENING);
      if (match) {
        settled = true;
        clearTimeout(timer);
        // The pattern's group always matches, and a child that logs has a pid.
        resolve({ url: /** @type {string} */ (match[1]), pid: /** @type {number} */ (child.pid), stop });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("error", (error) => fail(`could not start Prism: ${error.message}`));
    exited.then(({ code, signal }) => fail(`Prism exited before listening (code ${code}, signal ${signal})`));
  });
}
