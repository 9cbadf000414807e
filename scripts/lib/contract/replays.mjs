// Derives, from the bundled spec alone, the requests and answers that the contract tests, the
// coverage report, `npm run verify` and the bench replay: one replay per operation × status ×
// named example, the request built from the examples of the same name (spec/requests.mjs), and
// every webhook example. Nothing here lists operations by hand.
import { SpecError, escapePointer, namedExamples, operations, resolveRef } from "../spec/oas.mjs";
import { buildRequest, parameterExample } from "../spec/requests.mjs";

/** @typedef {import("../spec/oas.mjs").Doc} Doc */
/** @typedef {import("../spec/oas.mjs").Operation} Operation */
/** @typedef {import("../spec/requests.mjs").RequestParts} RequestParts */
/**
 * @typedef {{ id: string, operationId: string, method: string, path: string, status: string, preferCode: number,
 *   example: string | null, mediaType: string | null, expected: unknown, schemaPointer: string | null,
 *   headers: Record<string, any>, request: RequestParts, operation: Operation }} Replay
 */
/** @typedef {{ webhook: string, operationId: string, part: string, status?: string, example: string | null, value: unknown, schemaPointer: string }} WebhookExample */

// Statuses Prism may answer for a `default` response: any status the operation does not declare.
// 418 is never retried by a client and never declared by Solaris.
const DEFAULT_CANDIDATES = [418, 422, 499, 598];

/**
 * One replay per operation x declared status x named response example. A status whose response
 * has no content is replayed once with no example (`example: null`, empty body expected).
 * @param {Doc} doc @returns {Replay[]}
 */
export function replays(doc) {
  /** @type {Replay[]} */
  const list = [];
  for (const operation of operations(doc)) {
    const declared = Object.keys(operation.op.responses ?? {});
    if (declared.length === 0) throw new SpecError(`${operation.pointer}/responses`, "operation declares no response");
    const numeric = declared.filter((s) => /^\d{3}$/.test(s)).map(Number);
    for (const status of declared) {
      const { node: response, pointer } = resolveRef(doc, operation.op.responses[status], `${operation.pointer}/responses/${escapePointer(status)}`);
      let preferCode;
      if (/^\d{3}$/.test(status)) preferCode = Number(status);
      else if (/^\dXX$/i.test(status)) preferCode = Number(status[0]) * 100 + (numeric.includes(Number(status[0]) * 100) ? 99 : 0);
      else preferCode = /** @type {number} */ (DEFAULT_CANDIDATES.find((code) => !numeric.includes(code)));
      const base = {
        operationId: operation.operationId,
        method: operation.method,
        path: operation.path,
        status,
        preferCode,
        operation,
        headers: response.headers ?? {},
      };
      const contents = Object.entries(response.content ?? {});
      if (contents.length === 0) {
        list.push({
          ...base,
          id: `${operation.operationId} ${status} (no body)`,
          example: null,
          mediaType: null,
          expected: undefined,
          schemaPointer: null,
          request: buildRequest(doc, operation, null),
        });
        continue;
      }
      for (const [mediaType, media] of contents) {
        const mediaPointer = `${pointer}/content/${escapePointer(mediaType)}`;
        const examples = namedExamples(doc, media, mediaPointer);
        if (examples.length === 0) throw new SpecError(mediaPointer, "response media type has no named examples");
        for (const [name, value] of examples) {
          list.push({
            ...base,
            id: `${operation.operationId} ${status} ${name}`,
            example: name,
            mediaType,
            expected: value,
            schemaPointer: media.schema ? `${mediaPointer}/schema` : null,
            request: buildRequest(doc, operation, name),
          });
        }
      }
    }
  }
  return list;
}

/**
 * Every example a webhook declares (payload, header parameters, our answers), with its schema pointer.
 * @param {Doc} doc @returns {WebhookExample[]}
 */
export function webhookExamples(doc) {
  /** @type {WebhookExample[]} */
  const list = [];
  for (const operation of operations(doc, { webhooks: true }).filter((o) => o.kind === "webhooks")) {
    const { key: webhook, operationId, op, pointer } = operation;
    for (const param of operation.parameters) {
      const value = parameterExample(doc, param);
      if (value === undefined) throw new SpecError(param.pointer, `webhook ${param.in} parameter "${param.name}" has no example`);
      list.push({ webhook, operationId, part: `${param.in} ${param.name}`, example: null, value, schemaPointer: `${param.pointer}/schema` });
    }
    /** @param {Record<string, any> | undefined} content @param {string} base @param {string} part @param {string} [status] */
    const addContent = (content, base, part, status) => {
      for (const [mediaType, media] of Object.entries(content ?? {})) {
        const mediaPointer = `${base}/content/${escapePointer(mediaType)}`;
        const examples = namedExamples(doc, media, mediaPointer);
        if (examples.length === 0) throw new SpecError(mediaPointer, "webhook media type has no named examples");
        for (const [name, value] of examples)
          list.push({ webhook, operationId, part, ...(status ? { status } : {}), example: name, value, schemaPointer: `${mediaPointer}/schema` });
      }
    };
    if (operation.requestBody) addContent(operation.requestBody.node.content, operation.requestBody.pointer, "payload");
    for (const [status, raw] of Object.entries(op.responses ?? {})) {
      const { node, pointer: responsePointer } = resolveRef(doc, raw, `${pointer}/responses/${escapePointer(status)}`);
      addContent(node.content, responsePointer, `answer ${status}`, status);
    }
  }
  return list;
}
