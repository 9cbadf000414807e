// The one writer of outputs (scripts/lib/core/outputs.mjs): the package's bin is written executable,
// so `npm exec solaris-kyc` from a checkout runs it whatever npm did or did not chmod.
import { chmodSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeOutputs } from "../../scripts/lib/core/outputs.mjs";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "kyc-outputs-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const executable = (path: string) => (statSync(path).mode & 0o111) !== 0;

describe("writeOutputs", () => {
  it("writes a file that starts with a shebang executable, and any other file not", () => {
    const bin = join(dir, "lib/bin.js");
    const lib = join(dir, "lib/index.js");
    expect(writeOutputs({ [bin]: "#!/usr/bin/env node\nconsole.log(1);\n", [lib]: "export {};\n" })).toEqual([bin, lib]);
    expect(executable(bin)).toBe(true);
    expect(executable(lib)).toBe(false);
  });

  it("makes an unchanged script executable again without counting it as changed", () => {
    const bin = join(dir, "bin.js");
    const text = "#!/usr/bin/env node\n";
    writeOutputs({ [bin]: text });
    chmodSync(bin, 0o644); // a fresh clone, or a copy that dropped the mode
    expect(writeOutputs({ [bin]: text })).toEqual([]);
    expect(executable(bin)).toBe(true);
  });
});
