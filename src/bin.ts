#!/usr/bin/env node
// The package's bin: `solaris-kyc webhooks send ...` (see src/webhooks-cli.ts).
import { runCli } from "./webhooks-cli.js";

process.exitCode = await runCli(process.argv.slice(2));
