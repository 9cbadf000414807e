// The `solaris-kyc/validators` entry: checks requests, responses and webhook payloads against the
// spec with the validators generated at build time (generated/validators*.ts, Ajv standalone code).
// Nothing is compiled at run time. Every function returns the problems; an empty list means valid.
import { operationValidators, webhookPayloadValidators, type AjvError, type CompiledValidator, type OperationValidators } from "../generated/validators.js";
import { webhookEventTypes, type WebhookEventType } from "../generated/webhooks.js";
import { escapeSegment } from "./json-pointer.js";

import type { OperationId } from "./types.js";

export type { OperationId, WebhookEventType };

/** One way a value breaks the spec. */
export interface ValidationProblem {
  /**
   * JSON pointer to the value. Requests: prefixed with the part (`/body/identification_methods/0`,
   * `/path/person_id`, `/query/page[size]`, `/header/Solaris-Webhook-Id`); responses and webhooks:
   * into the body ("" is the body itself). A missing property's pointer is where it should be.
   */
  pointer: string;
  /** e.g. "must be one of: a, b", "must have required property 'x'", "must be string". */
  message: string;
}

/**
 * A request as the server sees it. Path and query values may be the strings of a URL: they are
 * coerced like Ajv's `coerceTypes: "array"` ("10" → 10, "true" → true, "x" → ["x"] and back).
 * Query `deepObject` parameters come either as URL keys (`{ "page[size]": "10" }`) or as objects
 * (`{ page: { size: 10 } }`). Header names are matched case-insensitively.
 */
export interface RequestParts {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  header?: Record<string, unknown> | Headers;
  body?: unknown;
}

function problemOf(error: AjvError, prefix: string): ValidationProblem {
  const params = error.params;
  switch (error.keyword) {
    case "required":
      return {
        pointer: `${prefix}${error.instancePath}/${escapeSegment(String(params.missingProperty))}`,
        message: `must have required property '${params.missingProperty}'`,
      };
    case "additionalProperties":
      return {
        pointer: `${prefix}${error.instancePath}/${escapeSegment(String(params.additionalProperty))}`,
        message: `is not allowed (no property '${params.additionalProperty}' in the schema)`,
      };
    case "enum":
      return {
        pointer: `${prefix}${error.instancePath}`,
        message: `must be one of: ${(params.allowedValues as unknown[]).map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ")}`,
      };
    case "const":
      return { pointer: `${prefix}${error.instancePath}`, message: `must be ${JSON.stringify(params.allowedValue)}` };
    default:
      return { pointer: `${prefix}${error.instancePath}`, message: error.message ?? `must pass "${error.keyword}"` };
  }
}

/** Runs one compiled validator; `prefix` goes before every pointer. */
function run(validator: CompiledValidator | null, data: unknown, prefix: string): ValidationProblem[] {
  if (!validator || validator(data)) return [];
  const seen = new Set<string>();
  const problems: ValidationProblem[] = [];
  for (const error of validator.errors ?? []) {
    const problem = problemOf(error, prefix);
    const key = `${problem.pointer}\n${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function operation(operationId: string, caller: string): OperationValidators {
  if (typeof operationId !== "string" || !Object.hasOwn(operationValidators, operationId)) {
    throw new Error(`${caller}: unknown operationId ${JSON.stringify(operationId)}; the spec defines: ${Object.keys(operationValidators).join(", ")}`);
  }
  return operationValidators[operationId as OperationId];
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);
const DEEP_KEY = /^([^[\]]+)\[([^[\]]*)\]$/;

/** The query with `name[key]` URL keys of deepObject parameters folded into `{ name: { key } }`. */
function foldQuery(query: Record<string, unknown>, deepObject: readonly string[]): Record<string, unknown> {
  const folded: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    const match = DEEP_KEY.exec(key);
    if (match && deepObject.includes(match[1]!)) {
      const inner = (folded[match[1]!] = isRecord(folded[match[1]!]) ? folded[match[1]!] : {}) as Record<string, unknown>;
      inner[match[2]!] = value;
    } else folded[key] = isRecord(value) ? { ...value } : value;
  }
  return folded;
}

/** `/query/page/size` → `/query/page[size]`: deepObject parameters are named as in the URL. */
function deepObjectPointer(problem: ValidationProblem, deepObject: readonly string[]): ValidationProblem {
  const match = /^\/query\/([^/]+)\/([^/]+)(.*)$/.exec(problem.pointer);
  if (!match || !deepObject.includes(match[1]!)) return problem;
  return { ...problem, pointer: `/query/${match[1]}[${match[2]}]${match[3]}` };
}

/** Header names lower-cased; a Fetch `Headers` is read too. */
function lowerHeaders(header: Record<string, unknown> | Headers): Record<string, unknown> {
  const lower: Record<string, unknown> = {};
  if (typeof Headers !== "undefined" && header instanceof Headers) header.forEach((value, name) => (lower[name] = value));
  else for (const [name, value] of Object.entries(header)) lower[name.toLowerCase()] = value;
  return lower;
}

/** `/header/solaris-webhook-id` → `/header/Solaris-Webhook-Id`: header names as the spec spells them. */
function headerPointer(problem: ValidationProblem, names: readonly string[]): ValidationProblem {
  const match = /^\/header\/([^/]+)(.*)$/.exec(problem.pointer);
  const name = match && names.find((n) => n.toLowerCase() === match[1]);
  if (!name) return problem;
  return { pointer: `/header/${escapeSegment(name)}${match![2]}`, message: problem.message.replace(`'${match![1]}'`, `'${name}'`) };
}

/**
 * The problems of a request to `operationId`: its path, query and header parameters and its body.
 * Throws an Error listing the valid operationIds for an unknown one.
 */
export function validateRequest(operationId: OperationId, request: RequestParts): ValidationProblem[] {
  const op = operation(operationId, "validateRequest");
  const problems: ValidationProblem[] = [];
  if (op.params.path) problems.push(...run(op.params.path, { ...request.path }, "/path"));
  if (op.params.query) {
    const found = run(op.params.query, foldQuery(request.query ?? {}, op.deepObject), "/query");
    problems.push(...found.map((p) => deepObjectPointer(p, op.deepObject)));
  }
  if (op.params.header) {
    const found = run(op.params.header, lowerHeaders(request.header ?? {}), "/header");
    problems.push(...found.map((p) => headerPointer(p, op.headers)));
  }
  if (request.body === undefined) {
    if (op.bodyRequired) problems.push({ pointer: "/body", message: "must have a request body" });
  } else {
    // A copy: a form body's values are coerced in place.
    problems.push(...run(op.body, isRecord(request.body) ? { ...request.body } : request.body, "/body"));
  }
  return problems;
}

/**
 * The problems of a response body of `operationId` with `status`. A status the operation does not
 * declare is checked against its `NXX` range, then against `default`; with neither, that is the problem.
 */
export function validateResponse(operationId: OperationId, status: number | "default", body: unknown): ValidationProblem[] {
  const op = operation(operationId, "validateResponse");
  const key = [String(status), `${String(status)[0]}XX`, "default"].find((k) => Object.hasOwn(op.responses, k));
  if (key === undefined) {
    return [{ pointer: "", message: `status ${status} is not declared by ${operationId} (declared: ${Object.keys(op.responses).join(", ")})` }];
  }
  return run(op.responses[key] ?? null, body, "");
}

/**
 * The problems of a webhook payload (the parsed JSON body) of `eventType`.
 * Throws an Error listing the event types for an unknown one.
 */
export function validateWebhook(eventType: WebhookEventType, payload: unknown): ValidationProblem[] {
  if (typeof eventType !== "string" || !Object.hasOwn(webhookEventTypes, eventType)) {
    throw new Error(`validateWebhook: unknown event type ${JSON.stringify(eventType)}; the spec defines: ${Object.keys(webhookEventTypes).join(", ")}`);
  }
  return run(webhookPayloadValidators[webhookEventTypes[eventType]] ?? null, payload, "");
}

let routes: Map<string, OperationId> | undefined;

/** The operationId of a method and path template ("GET", "/v1/persons/{person_id}/identifications"), if the spec has it. */
export function findOperationId(method: string, pathTemplate: string): OperationId | undefined {
  routes ??= new Map(
    (Object.entries(operationValidators) as [OperationId, OperationValidators][])
      .filter(([, op]) => op.path !== null)
      .map(([id, op]) => [`${op.method} ${op.path}`, id]),
  );
  return routes.get(`${method.toUpperCase()} ${pathTemplate}`);
}
