// Debian's Chromium under playwright-core, the way every docs test launches it; installed by the
// e2e tier's global setup (test/docs/global-setup.ts) when it is missing and the machine allows.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const INSTALL = "apt-get update && apt-get install -y chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Installs Debian's Chromium when it is missing, as `.ci/run` on a fresh machine needs: only as
 * root with apt-get and without CHROMIUM_PATH (a browser of one's own is never replaced). Returns
 * what it did or why it could not (nothing when Chromium is there); throws when apt-get fails.
 */
export function installChromium(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  if (process.env.CHROMIUM_PATH) return `Chromium: CHROMIUM_PATH=${CHROMIUM} does not exist; the docs tests will fail`;
  const root = process.getuid?.() === 0;
  const apt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (!root || !apt)
    return `Chromium: not found at ${CHROMIUM}, and this machine is not one where the tests may install it (root with apt-get); the docs tests will fail: run \`sudo ${INSTALL.replace("&& apt-get", "&& sudo apt-get")}\` or set CHROMIUM_PATH`;
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "chromium"],
  ]) {
    const step = spawnSync("apt-get", args, { env, encoding: "utf8" });
    if (step.status !== 0)
      throw new Error(
        `could not install Chromium for the docs tests: apt-get ${args.join(" ")} exited ${step.status ?? step.signal}:\n${`${step.stdout}${step.stderr}`.trim()}`,
      );
  }
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium, but ${CHROMIUM} does not exist: set CHROMIUM_PATH to the browser's path`);
  return `Chromium: installed Debian's package (${INSTALL}) at ${CHROMIUM}`;
}

/** Launches Chromium with a fresh profile (playwright makes a new temporary user-data-dir per launch). */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install Debian's package: ${INSTALL} (or set CHROMIUM_PATH). Do not use \`npx playwright install\`.`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}
