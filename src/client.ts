// The typed client: openapi-fetch's own `Client<paths>`, with two of its extension points filled.
// - its `fetch`: the transport (access token, clock-driven timeout per attempt, safe retries, the
//   body read within the timeout);
// - a middleware: what the answer means (a body that is not the documented JSON, the schema check
//   of `validateResponses`, the redacting logger).
// Web-standard only (fetch, AbortSignal, URL): no Node built-in, so it runs in edge runtimes too.
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, paths } from "../generated/schema.js";
import { attachClock, systemClock, timerOn, type KycClock } from "./clock.js";
import { KycApiError } from "./errors.js";
import { redact } from "./redact.js";
import type { ValidationProblem } from "./validators.js";

type FetchLike = NonNullable<KycClientOptions["fetch"]>;

/** OAuth2 client credentials; the client fetches, caches and refreshes the token itself. */
export interface ClientCredentialsAuth {
  clientId: string;
  clientSecret: string;
  /** e.g. https://auth.solaris-sandbox.de/oauth2/token */
  tokenUrl: string;
  /** Default "partners". */
  scope?: string;
}

/** Bring your own token (e.g. from a shared token service); called before every request and again once after a 401. */
export interface TokenFunctionAuth {
  getToken: () => Promise<string>;
}

export interface RetryOptions {
  /** Attempts per GET request, the first included. Default 3; 1 disables retries. */
  maxAttempts?: number;
  /** First backoff step; each retry doubles it, with full jitter. Default 200 ms. */
  baseDelayMs?: number;
  /** Longest wait between attempts; a longer Retry-After stops retrying and returns the answer. Default 30 s. */
  maxDelayMs?: number;
}

export interface KycLogEntry {
  level: "info" | "warn" | "error";
  event: "response" | "retry" | "token" | "failure" | "validation";
  message: string;
  method: string;
  path: string;
  status?: number;
  attempt?: number;
  durationMs?: number;
  /** The answer's JSON body, with every `x-pii` field of the spec redacted. */
  body?: unknown;
  /** With `validateResponses`: where the answer breaks its schema. */
  problems?: ValidationProblem[];
}

export interface KycClientOptions {
  /** e.g. https://api.solaris-sandbox.de */
  baseUrl: string;
  auth: ClientCredentialsAuth | TokenFunctionAuth;
  /** Per attempt, including reading the body; the token request gets its own. Default 30 000. */
  timeoutMs?: number;
  /** Retries apply to GET only, on 429/502/503/504 and network errors. */
  retry?: RetryOptions;
  /** Defaults to globalThis.fetch. Receives a Request and `{ signal }` (the attempt's timeout and the caller's signal). */
  fetch?: (input: Request, init?: RequestInit) => Promise<Response>;
  /**
   * The time source of timeouts, retry waits and jitter, and token expiry. Default: the system
   * clock. A test passes its own (or the sandbox's) so that waits and timeouts take no real time;
   * `waitForIdentification` and the other helpers that take the client wait on the same clock.
   */
  clock?: KycClock;
  /**
   * openapi-fetch middleware, in order (the same as `client.use(...middleware)` after creation).
   * Their `onResponse` sees the final answer of a call (after the token refresh and retries), and
   * the client checks the answer they return.
   */
  middleware?: Middleware[];
  /** Receives one entry per answer, retry and token call; bodies are redacted. Never sees a token or the secret. */
  logger?: (entry: KycLogEntry) => void;
  /**
   * Checks every answer against the spec's schema of its operation and status (with the generated
   * validators of `solaris-kyc/validators`, loaded on first use). "off" (default); "warn": a
   * drifting answer is logged (event "validation", body redacted, its JSON pointers in `problems`)
   * and returned; "throw": it throws `KycApiError` code "invalid_response" naming the pointers.
   */
  validateResponses?: "off" | "warn" | "throw";
}

/** openapi-fetch's client over the spec's paths. */
export type KycClient = Client<paths, "application/json">;

/** @internal The answers that mean "not now, try again": the client retries them, a wait keeps going. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);
const VALIDATE_RESPONSES = ["off", "warn", "throw"] as const;
// A 204/205/304 or a HEAD has no body by definition; every other documented answer is JSON.
const NO_BODY_STATUSES = new Set([204, 205, 304]);

/**
 * The signal of one attempt: it aborts with the caller's reason when the caller's signal aborts,
 * or with a TimeoutError after `ms` on `clock`. One AbortController, no `AbortSignal.any`: in
 * Node 20 each signal made costs more than the rest of a request. `end()` stops the timer.
 */
function attemptSignal(clock: KycClock, ms: number, caller?: AbortSignal): { signal: AbortSignal; timedOut: () => boolean; end: () => void } {
  const controller = new AbortController();
  let timedOut = false;
  const onCallerAbort = () => controller.abort(caller?.reason);
  if (caller?.aborted) onCallerAbort();
  else caller?.addEventListener("abort", onCallerAbort, { once: true });
  const cancelTimer = timerOn(clock, ms, () => {
    timedOut = true;
    controller.abort(new DOMException(`timed out after ${ms} ms`, "TimeoutError"));
  });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    end: () => {
      cancelTimer();
      caller?.removeEventListener("abort", onCallerAbort);
    },
  };
}

/** The error for a request the caller's signal aborted. */
const abortedBy = (method: string, path: string, cause: unknown) => new KycApiError("aborted", method, path, "aborted by the caller's signal", { cause });

/** Resolves with `promise`, or rejects as soon as `signal` aborts (for a fetch that ignores its signal). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

interface TokenSource {
  get(signal: AbortSignal | undefined, method: string, path: string): Promise<string>;
  /** Forgets `token` if it is the cached one, so the next get() asks for a new token. */
  invalidate(token: string): void;
}

type AccessToken = components["schemas"]["AccessToken"];
type Logger = (entry: KycLogEntry) => void;

function clientCredentials(auth: ClientCredentialsAuth, fetchImpl: FetchLike, timeoutMs: number, clock: KycClock, log: Logger): TokenSource {
  if (!auth.clientId || !auth.clientSecret || !auth.tokenUrl) {
    throw new TypeError("createKycClient: auth needs clientId, clientSecret and tokenUrl (or use auth.getToken)");
  }
  const basic = `Basic ${btoa(`${encodeURIComponent(auth.clientId)}:${encodeURIComponent(auth.clientSecret)}`)}`;
  const form = new URLSearchParams({ grant_type: "client_credentials", scope: auth.scope ?? "partners" }).toString();
  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;

  // `method`/`path` are the API request that needed the token, so its error names it.
  async function fetchToken(method: string, path: string): Promise<string> {
    const started = clock.now();
    const fail = (detail: string, status?: number, cause?: unknown) =>
      new KycApiError("auth", method, path, `could not get an access token from ${auth.tokenUrl}: ${detail}`, { status, cause });
    const timeout = attemptSignal(clock, timeoutMs);
    let response: Response;
    let text: string;
    try {
      const request = new Request(auth.tokenUrl, {
        method: "POST",
        headers: { Authorization: basic, "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
        body: form,
      });
      response = await untilAborted(fetchImpl(request, { signal: timeout.signal }), timeout.signal);
      text = await untilAborted(response.text(), timeout.signal);
    } catch (error) {
      throw timeout.timedOut() ? fail(`no answer within ${timeoutMs} ms`) : fail(`the request failed (${describe(error)})`);
    } finally {
      timeout.end();
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (!response.ok) {
      const code = typeof (body as { error?: unknown })?.error === "string" ? ` (${(body as { error: string }).error.slice(0, 100)})` : "";
      log({ level: "error", event: "token", message: `token request refused with ${response.status}`, method, path, status: response.status });
      throw fail(`refused with ${response.status}${code}; check clientId, clientSecret and tokenUrl`, response.status);
    }
    const token = body as Partial<AccessToken> | undefined;
    if (typeof token?.access_token !== "string" || token.access_token === "" || typeof token.expires_in !== "number") {
      throw fail(`the answer (${response.status}) is not the documented token JSON with access_token and expires_in`, response.status);
    }
    // Renew shortly before expiry: 10% of the lifetime, at most a minute early.
    const marginS = Math.min(60, token.expires_in * 0.1);
    cached = { token: token.access_token, expiresAt: started + (token.expires_in - marginS) * 1000 };
    log({ level: "info", event: "token", message: "access token issued", method, path, status: response.status, durationMs: clock.now() - started });
    return token.access_token;
  }

  return {
    get(signal, method, path) {
      if (cached && clock.now() < cached.expiresAt) return Promise.resolve(cached.token);
      if (!pending) {
        pending = fetchToken(method, path).finally(() => {
          pending = undefined;
        });
        // The shared promise may outlive every waiter (all aborted): never let it reject unhandled.
        pending.catch(() => {});
      }
      return untilAborted(pending, signal);
    },
    invalidate(token) {
      if (cached?.token === token) cached = undefined;
    },
  };
}

function tokenFunction(auth: TokenFunctionAuth): TokenSource {
  return {
    async get(signal, method, path) {
      let token: unknown;
      try {
        token = await untilAborted(Promise.resolve().then(auth.getToken), signal);
      } catch (error) {
        if (signal?.aborted) throw error;
        throw new KycApiError("auth", method, path, `auth.getToken() failed (${describe(error)})`, { cause: error });
      }
      if (typeof token !== "string" || token === "") throw new KycApiError("auth", method, path, "auth.getToken() returned no token");
      return token;
    },
    invalidate() {},
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return `${error.name}: ${error.message}${cause}`.slice(0, 300);
  }
  return String(error).slice(0, 300);
}

/** @internal Seconds or an HTTP date → milliseconds from now; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Why an error body (parsed JSON, or the raw text when it is not JSON) is not the envelope. */
function errorBodyProblem(body: unknown, text: string): string | undefined {
  if (text === "") return "the body is empty";
  if (body === undefined) return notJson(text);
  if (!Array.isArray((body as { errors?: unknown } | null)?.errors)) return 'the error body is not the Solaris error envelope {"errors":[...]}';
  return undefined;
}

const notJson = (text: string) =>
  /^\s*</.test(text) ? `the body is HTML/XML, not JSON (${text.length} characters)` : `the body is malformed or truncated JSON (${text.length} characters)`;

/** Why a success body (parsed JSON, or undefined when it is not JSON) is not the documented JSON. */
function successBodyProblem(body: unknown, text: string, contentType: string | null): string | undefined {
  if (text === "") return "the body is empty";
  if (body !== undefined) return undefined;
  const type = contentType ?? "none";
  return `the body is ${/html|xml/i.test(type) ? "HTML/XML" : "malformed or truncated JSON"}, not JSON (content-type ${type})`;
}

/** What the transport knows of the attempt that produced a call's answer, for the log. */
interface AttemptRecord {
  attempt: number;
  started: number;
}

/**
 * A typed client for the Solaris KYC API: openapi-fetch's `Client` over the spec's paths, with
 * OAuth2, timeouts, safe retries, body checks and a redacting logger. Add your own openapi-fetch
 * middleware with the `middleware` option or `client.use()`.
 */
export function createKycClient(options: KycClientOptions): KycClient {
  if (!options || typeof options.baseUrl !== "string" || options.baseUrl === "") {
    throw new TypeError("createKycClient: baseUrl is required, e.g. https://api.solaris-sandbox.de");
  }
  if (!options.auth) throw new TypeError("createKycClient: auth is required ({ clientId, clientSecret, tokenUrl } or { getToken })");
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const clock = options.clock ?? systemClock;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxAttempts = options.retry?.maxAttempts ?? 3;
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0))
    throw new TypeError(`createKycClient: timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`);
  if (!(Number.isInteger(maxAttempts) && maxAttempts >= 1))
    throw new TypeError(`createKycClient: retry.maxAttempts must be an integer >= 1, got ${maxAttempts}`);
  const baseDelayMs = options.retry?.baseDelayMs ?? 200;
  const maxDelayMs = options.retry?.maxDelayMs ?? 30_000;
  const validateResponses = options.validateResponses ?? "off";
  if (!VALIDATE_RESPONSES.includes(validateResponses)) {
    throw new TypeError(
      `createKycClient: validateResponses must be one of ${VALIDATE_RESPONSES.map((v) => `"${v}"`).join(", ")}, got ${JSON.stringify(validateResponses)}`,
    );
  }
  const userLogger = options.logger;
  const log: Logger = userLogger
    ? (entry) => {
        try {
          userLogger(entry);
        } catch {
          // A failing logger must not fail the request.
        }
      }
    : () => {};
  const tokens = "getToken" in options.auth ? tokenFunction(options.auth) : clientCredentials(options.auth, fetchImpl, timeoutMs, clock, log);
  const backoff = (attempt: number) => Math.round(clock.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
  const base = options.baseUrl.replace(/\/+$/, "");
  // The request's path for errors and logs: after the base URL, without the query.
  const pathOf = (url: string) => (url.startsWith(base) ? url.slice(base.length) : new URL(url).pathname).replace(/[?#].*$/, "");
  const attempts = new WeakMap<Request, AttemptRecord>();
  // The bytes of each answer the transport read whole, so the checks below need not read it again.
  const bodies = new WeakMap<Response, ArrayBuffer>();
  const utf8 = new TextDecoder();

  /** Waits between attempts on the clock; the caller's signal cuts the wait short. */
  async function pause(method: string, path: string, ms: number, callerSignal: AbortSignal): Promise<void> {
    try {
      await clock.sleep(ms, callerSignal);
    } catch (error) {
      throw abortedBy(method, path, error);
    }
  }

  /**
   * One attempt: the answer with its body read within the timeout, or "retry" after a network
   * error that may be retried. A timeout, the caller's abort and a final network error throw.
   */
  async function attemptOnce(request: Request, token: string, attempt: number, retryable: boolean): Promise<Response | "retry"> {
    const { method } = request;
    const path = pathOf(request.url);
    const timeout = attemptSignal(clock, timeoutMs, request.signal);
    const { signal } = timeout;
    let status: number | undefined;
    try {
      // A body can be sent once, so a request with one is cloned for each attempt; one without is
      // sent as it is (a clone is a new Request and signal each time, most of a request's cost).
      const sent = request.body === null ? request : request.clone();
      sent.headers.set("Authorization", `Bearer ${token}`);
      const response = await untilAborted(fetchImpl(sent, { signal }), signal);
      status = response.status;
      const noBody = NO_BODY_STATUSES.has(status) || method === "HEAD";
      const body = noBody ? null : await untilAborted(response.arrayBuffer(), signal);
      const answer = new Response(body, { status, statusText: response.statusText, headers: response.headers });
      if (body) bodies.set(answer, body);
      return answer;
    } catch (error) {
      if (request.signal.aborted) throw abortedBy(method, path, error);
      if (timeout.timedOut()) {
        log({ level: "error", event: "failure", message: `timed out after ${timeoutMs} ms`, method, path, attempt });
        throw new KycApiError("timeout", method, path, `no complete answer within ${timeoutMs} ms (attempt ${attempt})`, { cause: error });
      }
      if (retryable && attempt < maxAttempts) return "retry";
      log({ level: "error", event: "failure", message: `network error: ${describe(error)}`, method, path, attempt, status });
      throw new KycApiError("network", method, path, `the request failed (${describe(error)})`, { status, cause: error });
    } finally {
      timeout.end();
    }
  }

  /** How long to wait before retrying this answer, or undefined to hand it to the caller. */
  function retryDelay(response: Response, attempt: number, retryable: boolean): number | undefined {
    if (!(RETRY_STATUSES.has(response.status) && retryable && attempt < maxAttempts)) return undefined;
    const after = retryAfterMs(response.headers.get("Retry-After"), clock.now());
    // A Retry-After beyond maxDelayMs: hand the caller the answer rather than wait that long.
    if (after !== undefined && after > maxDelayMs) return undefined;
    return after ?? backoff(attempt);
  }

  /** The transport (openapi-fetch's `fetch`): token, attempts, the 401 refresh and the retries. */
  async function transport(request: Request): Promise<Response> {
    const { method } = request;
    const path = pathOf(request.url);
    const retryable = method === "GET";
    let refreshed = false;
    for (let attempt = 1; ; attempt++) {
      if (request.signal.aborted) throw abortedBy(method, path, request.signal.reason);
      let token: string;
      try {
        token = await tokens.get(request.signal, method, path);
      } catch (error) {
        if (request.signal.aborted) throw abortedBy(method, path, error);
        throw error instanceof KycApiError ? error : new KycApiError("auth", method, path, `no access token (${describe(error)})`);
      }
      const started = clock.now();
      const response = await attemptOnce(request, token, attempt, retryable);
      if (response === "retry") {
        const delay = backoff(attempt);
        log({ level: "warn", event: "retry", message: `network error, retrying in ${delay} ms`, method, path, attempt });
        await pause(method, path, delay, request.signal);
        continue;
      }
      const { status } = response;
      if (status === 401 && !refreshed) {
        refreshed = true;
        tokens.invalidate(token);
        log({ level: "warn", event: "retry", message: "401: refreshing the access token once", method, path, status, attempt });
        attempt--; // the refresh is not a retry
        continue;
      }
      const delay = retryDelay(response, attempt, retryable);
      if (delay !== undefined) {
        log({ level: "warn", event: "retry", message: `${status}, retrying in ${delay} ms`, method, path, status, attempt });
        await pause(method, path, delay, request.signal);
        continue;
      }
      attempts.set(request, { attempt, started });
      return response;
    }
  }

  // Loaded on the first answer to check: with validation off, the validators are never loaded.
  let validators: Promise<typeof import("./validators.js")> | undefined;
  const loadValidators = () => (validators ??= import("./validators.js"));

  /** The answer's checks: a body that is not the documented JSON, its schema, and the log entry. */
  const answerChecks: Middleware = {
    async onResponse({ request, response, schemaPath }) {
      const { method } = request;
      const path = pathOf(request.url);
      const { status } = response;
      const { attempt, started } = attempts.get(request) ?? { attempt: 1, started: clock.now() };
      const context = { method, path, status, attempt, durationMs: clock.now() - started };
      if (NO_BODY_STATUSES.has(status) || method === "HEAD") {
        log({ level: status >= 400 ? "warn" : "info", event: "response", message: `${status}`, ...context });
        return undefined;
      }
      // The transport's own answer, unless a middleware replaced it.
      const bytes = bodies.get(response);
      const text = bytes ? utf8.decode(bytes) : await response.clone().text();
      let body: unknown;
      try {
        body = text === "" ? undefined : JSON.parse(text);
      } catch {
        body = undefined;
      }
      const problem = response.ok ? successBodyProblem(body, text, response.headers.get("Content-Type")) : errorBodyProblem(body, text);
      if (problem) {
        log({ level: "error", event: "failure", message: `${status}: ${problem}`, ...context });
        throw new KycApiError("invalid_response", method, path, `the API answered ${status} with a body that is not the documented JSON: ${problem}`, {
          status,
        });
      }
      if (validateResponses !== "off") await checkSchema(method, schemaPath, body, context);
      const level = status >= 500 ? "error" : status >= 400 ? "warn" : "info";
      if (userLogger) log({ level, event: "response", message: `${status}`, ...context, body: redact(body) });
      return undefined;
    },
  };

  /** Checks the answer against the spec's schema of its operation and status (`validateResponses`). */
  async function checkSchema(
    method: string,
    schemaPath: string,
    body: unknown,
    context: { method: string; path: string; status: number; attempt: number; durationMs: number },
  ): Promise<void> {
    const { findOperationId, validateResponse } = await loadValidators();
    const operationId = findOperationId(method, schemaPath);
    if (!operationId) return; // not an operation of the spec: nothing to check against
    const problems = validateResponse(operationId, context.status, body);
    if (problems.length === 0) return;
    const listed = problems
      .slice(0, 5)
      .map((p) => `${p.pointer || "(body)"} ${p.message}`)
      .join("; ");
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : "";
    const message = `${context.status}: the answer does not match the spec (${operationId}): ${listed}${more}`;
    const entry = { ...context, body: redact(body), problems };
    if (validateResponses === "warn") {
      log({ level: "warn", event: "validation", message, ...entry });
      return;
    }
    log({ level: "error", event: "failure", message, ...entry });
    throw new KycApiError(
      "invalid_response",
      method,
      context.path,
      `the API answered ${context.status} with a body that does not match the spec (${operationId}): ${listed}${more}`,
      { status: context.status },
    );
  }

  const client = createClient<paths, "application/json">({ baseUrl: options.baseUrl, fetch: transport });
  client.use(answerChecks, ...(options.middleware ?? []));
  attachClock(client, clock);
  return client;
}
