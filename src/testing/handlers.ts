// MSW handlers for every operation of the spec, answering with its named examples, refusing what
// the real API refuses (a missing or malformed Authorization header, a request that breaks the spec).
import { http, HttpResponse, type HttpHandler } from "msw";
import { examples, type Examples } from "../../generated/examples.js";
import type { operations } from "../../generated/schema.js";
import { operationAnswers } from "../../generated/testing.js";
import { MOCK_DEFAULT_STATUS } from "../prefer.js";
import type { OperationId, ResponseBody } from "../types.js";
import { readRequestBody, requestProblems, type ValidationProblem } from "./request-problems.js";
import { pointerSegments } from "../json-pointer.js";

/** The `OperationId`s the handlers serve: every operation of the spec's `paths` (webhooks are sent, not served). */
type ServedOperationId = keyof typeof operationAnswers & OperationId;
type Responses<Op extends ServedOperationId> = Examples[Op]["responses"];
type StatusKey<Op extends ServedOperationId> = keyof Responses<Op> & string;
type AsStatus<S extends string> = S extends `${infer N extends number}` ? N : S;
/** A declared status of the operation: a number as in the generated types, or "default". */
export type KycStatus<Op extends ServedOperationId> = AsStatus<StatusKey<Op>>;

/** One named example of one status of the operation. */
export type KycExampleChoice<Op extends ServedOperationId> = {
  [S in StatusKey<Op>]: { status: AsStatus<S>; example: keyof Responses<Op>[S] & string };
}[StatusKey<Op>];

/** A custom body for one status, checked against that status's schema. */
export type KycBodyAnswer<Op extends ServedOperationId> = {
  [S in KycStatus<Op>]: {
    status: S;
    body: S extends keyof operations[Op]["responses"] ? ResponseBody<Op, S> : never;
    headers?: Record<string, string>;
  };
}[KycStatus<Op>];

export type KycAnswer<Op extends ServedOperationId> = KycExampleChoice<Op> | KycBodyAnswer<Op>;

export interface KycHandlerOptions {
  /** Serve every operation under this URL. Default: each operation's sandbox server of the spec. */
  baseUrl?: string;
  /**
   * Check each request as the API does, default true: a missing or malformed Authorization header
   * gets the operation's 401 example; a request that breaks the spec (path parameter off its
   * pattern, missing required field, wrong enum value, wrong type) gets 400 and Solaris' error
   * envelope naming the field.
   */
  validateRequests?: boolean;
}

export interface KycHandlersOptions extends KycHandlerOptions {
  /** Per operation, the example to answer with. Default: the first example of the lowest 2xx status. */
  examples?: { [Op in ServedOperationId]?: KycExampleChoice<Op> };
}

interface Answer {
  status: number;
  body: unknown;
  mediaType: string | null;
  headers: Record<string, string>;
}

type NamedExamples = Record<string, { value: unknown; mediaType: string }>;

const operationIds = Object.keys(operationAnswers) as ServedOperationId[];
const responsesOf = (operationId: ServedOperationId) => examples[operationId].responses as Record<string, NamedExamples>;
const listed = (names: string[]) => names.join(", ") || "none";

function checkOperation(operationId: string): asserts operationId is ServedOperationId {
  if (!Object.hasOwn(operationAnswers, operationId)) {
    throw new Error(`unknown operationId "${operationId}"; the spec's operations are: ${listed(operationIds)}`);
  }
}

function statusExamples(operationId: ServedOperationId, status: number | string): NamedExamples {
  const responses = responsesOf(operationId);
  const named = Object.hasOwn(responses, String(status)) ? responses[String(status)] : undefined;
  if (!named) throw new Error(`${operationId}: no examples for status ${String(status)}; its statuses are: ${listed(Object.keys(responses))}`);
  return named;
}

/** The answer of one named example, with the headers the spec declares for its status. */
function exampleAnswer(operationId: ServedOperationId, status: number | string, example: string): Answer {
  const named = statusExamples(operationId, status);
  const chosen = Object.hasOwn(named, example) ? named[example] : undefined;
  if (!chosen) throw new Error(`${operationId}: no example "${example}" for status ${String(status)}; its examples are: ${listed(Object.keys(named))}`);
  return { ...statusAnswer(operationId, status), body: structuredClone(chosen.value), mediaType: chosen.mediaType };
}

function statusAnswer(operationId: ServedOperationId, status: number | string): Omit<Answer, "body" | "mediaType"> {
  const declared = operationAnswers[operationId].headers as Record<string, Record<string, string>>;
  return { status: String(status) === "default" ? MOCK_DEFAULT_STATUS : Number(status), headers: { ...(declared[String(status)] ?? {}) } };
}

function resolveAnswer<Op extends ServedOperationId>(operationId: Op, answer: KycAnswer<Op> | undefined): Answer {
  if (answer === undefined) {
    const { status, example } = operationAnswers[operationId].defaultAnswer;
    return exampleAnswer(operationId, status, example);
  }
  if ("body" in answer) {
    statusExamples(operationId, answer.status); // an undeclared status: the Error lists the declared ones
    const { status, headers } = statusAnswer(operationId, answer.status);
    return { status, body: answer.body, mediaType: "application/json", headers: { ...headers, ...answer.headers } };
  }
  return exampleAnswer(operationId, answer.status, answer.example);
}

function respond({ status, body, mediaType, headers }: Answer): Response {
  if (mediaType === null || body === undefined) return new HttpResponse(null, { status, headers });
  if (mediaType.includes("json")) return HttpResponse.json(body as never, { status, headers: { "Content-Type": mediaType, ...headers } });
  return HttpResponse.text(String(body), { status, headers: { "Content-Type": mediaType, ...headers } });
}

// RFC 6750's b64token and RFC 7617's credentials.
const BEARER = /^Bearer [A-Za-z0-9\-._~+/]+=*$/;
const BASIC = /^Basic ([A-Za-z0-9+/]+=*)$/;

function decodeBase64(text: string): string {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(text), (c) => c.charCodeAt(0)));
  } catch {
    return "";
  }
}

const randomHex = (bytes: number) => Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, "0")).join("");
/** @internal A fresh id for one error of Solaris' error envelope (32 hex characters and "ex"). */
export const errorId = () => `${randomHex(16)}ex`;

function wellFormedAuth(kind: string, header: string | null): boolean {
  if (kind === "bearer") return header !== null && BEARER.test(header);
  if (kind === "basic") {
    const match = header === null ? null : BASIC.exec(header);
    return match !== null && /^[^:]+:/.test(decodeBase64(match[1]!));
  }
  return true;
}

/** The operation's 401 example for a missing or malformed Authorization header (token_required / invalid_token when the spec names them so). */
function unauthorized(operationId: ServedOperationId, header: string | null): Answer | undefined {
  const named = responsesOf(operationId)["401"];
  if (!named) return undefined;
  const preferred = header === null ? "token_required" : "invalid_token";
  return exampleAnswer(operationId, 401, Object.hasOwn(named, preferred) ? preferred : Object.keys(named)[0]!);
}

/** "/body/address/0/city" → "address[0].city"; "/path/person_id" → "person_id"; "/query/page[size]" → "page[size]". */
function fieldOf(pointer: string): string {
  const [location, ...parts] = pointerSegments(pointer);
  if (parts.length === 0) return location ?? "request";
  if (location === "body") return parts.map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : i === 0 ? part : `.${part}`)).join("");
  return (
    parts[0] +
    parts
      .slice(1)
      .map((part) => `[${part}]`)
      .join("")
  );
}

/** 400 in the shape of the operation's own 400 example: Solaris' error envelope, or an OAuth2 error for the token call. */
function badRequest(operationId: ServedOperationId, problems: ValidationProblem[]): Answer {
  const sample = Object.values(responsesOf(operationId)["400"] ?? {})[0]?.value as { errors?: { code?: string; title?: string }[]; error?: string } | undefined;
  const errors = problems.slice(0, 100).map(({ pointer, message: problem }) => {
    const field = fieldOf(pointer);
    // The pointer already names a missing property; Ajv's message would name it twice.
    const message = /^must have required property /.test(problem) ? "is required" : problem;
    return { field, message, detail: `${field} ${message}` };
  });
  if (sample && typeof sample.error === "string" && !sample.errors) {
    return {
      status: 400,
      mediaType: "application/json",
      headers: {},
      body: {
        error: "invalid_request",
        error_description: errors
          .map((e) => e.detail)
          .join("; ")
          .slice(0, 1000),
      },
    };
  }
  const { code = "invalid_model", title = "Invalid Model" } = sample?.errors?.[0] ?? {};
  const body = {
    errors: errors.map(({ field, message, detail }) => ({
      id: errorId(),
      status: 400,
      code,
      title,
      detail: detail.slice(0, 2000),
      source: { field: field.slice(0, 255), message: message.slice(0, 1000) },
    })),
  };
  return { status: 400, mediaType: "application/json", headers: {}, body };
}

/** @internal An answer a stateful resolver (the sandbox) computes per request. */
export type { Answer, ServedOperationId };

/** @internal How a checked handler answers a request that passed the checks; `body` is the parsed request body (undefined when empty). */
export type Resolver = (request: Request, params: Record<string, string>, body: unknown) => Answer | Response | Promise<Answer | Response>;

/** @internal */
export interface CheckedHandlerOptions extends KycHandlerOptions {
  /** A well-formed bearer token this returns false for gets the 401 `invalid_token` answer (the sandbox's expired tokens). */
  acceptToken?: (token: string) => boolean;
}

/**
 * @internal One operation's handler: Authorization first, then the validators (unless
 * `validateRequests` is false), then `resolve`. The one place both the example handlers and the
 * sandbox check a request. `baseUrl: "*"` matches any origin.
 */
export function checkedHandler(operationId: ServedOperationId, options: CheckedHandlerOptions, resolve: Resolver): HttpHandler {
  const { method, path, server, auth } = operationAnswers[operationId];
  // msw's own path syntax: {person_id} → :person_id (what openapi-msw does for kycHttp).
  const url = `${(options.baseUrl ?? server).replace(/\/+$/, "")}${path.replace(/\{([^}]+)\}/g, ":$1")}`;
  const register = http[method.toLowerCase() as "get"];
  return register(url, async ({ request, params }) => {
    const read = await readRequestBody(operationId, request);
    if (options.validateRequests !== false) {
      const header = request.headers.get("authorization");
      const wellFormed = wellFormedAuth(auth, header);
      const accepted = !wellFormed || auth !== "bearer" || !options.acceptToken || options.acceptToken(header!.slice("Bearer ".length));
      const refusal = wellFormed && accepted ? undefined : unauthorized(operationId, header);
      if (refusal) return respond(refusal);
      const problems = requestProblems(operationId, request, params, read);
      if (problems.length) return respond(badRequest(operationId, problems));
    }
    const answer = await resolve(request, params as Record<string, string>, "body" in read ? read.body : undefined);
    return answer instanceof Response ? answer : respond(answer);
  });
}

/** @internal The answer of one named example (see exampleAnswer). */
export function namedExampleAnswer(operationId: ServedOperationId, status: number | string, example: string): Answer {
  return exampleAnswer(operationId, status, example);
}

/** @internal 400 in Solaris' envelope for problems the sandbox finds beyond the schema (e.g. a method the session does not allow). */
export function badRequestAnswer(operationId: ServedOperationId, problems: ValidationProblem[]): Answer {
  return badRequest(operationId, problems);
}

function buildHandler<Op extends ServedOperationId>(operationId: Op, answer: Answer, options: KycHandlerOptions): HttpHandler {
  return checkedHandler(operationId, options, () => answer);
}

/**
 * MSW handlers for every operation of the spec. Each answers with a named example (default: the
 * first example of the lowest 2xx status), its status and the headers the spec declares for it.
 * Pass them to `setupServer(...createKycHandlers())` (msw/node) or `setupWorker`.
 */
export function createKycHandlers(options: KycHandlersOptions = {}): HttpHandler[] {
  const chosen = (options.examples ?? {}) as Record<string, KycExampleChoice<ServedOperationId> | undefined>;
  for (const operationId of Object.keys(chosen)) checkOperation(operationId);
  return operationIds.map((operationId) => buildHandler(operationId, resolveAnswer(operationId, chosen[operationId]), options));
}

/**
 * One operation's handler with a chosen answer: `{ status, example }` (a named example) or
 * `{ status, body }` (a custom body, type-checked against that status's schema). Use it to override
 * the default answer in one test: `server.use(kycHandler("getIdentification", { status: 404, example: "model_not_found" }))`.
 * The Authorization and request checks of `createKycHandlers` apply.
 */
export function kycHandler<Op extends ServedOperationId>(operationId: Op, answer: KycAnswer<Op>, options: KycHandlerOptions = {}): HttpHandler {
  checkOperation(operationId);
  return buildHandler(operationId, resolveAnswer(operationId, answer), options);
}
