#!/usr/bin/env node
// npm run verify: checks a real server against the contract (scripts/lib/contract/verify.mjs).
import { run } from "./lib/core/cli.mjs";
import { USAGE, verify, verifyOptions } from "./lib/contract/verify.mjs";

run(import.meta.url, { name: "verify", usage: USAGE }, (argv) => verify(verifyOptions(argv)));
