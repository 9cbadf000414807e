// Requests built from the bundled spec alone: each parameter and body from its named examples,
// the credentials an operation's security asks for, the URL and fetch init as sent on the wire,
// and the operation a request path is for. The contract replays, verify, the build's testing
// data, compat's corpus and the test servers all build and match requests here.
import { SpecError, escapePointer, namedExamples, resolveRef } from "./oas.mjs";

/** @typedef {import("./oas.mjs").Doc} Doc */
/** @typedef {import("./oas.mjs").Operation} Operation */
/** @typedef {import("./oas.mjs").Parameter} Parameter */
/**
 * @typedef {{ path: Record<string, any>, query: Record<string, any>, header: Record<string, any>, cookie: Record<string, any>,
 *   body: unknown, bodyExample: string | undefined, mediaType: string | undefined }} RequestParts
 */
/** @typedef {{ kind: "none" | "bearer" | "basic" | "apiKey", headers: Record<string, string>, query: Record<string, string> }} Auth */

/** The example of a parameter: `example`, the first of `examples`, else its schema's. @param {Doc} doc @param {Parameter} param @returns {unknown} */
export function parameterExample(doc, param) {
  if ("example" in param) return param.example;
  const first = namedExamples(doc, param, param.pointer)[0];
  if (first) return first[1];
  if (param.schema && "example" in param.schema) return param.schema.example;
  return undefined;
}

/** The credentials a request needs for the first security requirement of the operation. */
/** @param {Doc} doc @param {Operation["security"]} security @returns {Auth} */
export function authFor(doc, security) {
  const requirement = security[0];
  if (!requirement || Object.keys(requirement).length === 0) return { kind: "none", headers: {}, query: {} };
  /** @type {Record<string, string>} */
  const headers = {};
  /** @type {Record<string, string>} */
  const query = {};
  /** @type {Auth["kind"]} */
  let kind = "bearer";
  for (const name of Object.keys(requirement)) {
    const { node: scheme } = resolveRef(doc, doc.components?.securitySchemes?.[name] ?? {}, `/components/securitySchemes/${escapePointer(name)}`);
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

/**
 * The request of an operation: parameters from their examples, the named body example (or the first one).
 * @param {Doc} doc @param {Operation} operation @param {string | null} exampleName @returns {RequestParts}
 */
export function buildRequest(doc, operation, exampleName) {
  /** @type {RequestParts} */
  const request = { path: {}, query: {}, header: {}, cookie: {}, body: undefined, bodyExample: undefined, mediaType: undefined };
  for (const param of operation.parameters) {
    const value = parameterExample(doc, param);
    if (value === undefined) {
      if (param.required) throw new SpecError(param.pointer, `required ${param.in} parameter "${param.name}" has no example`);
      continue;
    }
    /** @type {any} */ (request)[param.in][param.name] = value;
  }
  if (operation.requestBody) {
    const content = operation.requestBody.node.content ?? {};
    const mediaType = content["application/json"] ? "application/json" : (Object.keys(content)[0] ?? "application/json");
    const mediaPointer = `${operation.requestBody.pointer}/content/${escapePointer(mediaType)}`;
    const examples = namedExamples(doc, content[mediaType], mediaPointer);
    const chosen = examples.find(([name]) => name === exampleName) ?? examples[0];
    if (!chosen) throw new SpecError(mediaPointer, "request body has no named example");
    request.mediaType = mediaType;
    [request.bodyExample, request.body] = chosen;
  }
  return request;
}

/** Fills `{name}` placeholders of a path template. @param {string} template @param {Record<string, unknown>} values */
export function fillPath(template, values) {
  return template.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(String(values[name])));
}

/**
 * Query string the way OpenAPI's default styles serialize it (form/explode, deepObject).
 * @param {Parameter[]} params @param {Record<string, unknown>} query
 */
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

/** @param {string | undefined} mediaType @param {unknown} body */
export function encodeBody(mediaType, body) {
  if (body === undefined) return undefined;
  if (mediaType === "application/x-www-form-urlencoded") {
    return new URLSearchParams(Object.entries(/** @type {object} */ (body)).map(([k, v]) => [k, String(v)])).toString();
  }
  return JSON.stringify(body);
}

/**
 * The operation a request is for, and its path parameters (decoded), by method and path.
 * @param {Operation[]} list operations(doc) @param {string} method @param {string} pathname
 * @returns {{ operation: Operation, params: Record<string, string> } | undefined}
 */
export function matchOperation(list, method, pathname) {
  for (const operation of list) {
    if (operation.kind !== "paths" || operation.method !== method.toLowerCase()) continue;
    /** @type {string[]} */
    const names = [];
    const source = operation.path
      .split(/(\{[^}]+\})/)
      .map((part) => (part.startsWith("{") ? (names.push(part.slice(1, -1)), "([^/]+)") : part.replace(/[.*+?^$()|[\]\\]/g, "\\$&")))
      .join("");
    const match = new RegExp(`^${source}$`).exec(pathname);
    if (match) return { operation, params: Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? "")])) };
  }
  return undefined;
}

/**
 * The URL and fetch init of a request built from the examples, sent as given (no client-side
 * checks): path filled, query serialised, header parameters, the body encoded with its media type.
 * @param {string} baseUrl @param {Pick<Operation, "method" | "path" | "parameters">} operation @param {RequestParts} request
 * @param {Record<string, string>} [headers] auth and extra headers @param {Record<string, unknown>} [query] extra query parameters (an API key)
 * @returns {{ url: string, init: { method: string, headers: Record<string, string>, body?: string } }}
 */
export function requestInit(baseUrl, operation, request, headers = {}, query = {}) {
  /** @type {Record<string, string>} */
  const all = { ...headers };
  for (const [name, value] of Object.entries(request.header)) all[name] = String(value);
  const body = encodeBody(request.mediaType, request.body);
  if (body !== undefined) all["Content-Type"] = request.mediaType ?? "application/json";
  const url = `${baseUrl}${fillPath(operation.path, request.path)}${queryString(operation.parameters, { ...request.query, ...query })}`;
  return { url, init: { method: operation.method.toUpperCase(), headers: all, ...(body === undefined ? {} : { body }) } };
}
