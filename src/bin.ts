#!/usr/bin/env node
// The package's bin: `solaris-kyc webhooks send ...` (src/webhooks-cli.ts) and `solaris-kyc sandbox` (src/sandbox-cli.ts).
import { runCli } from "./webhooks-cli.js";

const argv = process.argv.slice(2);
process.exitCode = argv[0] === "sandbox" ? await (await import("./sandbox-cli.js")).runSandboxCli(argv.slice(1)) : await runCli(argv);
