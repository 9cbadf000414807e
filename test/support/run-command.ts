// Runs a command to its end and returns its exit code and output, whether it succeeds or not.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** No time limit of its own: the test's timeout is the only one (test/support/waiting.ts says why). */
export async function runCommand(command: string, args: string[], cwd = process.cwd(), env: Record<string, string> = {}): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await run(command, args, { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}
