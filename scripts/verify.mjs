#!/usr/bin/env node
// npm run verify: checks a real server against the contract (scripts/lib/verify.mjs).
import { run } from "./lib/cli.mjs";
import { USAGE, verify, verifyOptions } from "./lib/verify.mjs";

run(import.meta.url, { name: "verify", usage: USAGE }, (argv) => verify(verifyOptions(argv)));
