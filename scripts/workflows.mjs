#!/usr/bin/env node
// npm run test:workflows: every spec/workflows/*.arazzo.yaml, run by Redocly Respect against a Prism mock.
import { run } from "./lib/core/cli.mjs";
import { runWorkflowsAgainstMock } from "./lib/contract/workflows.mjs";

const usage = `usage: npm run test:workflows
  Runs spec/workflows/*.arazzo.yaml with redocly respect against a Prism mock of the bundled spec
  (free port, log in test-results/prism-workflows.log). Exit 0 when every workflow passes.`;

run(import.meta.url, { name: "test:workflows", usage }, () => runWorkflowsAgainstMock());
