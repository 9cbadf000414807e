import type { Identification, IdentificationMethod, IdentificationSession } from "../generated/schema.js";
import { lifecycles, type FinalIdentificationStatusOf, type IdentificationStatusOf, type Lifecycle, type SessionLifecycle } from "../generated/lifecycles.js";
import { type KycClient, RETRY_STATUSES, retryAfterMs } from "./client.js";
import { clockOf } from "./clock.js";
import { isFinalIn, lifecycleOf } from "./lifecycles.js";
import { KycApiError } from "./errors.js";

type IdentificationStatus = Identification["status"];
type SessionStatus = IdentificationSession["status"];

// The data types each status's actor as `Actor`, not per status: a partner's status is typed as
// any status of the lifecycle that is not final.
/** The statuses at which an identification of method `M` can wait for the partner (e.g. `bank` at `authorization_required`). */
export type PartnerActionIdentificationStatus<M extends IdentificationMethod = IdentificationMethod> = Exclude<
  IdentificationStatusOf<M>,
  FinalIdentificationStatusOf<M>
>;
export type FinalSessionStatus = SessionLifecycle["final"][number];
/** The statuses at which an identification session can wait for the partner. */
export type PartnerActionSessionStatus = Exclude<keyof SessionLifecycle["statuses"], FinalSessionStatus>;

/** A test of each answer: true stops the wait (reason "until"). */
export type UntilTest<Resource extends { status: string }> = (status: Resource["status"], resource: Resource) => boolean;
/** When to stop besides a final or a partner status: statuses to stop at, or a test of each answer. */
export type WaitUntil<Resource extends { status: string }> = readonly Resource["status"][] | UntilTest<Resource>;

export interface WaitOptions<Resource extends { status: string }, Until extends WaitUntil<Resource> = WaitUntil<Resource>> {
  /**
   * Required: how long to wait in all, in ms on the client's clock. The last poll is made at this
   * deadline. There is no default: a customer's step can take minutes or days, only the caller knows.
   */
  timeoutMs: number;
  /** The first pause between two polls, and the shortest. Default 5 000 (Solaris' SDKs poll every 5 s). */
  minDelayMs?: number;
  /** The longest pause between two polls (the exponential backoff stops growing there). Default 60 000. */
  maxDelayMs?: number;
  /** Also stop at these statuses, or when this test is true; checked before the final and partner statuses. */
  until?: Until;
  /** Ends the wait with `{ state: "aborted" }`, cutting a pause or a request short. */
  signal?: AbortSignal;
  /** Called after every answer with its status; an exception thrown here ends the wait with that exception. */
  onProgress?: (status: Resource["status"], attempt: number, resource: Resource) => void;
}

/** Why a wait stopped at the status it reached. */
export type ReachedReason = "final" | "partner_action" | "until";

/** How `waitForIdentification` ended: `reached` carries the status and why it stopped there. */
export type IdentificationWaitResult<M extends IdentificationMethod = IdentificationMethod, UntilStatus extends IdentificationStatus = never> =
  | { state: "reached"; reason: "final"; status: FinalIdentificationStatusOf<M>; identification: Identification; attempts: number }
  | { state: "reached"; reason: "partner_action"; status: PartnerActionIdentificationStatus<M>; identification: Identification; attempts: number }
  | { state: "reached"; reason: "until"; status: UntilStatus; identification: Identification; attempts: number }
  | { state: "timed_out"; last: Identification | undefined; attempts: number }
  | { state: "aborted"; last: Identification | undefined; attempts: number };

/** How `waitForIdentificationSession` ended: `reached` carries the status and why it stopped there. */
export type SessionWaitResult<UntilStatus extends SessionStatus = never> =
  | { state: "reached"; reason: "final"; status: FinalSessionStatus; session: IdentificationSession; attempts: number }
  | { state: "reached"; reason: "partner_action"; status: PartnerActionSessionStatus; session: IdentificationSession; attempts: number }
  | { state: "reached"; reason: "until"; status: UntilStatus; session: IdentificationSession; attempts: number }
  | { state: "timed_out"; last: IdentificationSession | undefined; attempts: number }
  | { state: "aborted"; last: IdentificationSession | undefined; attempts: number };

/**
 * Polls an identification until it is final, waits for the partner (a status whose next step is
 * the partner's call, such as *authorize*), or matches `until`; or until `timeoutMs` passes or
 * `signal` aborts. Timing out and aborting are results, not exceptions. An error answer (404, 403,
 * ...) throws `KycApiError` code "error_response"; 429, 502, 503 and 504 keep the wait going
 * (honouring Retry-After). A status the lifecycle does not know is polled past, until `until`
 * matches or the time is up. Pass `method` to type the result's statuses by that method's lifecycle.
 */
export function waitForIdentification<M extends IdentificationMethod = IdentificationMethod>(
  client: KycClient,
  target: { person_id: string; id: string; method?: M },
  options: WaitOptions<Identification, UntilTest<Identification>> & { until: UntilTest<Identification> },
): Promise<IdentificationWaitResult<M, IdentificationStatus>>;
/** As above, `until` a list of statuses (typing the status it stops at) or none. */
export function waitForIdentification<const U extends IdentificationStatus = never, M extends IdentificationMethod = IdentificationMethod>(
  client: KycClient,
  target: { person_id: string; id: string; method?: M },
  options: WaitOptions<Identification, readonly U[]>,
): Promise<IdentificationWaitResult<M, U>>;
export async function waitForIdentification(
  client: KycClient,
  target: { person_id: string; id: string; method?: IdentificationMethod },
  options: WaitOptions<Identification>,
): Promise<IdentificationWaitResult<IdentificationMethod, IdentificationStatus>> {
  const { person_id, id, method } = target;
  const path = `/v1/persons/${person_id}/identifications/${id}`;
  const result = await poll<Identification>(client, options, "waitForIdentification", path, {
    get: (signal) => client.GET("/v1/persons/{person_id}/identifications/{id}", { params: { path: { person_id, id } }, signal }),
    stopReason(identification) {
      if (method !== undefined && identification.method !== method) {
        throw new TypeError(
          `waitForIdentification: identification ${id} has method "${identification.method}", not "${method}" as passed; pass its method or none`,
        );
      }
      return stopReason(lifecycleOf(identification.method), identification.status);
    },
  });
  if (result.state !== "reached") return result;
  const { resource, ...reached } = result;
  return { ...reached, identification: resource } as IdentificationWaitResult<IdentificationMethod, IdentificationStatus>;
}

/** As `waitForIdentification`, for an identification session (whose lifecycle has no method). */
export function waitForIdentificationSession(
  client: KycClient,
  target: { person_id: string; identification_session_id: string },
  options: WaitOptions<IdentificationSession, UntilTest<IdentificationSession>> & { until: UntilTest<IdentificationSession> },
): Promise<SessionWaitResult<SessionStatus>>;
/** As above, `until` a list of statuses (typing the status it stops at) or none. */
export function waitForIdentificationSession<const U extends SessionStatus = never>(
  client: KycClient,
  target: { person_id: string; identification_session_id: string },
  options: WaitOptions<IdentificationSession, readonly U[]>,
): Promise<SessionWaitResult<U>>;
export async function waitForIdentificationSession(
  client: KycClient,
  target: { person_id: string; identification_session_id: string },
  options: WaitOptions<IdentificationSession>,
): Promise<SessionWaitResult<SessionStatus>> {
  const { person_id, identification_session_id } = target;
  const path = `/v1/persons/${person_id}/identification_sessions/${identification_session_id}`;
  const result = await poll<IdentificationSession>(client, options, "waitForIdentificationSession", path, {
    get: (signal) =>
      client.GET("/v1/persons/{person_id}/identification_sessions/{identification_session_id}", {
        params: { path: { person_id, identification_session_id } },
        signal,
      }),
    stopReason: (session) => stopReason(lifecycles.sessions, session.status),
  });
  if (result.state !== "reached") return result;
  const { resource, ...reached } = result;
  return { ...reached, session: resource } as SessionWaitResult<SessionStatus>;
}

/** Where a lifecycle makes a waiter stop; undefined for a status it does not know. */
function stopReason(lifecycle: Lifecycle | undefined, status: string): "final" | "partner_action" | undefined {
  if (!lifecycle) return undefined;
  if (isFinalIn(lifecycle, status)) return "final";
  if (Object.hasOwn(lifecycle.statuses, status) && lifecycle.statuses[status]?.actor === "partner") return "partner_action";
  return undefined;
}

interface Poller<Resource> {
  get(signal: AbortSignal | undefined): Promise<{ data?: Resource; error?: unknown; response: Response }>;
  stopReason(resource: Resource): "final" | "partner_action" | undefined;
}

type PollResult<Resource> =
  | { state: "reached"; reason: ReachedReason; status: string; attempts: number; resource: Resource }
  | { state: "timed_out" | "aborted"; last: Resource | undefined; attempts: number };

/** The one polling loop of both waiters: poll now, then pause with backoff until a stop, the deadline or the signal. */
async function poll<Resource extends { status: string }>(
  client: KycClient,
  options: WaitOptions<Resource>,
  name: string,
  path: string,
  poller: Poller<Resource>,
): Promise<PollResult<Resource>> {
  const { timeoutMs, minDelayMs = 5_000, maxDelayMs = 60_000, until, signal, onProgress } = options ?? ({} as never);
  if (!(Number.isFinite(timeoutMs) && timeoutMs >= 0))
    throw new TypeError(`${name}: options.timeoutMs must be a number of milliseconds >= 0, got ${timeoutMs}`);
  if (!(Number.isFinite(minDelayMs) && minDelayMs > 0 && Number.isFinite(maxDelayMs) && maxDelayMs >= minDelayMs)) {
    throw new TypeError(`${name}: need 0 < minDelayMs <= maxDelayMs, got minDelayMs ${minDelayMs} and maxDelayMs ${maxDelayMs}`);
  }
  const clock = clockOf(client);
  const deadline = clock.now() + timeoutMs;
  let last: Resource | undefined;
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) return { state: "aborted", last, attempts: attempt - 1 };
    let answer: Awaited<ReturnType<Poller<Resource>["get"]>>;
    try {
      answer = await poller.get(signal);
    } catch (error) {
      if (signal?.aborted) return { state: "aborted", last, attempts: attempt };
      throw error;
    }
    const { data, response } = answer;
    let retryAfter: number | undefined;
    if (data !== undefined && response.ok) {
      last = data;
      onProgress?.(data.status, attempt, data);
      const reason = matches(until, data) ? "until" : poller.stopReason(data);
      if (reason) return { state: "reached", reason, status: data.status, attempts: attempt, resource: data };
    } else if (RETRY_STATUSES.has(response.status)) {
      retryAfter = retryAfterMs(response.headers.get("Retry-After"), clock.now());
    } else {
      throw errorAnswer(name, "GET", path, response, answer.error);
    }
    const remaining = deadline - clock.now();
    if (remaining <= 0) return { state: "timed_out", last, attempts: attempt };
    // AWS SDK waiters' backoff: a random pause between minDelay and minDelay·2^(attempt-1), at most maxDelay.
    const ceiling = Math.min(maxDelayMs, minDelayMs * 2 ** Math.min(attempt - 1, 30));
    const pause = retryAfter ?? minDelayMs + clock.random() * (ceiling - minDelayMs);
    try {
      await clock.sleep(Math.min(pause, remaining), signal);
    } catch (error) {
      if (signal?.aborted) return { state: "aborted", last, attempts: attempt };
      throw error;
    }
  }
}

function matches<Resource extends { status: string }>(until: WaitUntil<Resource> | undefined, resource: Resource): boolean {
  if (until === undefined) return false;
  return typeof until === "function" ? until(resource.status, resource) : until.includes(resource.status);
}

/** @internal The error for an answer a helper cannot hand back: the status and Solaris' first error, with a fix where one is known. */
export function errorAnswer(helper: string, method: string, path: string, response: Response, body: unknown): KycApiError {
  const errors = Array.isArray((body as { errors?: unknown } | null)?.errors) ? (body as { errors: KycApiError["errors"] & object }).errors : undefined;
  const first = errors?.[0];
  const said = first ? ` (${[first.code, first.title, first.detail].filter(Boolean).join(": ")})` : "";
  const fix =
    response.status === 404
      ? "; check the IDs it was given"
      : response.status === 401 || response.status === 403
        ? "; check the client's credentials and scope"
        : "";
  return new KycApiError("error_response", method, path, `${helper} stopped: the API answered ${response.status}${said}${fix}`, {
    status: response.status,
    errors,
  });
}
