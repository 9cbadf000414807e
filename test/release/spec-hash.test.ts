// package.json "specHash" must name the contract as it is now: the sha256 of a fresh bundle's
// JSON (made in memory, the bundle the build writes); `npm run spec-hash -- --check` agreeing is
// spec-hash.e2e.test.ts.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundleOrThrow } from "../../scripts/lib/spec/bundle.mjs";
import { specHash } from "../../scripts/lib/build/steps/hash.mjs";

describe("package.json specHash", () => {
  it("is the sha256 of a fresh bundle (run `npm run build` and commit package.json when this fails)", async () => {
    const recorded = JSON.parse(readFileSync("package.json", "utf8")).specHash;
    expect(recorded, "package.json has no specHash: run npm run spec-hash").toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(recorded).toBe(specHash((await bundleOrThrow()).json));
  });
});
