// Renders generated/testing.ts: what the testing kit (solaris-kyc/testing) and the
// `solaris-kyc webhooks send` bin need beyond generated/examples.ts: per operation the server it is
// served from (the sandbox one), how it authenticates, its default answer (the first example, in the
// spec's order, of the lowest 2xx status) and the example values of the headers each status
// declares; per webhook the example values of its header parameters and the meaning of each answer.
// Writes nothing itself.
import { SpecError, escapePointer, namedExamples, operations, resolveRef } from "../../spec/oas.mjs";
import { generatedHeader } from "./header.mjs";
import { authFor, parameterExample } from "../../spec/requests.mjs";

/** @typedef {import("../../spec/oas.mjs").Doc} Doc */

/** The sandbox server among `servers` (its description or URL says "sandbox"), else the first. @param {{ url: string, description?: string }[]} servers */
const sandboxServer = (servers) => (servers.find((s) => /sandbox/i.test(`${s.description ?? ""} ${s.url}`)) ?? servers[0])?.url ?? "";

/** A header's example value, as it travels (a string). @param {Doc} doc @param {any} header @param {string} pointer */
function headerExample(doc, header, pointer) {
  const value = parameterExample(doc, { ...header, pointer, schema: header.schema && resolveRef(doc, header.schema, `${pointer}/schema`).node });
  if (value === undefined) throw new SpecError(pointer, "response header has no example (the testing kit sends it)");
  return String(value);
}

/** @param {Doc} doc */
export function testingData(doc) {
  /** @type {Record<string, any>} */
  const answers = {};
  /** @type {Record<string, any>} */
  const webhooks = {};
  for (const operation of operations(doc, { webhooks: true })) {
    const { op, pointer } = operation;
    /** @type {Record<string, Record<string, string>>} */
    const headers = {};
    /** @type {Record<string, string>} */
    const descriptions = {};
    /** @type {{ status: number, example: string } | undefined} */
    let defaultAnswer;
    const statuses = Object.keys(op.responses ?? {}).sort();
    for (const status of statuses) {
      const { node: response, pointer: at } = resolveRef(doc, op.responses[status], `${pointer}/responses/${escapePointer(status)}`);
      descriptions[status] = response.description ?? "";
      const declared = Object.entries(response.headers ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
      if (declared.length) {
        headers[status] = Object.fromEntries(
          declared.map(([name, raw]) => {
            const { node, pointer: where } = resolveRef(doc, raw, `${at}/headers/${escapePointer(name)}`);
            return [name, headerExample(doc, node, where)];
          }),
        );
      }
      if (!defaultAnswer && /^2\d\d$/.test(status)) {
        const [mediaType, media] = Object.entries(response.content ?? {})[0] ?? [];
        const first = mediaType ? namedExamples(doc, media, `${at}/content/${escapePointer(mediaType)}`)[0] : undefined;
        if (first) defaultAnswer = { status: Number(status), example: first[0] };
      }
    }
    if (operation.kind === "webhooks") {
      webhooks[operation.key] = {
        operationId: operation.operationId,
        headers: Object.fromEntries(operation.parameters.filter((p) => p.in === "header").map((p) => [p.name, String(parameterExample(doc, p))])),
        answers: descriptions,
      };
      continue;
    }
    if (!defaultAnswer) throw new SpecError(`${pointer}/responses`, "no 2xx response with a named example: the testing kit has no default answer");
    answers[operation.operationId] = {
      method: operation.method.toUpperCase(),
      path: operation.path,
      server: sandboxServer(operation.servers),
      auth: authFor(doc, operation.security).kind,
      defaultAnswer,
      headers,
    };
  }
  return { server: sandboxServer(doc.servers ?? []), answers, webhooks };
}

/** @param {Doc} doc @returns {string} */
export function renderTestingFile(doc) {
  const { server, answers, webhooks } = testingData(doc);
  const json = (/** @type {unknown} */ value) => JSON.stringify(value, null, 2);
  return [
    generatedHeader("What the testing kit (solaris-kyc/testing) needs beyond examples.ts.").trimEnd(),
    "",
    "/** The sandbox server of the spec (its top-level `servers`). */",
    `export const sandboxServer = ${json(server)};`,
    "",
    "/**",
    " * Per operation of `paths`: its sandbox server, its auth scheme, its default answer (the first",
    " * example of the lowest 2xx status, in the spec's order) and the example value of each header a status declares.",
    " */",
    `export const operationAnswers = ${json(answers)} as const;`,
    "",
    "/** Per webhook (by name): the example value of each header parameter, and the description of each answer status. */",
    `export const webhookDeliveries = ${json(webhooks)} as const;`,
    "",
  ].join("\n");
}
