// A copy of the project's sources in a temporary folder that shares the repo's node_modules: for
// tests and benchmarks that run the real scripts on a spec they may break or rebuild.
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("../..", import.meta.url));
export const PROJECT_SOURCES = [
  "spec",
  "spectral",
  "scripts",
  "src",
  "generated",
  "redocly.yaml",
  ".spectral.yaml",
  "package.json",
  "tsconfig.json",
  "tsconfig.build.json",
];

// The folder name has a space and a non-ASCII letter, as users' checkouts do.
/**
 * @param {readonly string[]} [entries] the files and folders of the repo to copy
 * @param {string} [prefix] of the temporary folder's name
 * @returns {{ dir: string, remove: () => void }}
 */
export function copyProject(entries = PROJECT_SOURCES, prefix = "kyc scratch ü-") {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of entries) cpSync(join(repo, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(repo, "node_modules"), join(dir, "node_modules"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
