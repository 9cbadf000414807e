// npm run test:workflows, run the way the README shows it: every Arazzo workflow passes against
// the Prism mock, and Respect's report reaches the output without stray colour codes.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("npm run test:workflows", () => {
  it("passes every workflow of spec/workflows against the mock", () => {
    const run = spawnSync("npm", ["run", "--silent", "test:workflows"], { encoding: "utf8" });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status, output).toBe(0);
    expect(output).toMatch(/Workflows: (\d+) passed, \1 total/);
    expect(output).not.toMatch(/\u001b\[|\[0m/);
  });
});
