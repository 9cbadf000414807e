// `npm run spec-hash -- --check`, run the way the README shows it, agrees with the recorded hash.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("npm run spec-hash -- --check", () => {
  it("agrees with the recorded hash", () => {
    const run = spawnSync("npm", ["run", "--silent", "spec-hash", "--", "--check"], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/package\.json matches the spec/);
  });
});
