import { setMaxListeners } from "node:events";
import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "../generated/schema.js";
import { KycApiError } from "./errors.js";
import { redact } from "./redact.js";
import type { ValidationProblem } from "./validators.js";

type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

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
  /** Defaults to globalThis.fetch. Receives a Request and `{ signal }`. */
  fetch?: FetchLike;
  /** Receives one entry per answer, retry and token call; bodies are redacted. Never sees a token or the secret. */
  logger?: (entry: KycLogEntry) => void;
  /** Waits between retries (tests inject a recorder). Must reject when `signal` aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Jitter source in [0, 1). Default Math.random. */
  random?: () => number;
  /** Clock for token expiry, in ms. Default Date.now. */
  now?: () => number;
  /**
   * Checks every answer against the spec's schema of its operation and status (with the generated
   * validators of `solaris-kyc/validators`, loaded on first use). "off" (default); "warn": a
   * drifting answer is logged (event "validation", body redacted, its JSON pointers in `problems`)
   * and returned; "throw": it throws `KycApiError` kind "invalid_response" naming the pointers.
   */
  validateResponses?: "off" | "warn" | "throw";
}

/** openapi-fetch's client over the spec's paths. */
export type KycClient = Client<paths, "application/json">;

const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const VALIDATE_RESPONSES = ["off", "warn", "throw"] as const;
// A 204/205/304 or a HEAD has no body by definition; every other documented answer is JSON.
const NO_BODY_STATUSES = new Set([204, 205, 304]);

const defaultSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });

/**
 * Timeout signals, shared: every call started within one slice (a tenth of the timeout, at most
 * 100 ms) gets the same signal, which aborts `timeoutMs` after the slice ends. So each call times out
 * after timeoutMs to timeoutMs + slice, without paying for its own AbortController and timer.
 */
function deadlines(timeoutMs: number): () => AbortSignal {
  const sliceMs = Math.max(1, Math.min(100, Math.floor(timeoutMs / 10)));
  let current: { until: number; signal: AbortSignal } | undefined;
  return () => {
    const time = performance.now();
    if (!current || time >= current.until || current.signal.aborted) {
      const controller = new AbortController();
      setMaxListeners(0, controller.signal); // one listener per concurrent call is expected, not a leak
      const timer = setTimeout(() => controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, "TimeoutError")), timeoutMs + sliceMs);
      // Never keep the process alive for a deadline: a pending request keeps it alive by itself.
      (timer as { unref?: () => void }).unref?.();
      current = { until: time + sliceMs, signal: controller.signal };
    }
    return current.signal;
  };
}

/** Resolves with `promise`, or rejects as soon as `signal` aborts (the promise keeps running for others). */
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

function clientCredentials(auth: ClientCredentialsAuth, fetchImpl: FetchLike, timeoutMs: number, now: () => number, log: Logger): TokenSource {
  if (!auth.clientId || !auth.clientSecret || !auth.tokenUrl) {
    throw new TypeError("createKycClient: auth needs clientId, clientSecret and tokenUrl (or use auth.getToken)");
  }
  const basic = `Basic ${btoa(`${encodeURIComponent(auth.clientId)}:${encodeURIComponent(auth.clientSecret)}`)}`;
  const form = new URLSearchParams({ grant_type: "client_credentials", scope: auth.scope ?? "partners" }).toString();
  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;

  // `method`/`path` are the API request that needed the token, so its error names it.
  async function fetchToken(method: string, path: string): Promise<string> {
    const started = now();
    const fail = (detail: string, status?: number, cause?: unknown) =>
      new KycApiError("auth", method, path, `could not get an access token from ${auth.tokenUrl}: ${detail}`, { status, cause });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    let text: string;
    try {
      const request = new Request(auth.tokenUrl, {
        method: "POST",
        headers: { Authorization: basic, "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
        body: form,
      });
      response = await untilAborted(fetchImpl(request, { signal: controller.signal }), controller.signal);
      text = await untilAborted(response.text(), controller.signal);
    } catch (error) {
      throw controller.signal.aborted ? fail(`no answer within ${timeoutMs} ms`) : fail(`the request failed (${describe(error)})`);
    } finally {
      clearTimeout(timer);
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
    log({ level: "info", event: "token", message: "access token issued", method, path, status: response.status, durationMs: now() - started });
    return token.access_token;
  }

  return {
    get(signal, method, path) {
      if (cached && now() < cached.expiresAt) return Promise.resolve(cached.token);
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

/** Why an error body (as openapi-fetch returns it: parsed JSON, raw text, or undefined) is not the envelope. */
function errorBodyProblem(error: unknown): string | undefined {
  if (error === undefined || error === "") return "the body is empty";
  if (typeof error === "string") {
    return /^\s*</.test(error) ? `the body is HTML/XML, not JSON (${error.length} characters)` : `the body is malformed or truncated JSON (${error.length} characters)`;
  }
  if (!Array.isArray((error as { errors?: unknown } | null)?.errors)) return 'the error body is not the Solaris error envelope {"errors":[...]}';
  return undefined;
}

type Logger = (entry: KycLogEntry) => void;
type Init = { signal?: AbortSignal | null; params?: { path?: Record<string, unknown> }; [key: string]: unknown };
type Result = { data?: unknown; error?: unknown; response: Response };

/** What every step of one call needs: the request's names for errors and logs, and the caller's signal. */
interface Call {
  method: string;
  /** The path template, as the caller passed it (for the spec lookup). */
  url: string;
  init: Init;
  /** The request's path for errors and logs: the template with its path parameters filled in. */
  path: string;
  callerSignal: AbortSignal | undefined;
  retryable: boolean;
}

function describeCall(method: string, url: string, init: Init): Call {
  const path = url.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(init.params?.path?.[name] ?? `{${name}}`)));
  return { method, url, init, path, callerSignal: init.signal ?? undefined, retryable: method === "GET" };
}

const aborted = (call: Call, cause: unknown) => new KycApiError("aborted", call.method, call.path, "aborted by the caller's signal", { cause });

/**
 * A typed client for the Solaris KYC API: openapi-fetch, plus OAuth2, timeouts, safe retries, body
 * checks and a redacting logger around each call (through openapi-fetch's per-request `fetch`).
 */
export function createKycClient(options: KycClientOptions): KycClient {
  if (!options || typeof options.baseUrl !== "string" || options.baseUrl === "") {
    throw new TypeError("createKycClient: baseUrl is required, e.g. https://api.solaris-sandbox.de");
  }
  if (!options.auth) throw new TypeError("createKycClient: auth is required ({ clientId, clientSecret, tokenUrl } or { getToken })");
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxAttempts = options.retry?.maxAttempts ?? 3;
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) throw new TypeError(`createKycClient: timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`);
  if (!(Number.isInteger(maxAttempts) && maxAttempts >= 1)) throw new TypeError(`createKycClient: retry.maxAttempts must be an integer >= 1, got ${maxAttempts}`);
  const baseDelayMs = options.retry?.baseDelayMs ?? 200;
  const maxDelayMs = options.retry?.maxDelayMs ?? 30_000;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
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
  const tokens =
    "getToken" in options.auth
      ? tokenFunction(options.auth)
      : clientCredentials(options.auth, fetchImpl, timeoutMs, now, log);
  const base = createClient<paths, "application/json">({ baseUrl: options.baseUrl, fetch: fetchImpl as (input: Request) => Promise<Response> });
  const nextDeadline = deadlines(timeoutMs);
  const backoff = (attempt: number) => Math.round(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
  const validateResponses = options.validateResponses ?? "off";
  if (!VALIDATE_RESPONSES.includes(validateResponses)) {
    throw new TypeError(`createKycClient: validateResponses must be one of ${VALIDATE_RESPONSES.map((v) => `"${v}"`).join(", ")}, got ${JSON.stringify(validateResponses)}`);
  }
  // Loaded on the first answer to check: with validation off, the validators are never loaded.
  let validators: Promise<typeof import("./validators.js")> | undefined;
  const loadValidators = () => (validators ??= import("./validators.js"));

  /** Waits between attempts; the caller's signal cuts the wait short. */
  async function pause(call: Call, ms: number): Promise<void> {
    try {
      await sleep(ms, call.callerSignal ?? new AbortController().signal);
    } catch (error) {
      throw aborted(call, error);
    }
  }

  async function accessToken(call: Call): Promise<string> {
    try {
      return await tokens.get(call.callerSignal, call.method, call.path);
    } catch (error) {
      if (call.callerSignal?.aborted) throw aborted(call, error);
      throw error instanceof KycApiError ? error : new KycApiError("auth", call.method, call.path, `no access token (${describe(error)})`);
    }
  }

  /**
   * The signal of one attempt: the shared deadline of its time slice, combined with the caller's
   * signal if there is one. `release()` detaches the listeners once the attempt is over.
   */
  function attemptSignal(call: Call): { signal: AbortSignal; deadline: AbortSignal; release: () => void } {
    const deadline = nextDeadline();
    const { callerSignal } = call;
    if (!callerSignal) return { signal: deadline, deadline, release: () => {} };
    const controller = new AbortController();
    const onAbort = () => controller.abort(callerSignal.aborted ? callerSignal.reason : deadline.reason);
    callerSignal.addEventListener("abort", onAbort, { once: true });
    deadline.addEventListener("abort", onAbort, { once: true });
    return {
      signal: controller.signal,
      deadline,
      release: () => {
        callerSignal.removeEventListener("abort", onAbort);
        deadline.removeEventListener("abort", onAbort);
      },
    };
  }

  /**
   * One attempt through openapi-fetch: its result, or "retry" after a network error that may be
   * retried. Every other failure (abort, timeout, a success body that is not JSON) throws.
   */
  async function attemptOnce(call: Call, token: string, attempt: number): Promise<Result | "retry"> {
    const { signal, deadline, release } = attemptSignal(call);
    let answered: Response | undefined;
    try {
      const attemptFetch = async (request: Request) => {
        request.headers.set("Authorization", `Bearer ${token}`);
        answered = await fetchImpl(request, { signal });
        return answered;
      };
      // The signal goes to fetch, not into openapi-fetch's Request (a Request that follows a signal
      // costs twice as much to build); fetch aborts the body read too, so a stalled body times out.
      return (await base.request(call.method as "get", call.url as never, { ...call.init, signal: undefined, fetch: attemptFetch } as never)) as Result;
    } catch (error) {
      return failedAttempt(call, error, answered, deadline, attempt);
    } finally {
      release();
    }
  }

  /** Why an attempt threw, as the error to throw, or "retry" when a network error may be retried. */
  function failedAttempt(call: Call, error: unknown, answered: Response | undefined, deadline: AbortSignal, attempt: number): "retry" {
    const { method, path } = call;
    if (call.callerSignal?.aborted) throw aborted(call, error);
    if (deadline.aborted) {
      log({ level: "error", event: "failure", message: `timed out after ${timeoutMs} ms`, method, path, attempt });
      throw new KycApiError("timeout", method, path, `no complete answer within ${timeoutMs} ms (attempt ${attempt})`, { cause: error });
    }
    if (error instanceof KycApiError) throw error;
    const status = answered?.status;
    if (status !== undefined && error instanceof SyntaxError) {
      // openapi-fetch could not parse a success body.
      const type = answered?.headers.get("Content-Type") ?? "none";
      const kind = /html|xml/i.test(type) ? "HTML/XML" : "malformed or truncated JSON";
      const problem = `the body is ${kind}, not JSON (content-type ${type})`;
      log({ level: "error", event: "failure", message: `${status}: ${problem}`, method, path, status, attempt });
      throw new KycApiError("invalid_response", method, path, `the API answered ${status} with a body that is not the documented JSON: ${problem}`, { status });
    }
    if (call.retryable && attempt < maxAttempts) return "retry";
    log({ level: "error", event: "failure", message: `network error: ${describe(error)}`, method, path, attempt, status });
    throw new KycApiError("network", method, path, `the request failed (${describe(error)})`, { status, cause: error });
  }

  /** How long to wait before retrying this answer, or undefined to hand it to the caller. */
  function retryDelay(call: Call, response: Response, attempt: number): number | undefined {
    if (!(RETRY_STATUSES.has(response.status) && call.retryable && attempt < maxAttempts)) return undefined;
    const after = retryAfterMs(response.headers.get("Retry-After"), now());
    // A Retry-After beyond maxDelayMs: hand the caller the answer rather than wait that long.
    if (after !== undefined && after > maxDelayMs) return undefined;
    return after ?? backoff(attempt);
  }

  /** Throws `invalid_response` when the answer's body is not the documented JSON (empty, HTML, not the envelope). */
  function checkBody(call: Call, result: Result, attempt: number, started: number): void {
    const status = result.response.status;
    const noBody = NO_BODY_STATUSES.has(status) || call.method === "HEAD";
    const problem = noBody ? undefined : result.response.ok ? (result.data === undefined ? "the body is empty" : undefined) : errorBodyProblem(result.error);
    if (!problem) return;
    log({ level: "error", event: "failure", message: `${status}: ${problem}`, method: call.method, path: call.path, status, attempt, durationMs: now() - started });
    throw new KycApiError("invalid_response", call.method, call.path, `the API answered ${status} with a body that is not the documented JSON: ${problem}`, { status });
  }

  /** Checks the answer against the spec's schema of its operation and status (`validateResponses`). */
  async function checkSchema(call: Call, result: Result, attempt: number, started: number): Promise<void> {
    const status = result.response.status;
    if (NO_BODY_STATUSES.has(status) || call.method === "HEAD") return;
    const { findOperationId, validateResponse } = await loadValidators();
    const operationId = findOperationId(call.method, call.url);
    if (!operationId) return; // not an operation of the spec: nothing to check against
    const body = result.response.ok ? result.data : result.error;
    const problems = validateResponse(operationId, status, body);
    if (problems.length === 0) return;
    const listed = problems.slice(0, 5).map((p) => `${p.pointer || "(body)"} ${p.message}`).join("; ");
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : "";
    const message = `${status}: the answer does not match the spec (${operationId}): ${listed}${more}`;
    const entry = { method: call.method, path: call.path, status, attempt, durationMs: now() - started, body: redact(body), problems };
    if (validateResponses === "warn") {
      log({ level: "warn", event: "validation", message, ...entry });
      return;
    }
    log({ level: "error", event: "failure", message, ...entry });
    throw new KycApiError("invalid_response", call.method, call.path, `the API answered ${status} with a body that does not match the spec (${operationId}): ${listed}${more}`, { status });
  }

  function logAnswer(call: Call, result: Result, attempt: number, started: number): void {
    if (!userLogger) return;
    const status = result.response.status;
    const level = status >= 500 ? "error" : status >= 400 ? "warn" : "info";
    const body = redact(result.response.ok ? result.data : result.error);
    log({ level, event: "response", message: `${status}`, method: call.method, path: call.path, status, attempt, durationMs: now() - started, body });
  }

  /**
   * One call: token, attempt, then per answer: refresh the token once after a 401, retry what may
   * be retried, check the body (and its schema), log it and return it.
   */
  async function call(method: string, url: string, init: Init = {}): Promise<Result> {
    const current = describeCall(method, url, init);
    const { path } = current;
    let refreshed = false;
    for (let attempt = 1; ; attempt++) {
      if (current.callerSignal?.aborted) throw aborted(current, current.callerSignal.reason);
      const token = await accessToken(current);
      const started = now();
      const result = await attemptOnce(current, token, attempt);
      if (result === "retry") {
        const delay = backoff(attempt);
        log({ level: "warn", event: "retry", message: `network error, retrying in ${delay} ms`, method, path, attempt });
        await pause(current, delay);
        continue;
      }
      const status = result.response.status;
      if (status === 401 && !refreshed) {
        refreshed = true;
        tokens.invalidate(token);
        log({ level: "warn", event: "retry", message: "401: refreshing the access token once", method, path, status, attempt });
        attempt--; // the refresh is not a retry
        continue;
      }
      const delay = retryDelay(current, result.response, attempt);
      if (delay !== undefined) {
        log({ level: "warn", event: "retry", message: `${status}, retrying in ${delay} ms`, method, path, status, attempt });
        await pause(current, delay);
        continue;
      }
      checkBody(current, result, attempt, started);
      if (validateResponses !== "off") await checkSchema(current, result, attempt, started);
      logAnswer(current, result, attempt, started);
      return result;
    }
  }

  const bound = (method: string) => (url: string, init?: Init) => call(method, url, init);
  return {
    ...base,
    request: (method: string, url: string, init?: Init) => call(method.toUpperCase(), url, init),
    GET: bound("GET"),
    PUT: bound("PUT"),
    POST: bound("POST"),
    DELETE: bound("DELETE"),
    OPTIONS: bound("OPTIONS"),
    HEAD: bound("HEAD"),
    PATCH: bound("PATCH"),
    TRACE: bound("TRACE"),
  } as unknown as KycClient;
}
