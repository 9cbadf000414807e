// A stateful stand-in for the Solaris API on 127.0.0.1, for the `verify --workflows` tests.
// - Its own token endpoint (`POST /oauth2/token`, client credentials with Basic auth); every API
//   call needs one of the tokens it issued (else 401).
// - Sessions and identifications it created are kept; an unknown ID answers 404 (the spec's
//   NotFound example). Persons are not part of this API: any person ID is accepted.
// - Answers are built from the spec's examples (the one whose method matches the request), with
//   IDs generated in the spec's pattern (32 hex characters and the type suffix taken from the
//   pattern), so a conforming run needs no hand-written body.
// - `breaks` makes it break the contract on purpose, one way each (see BREAKS).
import { randomBytes } from "node:crypto";
import http from "node:http";
import { escapePointer, operations, resolveRef } from "../../scripts/lib/spec/oas.mjs";
import { matchOperation } from "../../scripts/lib/spec/requests.mjs";

export const BREAKS = /** @type {const} */ ({
  statusOutsideEnum: "getIdentification answers a status outside the enum",
  missingRequiredInCreate: "createIdentificationSession answers without the required callback_url",
  wrongStatusOnGet: "getIdentification answers 201 instead of 200",
  idsWithoutSuffix: "every issued ID is 32 hex characters without the type suffix (like kontist/mock-solaris)",
  token401: "the token endpoint refuses every client with 401",
});
/** @typedef {keyof typeof BREAKS} Break */

export const CLIENT_ID = "verify-test-client";
export const CLIENT_SECRET = "verify-test-secret-4b1d";

/**
 * @param {import("../../scripts/lib/spec/oas.mjs").Doc} doc
 * @param {{ breaks?: Break[], tokenTtlS?: number }} [options]
 */
export async function startSolarisUpstream(doc, { breaks = [], tokenTtlS = 3599 } = {}) {
  const ops = operations(doc);
  const byId = new Map(ops.map((o) => [o.operationId, o]));
  /** @type {Map<string, Record<string, any>>} */
  const sessions = new Map();
  /** @type {Map<string, Record<string, any>>} */
  const identifications = new Map();
  /** @type {Set<string>} */
  const tokens = new Set();
  /** @type {string[]} */
  const requests = [];

  /** The 2xx status and named examples of an operation. @param {string} operationId */
  const success = (operationId) => {
    const operation = /** @type {import("../../scripts/lib/spec/oas.mjs").Operation} */ (byId.get(operationId));
    const status = Object.keys(operation.op.responses).find((s) => /^2\d\d$/.test(s)) ?? "200";
    const { node: response, pointer } = resolveRef(doc, operation.op.responses[status], `${operation.pointer}/responses/${status}`);
    const media = response.content?.["application/json"];
    const examples = Object.entries(media?.examples ?? {}).map(([name, raw]) => resolveRef(doc, raw, `${pointer}/content/application~1json/examples/${escapePointer(name)}`).node.value);
    return { status: Number(status), examples: /** @type {any[]} */ (examples) };
  };
  /**
   * The example whose method (or first identification method) matches, one in a starting state
   * (`created`, `pending`) first; else the first example.
   * @param {string} operationId @param {string | undefined} method
   */
  const example = (operationId, method) => {
    const { status, examples } = success(operationId);
    const matches = examples.filter((e) => e?.method === method || e?.identification_methods?.[0] === method);
    const found = matches.find((e) => ["created", "pending"].includes(e?.status)) ?? matches[0] ?? examples[0];
    return { status, value: structuredClone(found) };
  };
  /** An error answer from the spec's shared responses. @param {string} name */
  const errorBody = (name) => {
    const response = resolveRef(doc, { $ref: `#/components/responses/${name}` }, `/components/responses/${name}`).node;
    const raw = Object.values(response.content?.["application/json"]?.examples ?? {})[0];
    return raw ? resolveRef(doc, raw, `/components/responses/${name}`).node.value : { errors: [] };
  };
  /** A new ID in the pattern of the parameter `name`, like `^[0-9a-f]{32}ises$`. @param {string} name */
  const newId = (name) => {
    const pattern = ops.flatMap((o) => o.parameters).find((p) => p.in === "path" && p.name === name)?.schema?.pattern ?? "";
    const suffix = /\{32\}([a-z]*)\$$/.exec(pattern)?.[1] ?? "";
    return `${randomBytes(16).toString("hex")}${breaks.includes("idsWithoutSuffix") ? "" : suffix}`;
  };
  // Fields an identification keeps whatever the lifecycle example says.
  const IDENTITY = ["id", "person_id", "method", "iban", "language"];
  /** @param {Record<string, any>} stored @param {Record<string, any>} next */
  const advance = (stored, next) => {
    for (const [key, value] of Object.entries(next)) if (!IDENTITY.includes(key)) stored[key] = value;
    return stored;
  };

  /**
   * @param {string} operationId @param {Record<string, string>} params @param {any} body
   * @returns {{ status: number, body?: any, headers?: Record<string, string> }}
   */
  function answer(operationId, params, body) {
    const notFound = { status: 404, body: errorBody("NotFound") };
    const session = params.identification_session_id === undefined ? undefined : sessions.get(params.identification_session_id);
    if (params.identification_session_id !== undefined && session?.person_id !== params.person_id) return notFound;
    const identification = params.id === undefined ? undefined : identifications.get(params.id);
    if (params.id !== undefined && (identification?.person_id !== params.person_id || (session && identification?.session_id !== session.id))) return notFound;
    const bare = (/** @type {Record<string, any>} */ item) => Object.fromEntries(Object.entries(item).filter(([key]) => key !== "session_id"));
    switch (operationId) {
      case "createIdentificationSession": {
        const { status, value } = example(operationId, body?.identification_methods?.[0]);
        const created = { ...value, id: newId("identification_session_id"), identification_methods: body?.identification_methods ?? value.identification_methods, callback_url: body?.callback_url ?? value.callback_url };
        sessions.set(created.id, { ...created, person_id: params.person_id });
        if (breaks.includes("missingRequiredInCreate")) return { status, body: { ...created, callback_url: undefined } };
        return { status, body: created };
      }
      case "getIdentificationSession": {
        const { person_id, ...rest } = /** @type {Record<string, any>} */ (session);
        return { status: 200, body: rest };
      }
      case "createSessionIdentification":
      case "createIdentification": {
        const { status, value } = example(operationId, body?.method);
        const created = { ...value, id: newId("id"), person_id: params.person_id, method: body?.method ?? value.method, ...(body?.iban ? { iban: body.iban } : {}), ...(body?.language ? { language: body.language } : {}) };
        identifications.set(created.id, { ...created, ...(session ? { session_id: session.id } : {}) });
        return { status, body: created };
      }
      case "getSessionIdentification":
        return { status: 200, body: bare(/** @type {Record<string, any>} */ (identification)) };
      case "getIdentification": {
        const found = bare(/** @type {Record<string, any>} */ (identification));
        if (breaks.includes("statusOutsideEnum")) found.status = "approved_by_robot";
        return { status: breaks.includes("wrongStatusOnGet") ? 201 : 200, body: found };
      }
      case "simulateBankIdUntilIdentificationDataRequired": {
        const target = [...identifications.values()].reverse().find((i) => i.session_id === session?.id && i.method === "bank_id");
        if (!target) return notFound;
        return { status: 200, body: bare(advance(target, example(operationId, "bank_id").value)) };
      }
      case "requestIdentification":
      case "authorizeIdentification":
      case "simulateIdentificationOutcome": {
        const stored = /** @type {Record<string, any>} */ (identification);
        const { status, value } = example(operationId, stored.method);
        return { status, body: bare(advance(stored, value)) };
      }
      case "listIdentifications": {
        const mine = [...identifications.values()].filter((i) => i.person_id === params.person_id).map(bare);
        return { status: 200, body: mine, headers: { total: String(mine.length), per_page: "10" } };
      }
      default: {
        const { status, value } = example(operationId, identification?.method);
        return { status, body: value };
      }
    }
  }

  const server = http.createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString("utf8");
    const { pathname } = new URL(req.url ?? "/", "http://upstream");
    requests.push(`${req.method} ${pathname}`);
    /** @param {number} status @param {unknown} body @param {Record<string, string>} [headers] */
    const send = (status, body, headers = {}) =>
      body === undefined ? res.writeHead(status, headers).end() : res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
    if (req.method === "POST" && pathname === "/oauth2/token") {
      const basic = `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64")}`;
      const form = new URLSearchParams(text);
      if (breaks.includes("token401") || req.headers.authorization !== basic) return send(401, { error: "invalid_client", error_description: "Client authentication failed." });
      if (form.get("grant_type") !== "client_credentials") return send(400, { error: "unsupported_grant_type" });
      const token = randomBytes(24).toString("base64url");
      tokens.add(token);
      return send(200, { access_token: token, token_type: "bearer", expires_in: tokenTtlS, scope: form.get("scope") ?? "partners" });
    }
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!bearer || !tokens.has(bearer)) return send(401, errorBody("Unauthorized"));
    const match = matchOperation(ops, req.method ?? "GET", pathname);
    if (!match) return send(404, errorBody("NotFound"));
    let body;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      return send(400, errorBody("BadRequest"));
    }
    const out = answer(match.operation.operationId, match.params, body);
    send(out.status, out.body, out.headers);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const url = `http://127.0.0.1:${/** @type {import("node:net").AddressInfo} */ (server.address()).port}`;
  return {
    url,
    tokenUrl: `${url}/oauth2/token`,
    requests,
    tokens,
    sessions,
    identifications,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve(undefined)))),
  };
}
