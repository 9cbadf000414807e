// The two error classes of the package share one discriminant, `code` (docs/errors.md lists every
// code, and what comes back as `{ error }` instead of throwing).
import type { components } from "../generated/schema.js";
import type { ValidationProblem } from "./validators.js";

type SolarisError = components["schemas"]["Error"];

/** What went wrong in a call that produced no usable answer from the API. */
export type KycApiErrorCode =
  /** The request (or the token request) took longer than `timeoutMs`. */
  | "timeout"
  /** The connection failed (DNS, refused, reset, TLS) and no retry was left or allowed. */
  | "network"
  /** The caller's own `signal` aborted the call. */
  | "aborted"
  /** No access token: the token endpoint or `getToken()` failed or answered something unusable. */
  | "auth"
  /** The API answered, but the body is not the documented JSON (HTML, empty, truncated, not the error envelope), or breaks its schema with `validateResponses: "throw"`. */
  | "invalid_response"
  /**
   * The API answered with an error status to a helper that has no `{ error }` to hand it back in
   * (the poller, the paginator): `status` and `errors` hold the answer.
   */
  | "error_response";

/** Thrown by the client's calls; never carries the client secret or a token. */
export class KycApiError extends Error {
  override readonly name = "KycApiError";
  readonly code: KycApiErrorCode;
  /** The HTTP status when there was an answer (of the API or of the token endpoint). */
  readonly status: number | undefined;
  readonly method: string;
  /** The request's URL path, without the query. */
  readonly path: string;
  /** For "error_response": the errors of Solaris' envelope, when the answer had one. */
  readonly errors: readonly SolarisError[] | undefined;

  constructor(
    code: KycApiErrorCode,
    method: string,
    path: string,
    detail: string,
    options: { status?: number; cause?: unknown; errors?: readonly SolarisError[] } = {},
  ) {
    super(`${method} ${path}: ${detail}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.method = method;
    this.path = path;
    this.errors = options.errors;
  }
}

/** Why `parseWebhook()` refused a delivery. */
export type KycWebhookErrorCode =
  | "missing_signature"
  | "malformed_signature"
  | "invalid_signature"
  | "missing_event_type"
  | "unknown_event_type"
  | "invalid_body"
  /** With `{ validate: true }`: the payload breaks its schema (see `problems`). */
  | "invalid_payload";

/** Thrown by `parseWebhook()` when a webhook delivery must not be trusted or cannot be read. */
export class KycWebhookError extends Error {
  override readonly name = "KycWebhookError";
  readonly code: KycWebhookErrorCode;
  /** For "invalid_payload": where the payload breaks its schema. */
  readonly problems: ValidationProblem[];

  constructor(code: KycWebhookErrorCode, message: string, problems: ValidationProblem[] = []) {
    super(message);
    this.code = code;
    this.problems = problems;
  }
}
