// npm run test:consumer, run the way the README shows it, as one Vitest file so that it runs
// beside the other suites: the packed tarball installed in a fresh project (a strict consumer
// compiled and run) and in a copy of examples/consumer-app (its own tests, on the testing kit).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("npm run test:consumer", () => {
  it("installs the packed package in fresh projects and their tests pass", () => {
    const run = spawnSync("npm", ["run", "--silent", "test:consumer"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status, output).toBe(0);
    expect(output).toMatch(/^consumer: ok /m);
  });
});
