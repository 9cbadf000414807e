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

/** The request's problems: its path parameters, query, headers and body against the operation's schemas. */
export async function requestProblems(operationId: OperationId, request: Request, params: Record<string, unknown>): Promise<ValidationProblem[]> {
  // Cloning tees the body stream, which costs more than the check itself: only when there is a body.
  const text = request.body === null ? "" : await request.clone().text();
  let body: unknown;
  if (text !== "") {
    if (requestMediaType(operationId) === "application/x-www-form-urlencoded") body = Object.fromEntries(new URLSearchParams(text));
    else {
      try {
        body = JSON.parse(text);
      } catch {
        return [{ pointer: "/body", message: `is not valid JSON (${text.length} characters)` }];
      }
    }
  }
  return validateRequest(operationId, {
    path: params as Record<string, string>,
    query: queryOf(new URL(request.url)),
    header: request.headers,
    body,
  });
}
