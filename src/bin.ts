#!/usr/bin/env node
// The package's bin: `solaris-kyc webhooks send ...` and `solaris-kyc sandbox ...`, routed by runCli (src/webhooks-cli.ts).
import { runCli } from "./webhooks-cli.js";

process.exitCode = await runCli(process.argv.slice(2));
