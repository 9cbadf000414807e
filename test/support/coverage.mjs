// Coverage of the example replay: operations x declared statuses x examples replayed, request
// examples sent, webhook examples validated. Written to test-results/contract-coverage.json.
import { writeOutputs } from "../../scripts/lib/core/outputs.mjs";
import { operations } from "../../scripts/lib/spec/oas.mjs";
import { replays, webhookExamples } from "../../scripts/lib/contract/replays.mjs";

/** @typedef {{ id: string, operationId: string, status: string, example: string | null, bodyExample?: string, passed: boolean }} ReplayResult */
/** @typedef {{ id: string, passed: boolean }} WebhookResult */
/** @typedef {ReturnType<typeof computeCoverage>} Coverage */

/**
 * @param {import("../../scripts/lib/spec/oas.mjs").Doc} doc the bundled spec
 * @param {ReplayResult[]} results
 * @param {WebhookResult[]} [webhookResults]
 */
export function computeCoverage(doc, results, webhookResults = []) {
  const failures = [];
  const rows = [];
  const expected = replays(doc);
  const requestExamples = [];
  for (const operation of operations(doc)) {
    for (const status of Object.keys(operation.op.responses ?? {})) {
      const declared = [
        ...new Set(expected.filter((r) => r.operationId === operation.operationId && r.status === status).map((r) => r.example ?? "(no body)")),
      ];
      const mine = results.filter((r) => r.operationId === operation.operationId && r.status === status);
      const replayed = [...new Set(mine.filter((r) => r.passed).map((r) => r.example ?? "(no body)"))];
      const missing = declared.filter((name) => !replayed.includes(name));
      rows.push({ operationId: operation.operationId, method: operation.method.toUpperCase(), path: operation.path, status, declared, replayed, missing });
      if (replayed.length === 0) failures.push(`${operation.operationId} ${status}: no example of this status was replayed`);
      for (const name of missing) failures.push(`${operation.operationId} ${status}: example "${name}" was not replayed successfully`);
    }
    const content = operation.requestBody?.node.content ?? {};
    for (const [mediaType, media] of Object.entries(content)) {
      for (const name of Object.keys(media.examples ?? {})) {
        const sent = results.some((r) => r.operationId === operation.operationId && r.passed && r.bodyExample === name);
        requestExamples.push({ operationId: operation.operationId, mediaType, example: name, sent });
        if (!sent) failures.push(`${operation.operationId} request example "${name}" (${mediaType}) was never sent: give a response example the same key`);
      }
    }
  }
  const webhooks = webhookExamples(doc).map((w) => {
    const id = webhookId(w);
    const passed = webhookResults.some((r) => r.id === id && r.passed);
    if (!passed) failures.push(`webhook ${id}: example not validated successfully`);
    return { id, webhook: w.webhook, part: w.part, example: w.example, validated: passed };
  });
  const examples = rows.reduce((n, r) => n + r.declared.length, 0);
  const replayed = rows.reduce((n, r) => n + r.replayed.length, 0);
  return {
    totals: {
      operations: new Set(rows.map((r) => r.operationId)).size,
      statuses: rows.length,
      statusesWithReplay: rows.filter((r) => r.replayed.length > 0).length,
      examples,
      replayed,
      requestExamples: requestExamples.length,
      requestExamplesSent: requestExamples.filter((r) => r.sent).length,
      webhookExamples: webhooks.length,
      webhookExamplesValidated: webhooks.filter((w) => w.validated).length,
    },
    rows,
    requestExamples,
    webhooks,
    failures,
  };
}

/** @param {Pick<import("../../scripts/lib/contract/replays.mjs").WebhookExample, "webhook" | "part" | "example">} w */
export const webhookId = (w) => `${w.webhook} ${w.part}${w.example ? ` ${w.example}` : ""}`;

/** @param {Coverage} coverage @param {string} [file] */
export function writeCoverage(coverage, file = "test-results/contract-coverage.json") {
  writeOutputs({ [file]: `${JSON.stringify({ generatedBy: "npm run test:contract", spec: "dist/openapi.json", ...coverage }, null, 2)}\n` });
}

/** @param {Coverage} coverage @returns {string} */
export function formatCoverage(coverage) {
  const { totals, rows } = coverage;
  const width = Math.max(...rows.map((r) => r.operationId.length), 9);
  const lines = [`${"operation".padEnd(width)}  status   replayed  examples`];
  for (const r of rows) {
    const mark = r.missing.length || r.replayed.length === 0 ? "✗" : "✓";
    lines.push(
      `${r.operationId.padEnd(width)}  ${r.status.padEnd(7)}  ${mark} ${`${r.replayed.length}/${r.declared.length}`.padEnd(6)}  ${r.declared.map((n) => (r.missing.includes(n) ? `!${n}` : n)).join(", ")}`,
    );
  }
  /** @param {number} a @param {number} b */
  const pct = (a, b) => (b === 0 ? "100" : ((100 * a) / b).toFixed(1));
  lines.push(
    "",
    `operations ${totals.operations}, statuses ${totals.statusesWithReplay}/${totals.statuses} (${pct(totals.statusesWithReplay, totals.statuses)}%), ` +
      `examples replayed ${totals.replayed}/${totals.examples} (${pct(totals.replayed, totals.examples)}%), ` +
      `request examples sent ${totals.requestExamplesSent}/${totals.requestExamples}, ` +
      `webhook examples validated ${totals.webhookExamplesValidated}/${totals.webhookExamples}`,
  );
  return lines.join("\n");
}
