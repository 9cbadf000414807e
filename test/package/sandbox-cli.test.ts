// `solaris-kyc sandbox`'s arguments, in process: each usage error exits 2 naming the option and a fix.
import { describe, expect, it } from "vitest";
import { runSandboxCli } from "../../src/sandbox-cli.js";

const run = async (...argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSandboxCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
};

describe("solaris-kyc sandbox: arguments", () => {
  it("--help prints the usage, exit 0", async () => {
    const { code, out } = await run("--help");
    expect(code).toBe(0);
    expect(out).toContain("Usage: solaris-kyc sandbox [--port 4010]");
  });

  it.each([
    [["--port", "http"], '--port "http" is not a port number (0-65535)'],
    [["--persons", "some"], '--persons "some" must be "any" or "seeded"'],
    [["--webhook-url", "localhost:3000"], '--webhook-url "localhost:3000" is not a URL, e.g. http://127.0.0.1:3000/webhooks'],
    [["--colour"], "Unknown option '--colour'"],
  ])("%j exits 2: %s", async (argv, message) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain("Usage: solaris-kyc sandbox");
  });
});
