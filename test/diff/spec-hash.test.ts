// package.json "specHash" must name the contract as it is now: bundle the spec afresh (the same
// `npm run bundle` the build runs) and compare sha256(dist/openapi.json) with the recorded hash.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("package.json specHash", () => {
  it("is the sha256 of a fresh bundle (run `npm run bundle && npm run spec-hash` when this fails)", () => {
    execFileSync(process.execPath, ["scripts/bundle.mjs"], { cwd: root, stdio: "pipe" });
    const fresh = `sha256:${createHash("sha256").update(readFileSync(`${root}dist/openapi.json`)).digest("hex")}`;
    const recorded = JSON.parse(readFileSync(`${root}package.json`, "utf8")).specHash;
    expect(recorded, "package.json has no specHash: run npm run spec-hash").toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(recorded).toBe(fresh);
  });

  it("spec-hash --check agrees with the recorded hash", () => {
    const out = execFileSync(process.execPath, ["scripts/spec-hash.mjs", "--check"], { cwd: root, encoding: "utf8" });
    expect(out).toMatch(/matches dist\/openapi\.json/);
  });
});
