// The reports of `npm run verify`: the human one (grouped by operation: operation, status, JSON
// pointer, expected, found), a JSON file and a JUnit XML file for CI. Each is built from the
// same result; secrets are taken out by the caller before anything is written.

/**
 * @typedef {import("./verify-check.mjs").Finding} Finding
 * @typedef {{ operationId: string, method: string, path: string, statuses: number[] }} Seen
 * @typedef {{ upstream: string, mode: string, exitCode: number, result: "conforming" | "violations" | "error",
 *   error?: string, seen: Seen[], skipped: string[], notes: string[],
 *   check?: ReturnType<typeof import("./verify-check.mjs").checkExchanges> }} Result
 */

/** `    getIdentification 200 body /status: expected …; found …` @param {Finding} f */
export const findingLine = (f) => `${f.operationId} ${f.status} ${f.where} ${f.pointer || "(root)"}: expected ${f.expected}; found ${f.found}`;

/** @param {import("./verify-check.mjs").IdFinding} id */
const idLine = (id) =>
  `${id.parameter}: expected to match pattern "${id.pattern}"; found ${id.found} (first in ${id.first}; ${id.places} place(s) in ${id.operations.join(", ")})`;

/** @param {import("./verify-check.mjs").InputFinding & { flag: string }} i */
const inputLine = (i) =>
  `your ${i.flag} ${i.input} breaks the pattern of ${i.parameter}: expected to ${i.expected}; found ${i.found} (sent to ${i.operations.join(", ")})`;

/** @param {Result} result @returns {string[]} */
export function humanReport(result) {
  const lines = [];
  for (const skip of result.skipped) lines.push(`  skipped ${skip}`);
  const findings = result.check?.findings ?? [];
  for (const seen of result.seen) {
    const mine = findings.filter((f) => f.operationId === seen.operationId);
    lines.push(`${mine.length ? "✗" : "✓"} ${seen.operationId} ${seen.method.toUpperCase()} ${seen.path} → ${[...new Set(seen.statuses)].join(", ")}`);
    for (const f of mine) lines.push(`    ${findingLine(f)}${f.label ? `  [${f.label}]` : ""}`);
  }
  const check = result.check;
  if (check?.ids.length) {
    lines.push("the server issues IDs that do not match the spec's pattern (once per parameter; the other fields of those answers were checked):");
    for (const id of check.ids) lines.push(`    ${idLine(id)}`);
  }
  if (check?.inputs.length) {
    lines.push("your inputs break the spec (not counted against the server; its answers were still checked):");
    for (const i of check.inputs) lines.push(`    ${inputLine(i)}`);
  }
  if (check?.requests.length) {
    lines.push("requests that break the spec (built from the workflows or the spec's examples: fix them, not the server):");
    for (const f of check.requests) lines.push(`    ${findingLine(f)}${f.label ? `  [${f.label}]` : ""}`);
  }
  for (const note of result.notes) lines.push(`  note: ${note}`);
  if (result.error) lines.push(`verify: ${result.error}`);
  else if (check && check.failures > 0) {
    const parts = check.findings.length ? [`${check.findings.length} violation(s) by the server`] : [];
    if (check.ids.length) parts.push(`${check.ids.length} ID pattern(s) broken`);
    if (check.requests.length) parts.push(`${check.requests.length} request(s) breaking the spec`);
    lines.push(parts.join(", "));
  } else lines.push("no violations: the server follows the contract for every request sent");
  return lines;
}

/** @param {Result} result */
export function jsonReport(result) {
  const check = result.check;
  return `${JSON.stringify(
    {
      tool: "solaris-kyc verify",
      upstream: result.upstream,
      mode: result.mode,
      result: result.result,
      exitCode: result.exitCode,
      ...(result.error ? { error: result.error } : {}),
      operations: result.seen.map((seen) => ({
        ...seen,
        statuses: [...new Set(seen.statuses)],
        findings: (check?.findings ?? []).filter((f) => f.operationId === seen.operationId),
      })),
      idPatterns: check?.ids ?? [],
      inputs: check?.inputs ?? [],
      requests: check?.requests ?? [],
      skipped: result.skipped,
      notes: result.notes,
    },
    null,
    2,
  )}\n`;
}

/** @param {string} text */
const xml = (text) =>
  text
    .replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

/** One test case per operation seen, per broken ID pattern and per request that breaks the spec. @param {Result} result */
export function junitReport(result) {
  const check = result.check;
  /** @type {string[]} */
  const cases = [];
  let failures = 0;
  let errors = 0;
  /** @param {string} name @param {string[]} problems @param {string} [kind] */
  const testCase = (name, problems, kind = "failure") => {
    if (problems.length === 0) return cases.push(`    <testcase classname="verify" name="${xml(name)}"/>`);
    if (kind === "failure") failures += 1;
    else errors += 1;
    cases.push(
      `    <testcase classname="verify" name="${xml(name)}">\n      <${kind} message="${xml(problems[0] ?? "")}">${xml(problems.join("\n"))}</${kind}>\n    </testcase>`,
    );
  };
  if (result.error) testCase("verify could run", [result.error], "error");
  for (const seen of result.seen)
    testCase(
      `${seen.operationId} ${seen.method.toUpperCase()} ${seen.path}`,
      (check?.findings ?? []).filter((f) => f.operationId === seen.operationId).map(findingLine),
    );
  for (const id of check?.ids ?? []) testCase(`ID pattern of ${id.parameter}`, [idLine(id)]);
  for (const f of check?.requests ?? []) testCase(`request of ${f.operationId}`, [findingLine(f)]);
  const name = `verify ${result.upstream} (${result.mode})`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(name)}" tests="${cases.length}" failures="${failures}" errors="${errors}">\n  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${failures}" errors="${errors}">\n${cases.join("\n")}\n  </testsuite>\n</testsuites>\n`;
}
