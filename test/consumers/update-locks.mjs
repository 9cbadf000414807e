#!/usr/bin/env node
// npm run consumers:locks [-- <project>...]: rewrites the consumer projects' package-lock.json
// against the package packed from the working tree (after a change of its dependencies or peer
// ranges, or of a project's package.json), each on the Node.js its engines name. Every other
// version stays as pinned in package.json.
import { execFile } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { consumersDir, lockOf, nodeEnv, nodeMajorOf, packPackage, projectNames } from "./projects.mjs";

const run = promisify(execFile);
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !projectNames().includes(name));
if (unknown.length > 0) {
  console.error(`consumers:locks: no project ${unknown.join(", ")} under test/consumers (projects: ${projectNames().join(", ")})`);
  process.exit(2);
}

const tarball = await packPackage(consumersDir);
let failed = 0;
try {
  for (const name of wanted.length > 0 ? wanted : projectNames()) {
    const dir = join(consumersDir, name);
    try {
      // npm keeps a lock entry of the same version as it is: drop it, so the tarball is read again.
      const stale = lockOf(dir);
      delete stale.packages["node_modules/solaris-kyc"];
      writeFileSync(join(dir, "package-lock.json"), `${JSON.stringify(stale, null, 2)}\n`);
      await run("npm", ["install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline"], {
        cwd: dir,
        env: await nodeEnv(nodeMajorOf(dir)),
      });
      const lock = lockOf(dir);
      delete lock.packages["node_modules/solaris-kyc"].integrity; // rebuilt on every run: nothing to pin
      writeFileSync(join(dir, "package-lock.json"), `${JSON.stringify(lock, null, 2)}\n`);
      console.log(`${name}: package-lock.json written`);
    } catch (error) {
      failed += 1;
      const output = `${error.stdout ?? ""}${error.stderr ?? ""}`
        .split("\n")
        .filter((line) => line.trim() && line.trim() !== "npm error")
        .slice(0, 20)
        .join("\n");
      console.error(`${name}: npm install --package-lock-only failed:\n${output}`);
    }
  }
} finally {
  rmSync(tarball, { force: true });
}
process.exitCode = failed === 0 ? 0 : 1;
