// Reads the bundled spec (dist/openapi.json) and derives, from it alone, everything the contract
// tests, `npm run verify` and the coverage report need: the example replays, the webhook
// examples and the negative (invalid) requests. Nothing here lists operations by hand.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { escapePointer, getPointer, resolveRef } from "../json-pointer.mjs";

export const SPEC_JSON = "dist/openapi.json";
export const SPEC_YAML = "dist/openapi.yaml";
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
// Statuses Prism may answer for a `default` response: any status the operation does not declare.
// 418 is never retried by a client and never declared by Solaris.
const DEFAULT_CANDIDATES = [418, 422, 499, 598];

/** A problem in the spec that prevents the derivation; `where` is a JSON pointer into the bundle. */
export class SpecError extends Error {
  constructor(where, message) {
    super(`${SPEC_JSON}#${where}: ${message}`);
    this.name = "SpecError";
  }
}

export function loadSpec(file = SPEC_JSON) {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run bundle\` first`);
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${error.message}): run \`npm run bundle\` again`);
  }
}

export { escapePointer, getPointer };

/** Follows internal `$ref`s; returns the node and the JSON pointer where it really lives. */
export const resolve = (doc, node, pointer) => resolveRef(doc, node, pointer, (where, message) => new SpecError(where, message));

/** Every operation of `paths`, with path-level and operation-level parameters merged and resolved. */
export function operations(doc) {
  const result = [];
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const itemPointer = `/paths/${escapePointer(path)}`;
    const { node: item } = resolve(doc, rawItem, itemPointer);
    for (const method of METHODS) {
      if (!item[method]) continue;
      const pointer = `${itemPointer}/${method}`;
      const op = item[method];
      if (!op.operationId) throw new SpecError(pointer, "operation has no operationId");
      result.push({
        operationId: op.operationId,
        method,
        path,
        pointer,
        op,
        parameters: mergeParameters(doc, item.parameters, op.parameters, pointer),
        requestBody: op.requestBody ? resolve(doc, op.requestBody, `${pointer}/requestBody`) : undefined,
        security: op.security ?? doc.security ?? [],
        servers: op.servers ?? item.servers ?? doc.servers ?? [],
      });
    }
  }
  return result;
}

function mergeParameters(doc, pathLevel = [], opLevel = [], pointer) {
  const byKey = new Map();
  const add = (list, base) =>
    list.forEach((raw, i) => {
      const { node, pointer: where } = resolve(doc, raw, `${base}/parameters/${i}`);
      byKey.set(`${node.in}:${node.name}`, { ...node, pointer: where, schema: node.schema && resolve(doc, node.schema, `${where}/schema`).node });
    });
  add(pathLevel, pointer.slice(0, pointer.lastIndexOf("/")));
  add(opLevel, pointer);
  return [...byKey.values()];
}

function exampleValue(doc, raw, pointer) {
  const { node, pointer: where } = resolve(doc, raw, pointer);
  if (node.externalValue) throw new SpecError(where, "externalValue examples cannot be replayed; inline the value");
  if (!("value" in node)) throw new SpecError(where, "example has no value");
  return node.value;
}

function parameterExample(doc, param) {
  if ("example" in param) return param.example;
  const first = Object.entries(param.examples ?? {})[0];
  if (first) return exampleValue(doc, first[1], `${param.pointer}/examples/${escapePointer(first[0])}`);
  if (param.schema && "example" in param.schema) return param.schema.example;
  return undefined;
}

/** The credentials a request needs for the first security requirement of the operation. */
export function authFor(doc, security) {
  const requirement = security[0];
  if (!requirement || Object.keys(requirement).length === 0) return { kind: "none", headers: {}, query: {} };
  const headers = {};
  const query = {};
  let kind = "bearer";
  for (const name of Object.keys(requirement)) {
    const { node: scheme } = resolve(doc, doc.components?.securitySchemes?.[name] ?? {}, `/components/securitySchemes/${escapePointer(name)}`);
    if (scheme.type === "http" && scheme.scheme?.toLowerCase() === "basic") {
      kind = "basic";
      headers.Authorization = `Basic ${Buffer.from("contract-client-id:contract-client-secret").toString("base64")}`;
    } else if (scheme.type === "apiKey") {
      kind = "apiKey";
      (scheme.in === "query" ? query : headers)[scheme.name] = "contract-api-key";
    } else {
      headers.Authorization = "Bearer contract-test-token";
    }
  }
  return { kind, headers, query };
}

/** The request of an operation: parameters from their examples, the named body example (or the first one). */
export function buildRequest(doc, operation, exampleName) {
  const request = { path: {}, query: {}, header: {}, body: undefined, bodyExample: undefined, mediaType: undefined };
  for (const param of operation.parameters) {
    const value = parameterExample(doc, param);
    if (value === undefined) {
      if (param.required) throw new SpecError(param.pointer, `required ${param.in} parameter "${param.name}" has no example`);
      continue;
    }
    if (param.in === "cookie") continue;
    request[param.in][param.name] = value;
  }
  if (operation.requestBody) {
    const content = operation.requestBody.node.content ?? {};
    const mediaType = content["application/json"] ? "application/json" : Object.keys(content)[0];
    const media = content[mediaType];
    const examples = Object.entries(media?.examples ?? {});
    const chosen = examples.find(([name]) => name === exampleName) ?? examples[0];
    if (!chosen) throw new SpecError(`${operation.requestBody.pointer}/content/${escapePointer(mediaType)}`, "request body has no named example");
    request.mediaType = mediaType;
    request.bodyExample = chosen[0];
    request.body = exampleValue(doc, chosen[1], `${operation.requestBody.pointer}/content/${escapePointer(mediaType)}/examples/${escapePointer(chosen[0])}`);
  }
  return request;
}

/** Fills `{name}` placeholders of a path template. */
export function fillPath(template, values) {
  return template.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(String(values[name])));
}

/** Query string the way OpenAPI's default styles serialize it (form/explode, deepObject). */
export function queryString(params, query) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    const style = params.find((p) => p.in === "query" && p.name === name)?.style;
    if (value !== null && typeof value === "object" && !Array.isArray(value) && style === "deepObject") {
      for (const [key, inner] of Object.entries(value)) search.append(`${name}[${key}]`, String(inner));
    } else if (Array.isArray(value)) value.forEach((v) => search.append(name, String(v)));
    else if (value !== null && typeof value === "object") Object.entries(value).forEach(([k, v]) => search.append(k, String(v)));
    else search.append(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export function encodeBody(mediaType, body) {
  if (body === undefined) return undefined;
  if (mediaType === "application/x-www-form-urlencoded") {
    return new URLSearchParams(Object.entries(body).map(([k, v]) => [k, String(v)])).toString();
  }
  return JSON.stringify(body);
}

/**
 * One replay per operation x declared status x named response example. A status whose response
 * has no content is replayed once with no example (`example: null`, empty body expected).
 */
export function replays(doc) {
  const list = [];
  for (const operation of operations(doc)) {
    const declared = Object.keys(operation.op.responses ?? {});
    if (declared.length === 0) throw new SpecError(`${operation.pointer}/responses`, "operation declares no response");
    const numeric = declared.filter((s) => /^\d{3}$/.test(s)).map(Number);
    for (const status of declared) {
      const responsePointer = `${operation.pointer}/responses/${escapePointer(status)}`;
      const { node: response, pointer } = resolve(doc, operation.op.responses[status], responsePointer);
      let preferCode;
      if (/^\d{3}$/.test(status)) preferCode = Number(status);
      else if (/^\dXX$/i.test(status)) preferCode = Number(status[0]) * 100 + (numeric.includes(Number(status[0]) * 100) ? 99 : 0);
      else preferCode = DEFAULT_CANDIDATES.find((code) => !numeric.includes(code));
      const base = { operationId: operation.operationId, method: operation.method, path: operation.path, status, preferCode, operation };
      const contents = Object.entries(response.content ?? {});
      if (contents.length === 0) {
        list.push({ ...base, id: `${operation.operationId} ${status} (no body)`, example: null, mediaType: null, expected: undefined, schemaPointer: null, headers: response.headers ?? {}, request: buildRequest(doc, operation, null) });
        continue;
      }
      for (const [mediaType, media] of contents) {
        const mediaPointer = `${pointer}/content/${escapePointer(mediaType)}`;
        const examples = Object.entries(media.examples ?? {});
        if (examples.length === 0) throw new SpecError(mediaPointer, "response media type has no named examples");
        for (const [name, raw] of examples) {
          list.push({
            ...base,
            id: `${operation.operationId} ${status} ${name}`,
            example: name,
            mediaType,
            expected: exampleValue(doc, raw, `${mediaPointer}/examples/${escapePointer(name)}`),
            schemaPointer: media.schema ? `${mediaPointer}/schema` : null,
            headers: response.headers ?? {},
            request: buildRequest(doc, operation, name),
          });
        }
      }
    }
  }
  return list;
}

/** Every example a webhook declares (payload, header parameters, our answers), with its schema pointer. */
export function webhookExamples(doc) {
  const list = [];
  for (const [name, rawItem] of Object.entries(doc.webhooks ?? {})) {
    const itemPointer = `/webhooks/${escapePointer(name)}`;
    const { node: item } = resolve(doc, rawItem, itemPointer);
    for (const method of METHODS) {
      if (!item[method]) continue;
      const op = item[method];
      const pointer = `${itemPointer}/${method}`;
      const key = op.operationId ?? `${name} ${method}`;
      for (const param of mergeParameters(doc, item.parameters, op.parameters, pointer)) {
        const value = parameterExample(doc, param);
        if (value === undefined) throw new SpecError(param.pointer, `webhook ${param.in} parameter "${param.name}" has no example`);
        list.push({ webhook: name, operationId: key, part: `${param.in} ${param.name}`, example: null, value, schemaPointer: `${param.pointer}/schema` });
      }
      const addContent = (content, base, part, status) => {
        for (const [mediaType, media] of Object.entries(content ?? {})) {
          const mediaPointer = `${base}/content/${escapePointer(mediaType)}`;
          const examples = Object.entries(media.examples ?? {});
          if (examples.length === 0) throw new SpecError(mediaPointer, "webhook media type has no named examples");
          for (const [exName, raw] of examples) {
            list.push({ webhook: name, operationId: key, part, status, example: exName, value: exampleValue(doc, raw, `${mediaPointer}/examples/${escapePointer(exName)}`), schemaPointer: `${mediaPointer}/schema` });
          }
        }
      };
      if (op.requestBody) {
        const { node, pointer: bodyPointer } = resolve(doc, op.requestBody, `${pointer}/requestBody`);
        addContent(node.content, bodyPointer, "payload");
      }
      for (const [status, raw] of Object.entries(op.responses ?? {})) {
        const { node, pointer: responsePointer } = resolve(doc, raw, `${pointer}/responses/${escapePointer(status)}`);
        addContent(node.content, responsePointer, `answer ${status}`, status);
      }
    }
  }
  return list;
}

/**
 * Copies the bundled spec into a fresh temporary folder. Prism restarts (on another port) when
 * the file it serves changes, and dist/ is rebuilt by every `npm run bundle`: a private copy
 * keeps one run on one spec. Returns the JSON file and a cleanup function.
 */
export function snapshotSpec(source = SPEC_JSON) {
  loadSpec(source);
  const dir = mkdtempSync(join(tmpdir(), "solaris-kyc-contract-"));
  const file = join(dir, "openapi.json");
  copyFileSync(source, file);
  return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
