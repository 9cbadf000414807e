// What is wrong with an intercepted request, by the generated validators (solaris-kyc/validators).
import { examples } from "../../generated/examples.js";
import type { OperationId } from "../types.js";
import { validateRequest, type ValidationProblem } from "../validators.js";

export type { ValidationProblem };

/** The media type of the operation's request body, from its examples (JSON when it has none). */
function requestMediaType(operationId: OperationId): string {
  const request = (examples[operationId] as { request?: Record<string, { mediaType: string }> }).request;
  return Object.values(request ?? {})[0]?.mediaType ?? "application/json";
}

function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

/** The request's body, read once per request: parsed JSON (or the fields of a form-encoded one), undefined when empty. */
export type RequestBody = { body: unknown } | { problem: ValidationProblem };

/** Reads the body of the request handed to the handler (msw keeps its own clone), so the checks and the answer share one read. */
export async function readRequestBody(operationId: OperationId, request: Request): Promise<RequestBody> {
  const text = request.body === null ? "" : await request.text();
  if (text === "") return { body: undefined };
  if (requestMediaType(operationId) === "application/x-www-form-urlencoded") return { body: Object.fromEntries(new URLSearchParams(text)) };
  try {
    return { body: JSON.parse(text) };
  } catch {
    return { problem: { pointer: "/body", message: `is not valid JSON (${text.length} characters)` } };
  }
}

/** The request's problems: its path parameters, query, headers and body against the operation's schemas. */
export function requestProblems(operationId: OperationId, request: Request, params: Record<string, unknown>, read: RequestBody): ValidationProblem[] {
  if ("problem" in read) return [read.problem];
  return validateRequest(operationId, {
    path: params as Record<string, string>,
    query: queryOf(new URL(request.url)),
    header: request.headers,
    body: read.body,
  });
}
