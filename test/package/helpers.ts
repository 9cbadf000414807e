import { createKycClient, type KycClientOptions, type KycClock, type KycLogEntry } from "../../src/index.js";

export const TOKEN_URL = "https://auth.example.test/oauth2/token";
export const BASE_URL = "https://api.example.test";
export const CLIENT_SECRET = "sEcReT-do-not-leak-42";
export const PERSON = "dc1a6812a14f6cc338cd084208535bcdcper";
export const IDENT = "a7a57dadfcc83117b5c3b72f4113be25cidt";

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

export const envelope = (status: number | string, code = "some_error") => ({
  errors: [{ id: "84b61fb9bf2117b3653a91ba9fc18d8bex", status, code, title: "Some error", detail: "Something went wrong" }],
});

export interface Call {
  url: string;
  method: string;
  authorization: string | null;
  contentType: string | null;
  body: string;
}

/**
 * An in-memory fetch: the token endpoint answers tokens "token-1", "token-2", ... (or `token`),
 * every other request goes to `api`. Records every call. Honours the abort signal.
 */
export function fakeFetch(
  api: (request: Request, index: number) => Response | Promise<Response>,
  token: (index: number) => Response | Promise<Response> = (i) => json({ access_token: `token-${i + 1}`, expires_in: 3599, token_type: "bearer" }),
) {
  const calls: Call[] = [];
  const apiCalls: Call[] = [];
  const tokenCalls: Call[] = [];
  const fetch = async (request: Request, init?: RequestInit): Promise<Response> => {
    const signal = init?.signal ?? request.signal;
    signal?.throwIfAborted();
    const call: Call = {
      url: request.url,
      method: request.method,
      authorization: request.headers.get("Authorization"),
      contentType: request.headers.get("Content-Type"),
      body: await request.text(),
    };
    calls.push(call);
    const isToken = request.url === TOKEN_URL;
    (isToken ? tokenCalls : apiCalls).push(call);
    const answer = isToken ? token(tokenCalls.length - 1) : api(request, apiCalls.length - 1);
    if (!signal) return answer;
    return new Promise<Response>((resolve, reject) => {
      signal.addEventListener("abort", () => reject(signal.reason), { once: true });
      Promise.resolve(answer).then(resolve, reject);
    });
  };
  return { fetch, calls, apiCalls, tokenCalls };
}

/** A promise that never settles unless its signal aborts. */
export const hang = (signal: AbortSignal | null | undefined) =>
  new Promise<Response>((_, reject) => signal?.addEventListener("abort", () => reject(signal.reason), { once: true }));

/**
 * A clock whose time moves only in the test. `sleeps` records each wait that ran to its end. With
 * `auto` (the default), time jumps to the next pending wait whenever nothing else is left to run
 * (checked after the microtasks settle, with setImmediate): a retry's backoff passes at once and a
 * fetch that never answers times out at once, in no real time. Without it, `advance(ms)` moves it.
 */
function testClock({ start = 0, random = 0.5, auto = true }: { start?: number; random?: number; auto?: boolean } = {}) {
  let time = start;
  const timers = new Set<{ at: number; ms: number; fire: () => void }>();
  const sleeps: number[] = [];
  let checking = false;
  const fireNext = () => {
    const next = [...timers].sort((a, b) => a.at - b.at)[0];
    if (!next) return;
    time = Math.max(time, next.at);
    next.fire();
  };
  const whenIdle = () => {
    if (!auto || checking) return;
    checking = true;
    setImmediate(() => {
      checking = false;
      fireNext();
    });
  };
  const clock: KycClock = {
    now: () => time,
    random: () => random,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const timer = {
          at: time + ms,
          ms,
          fire: () => {
            timers.delete(timer);
            signal?.removeEventListener("abort", onAbort);
            sleeps.push(ms);
            resolve();
            whenIdle();
          },
        };
        const onAbort = () => {
          timers.delete(timer);
          reject(signal!.reason);
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        timers.add(timer);
        whenIdle();
      }),
  };
  /** Moves time by `ms`, ending every wait due on the way. */
  const advance = (ms: number) => {
    const until = time + ms;
    for (let next = [...timers].sort((a, b) => a.at - b.at)[0]; next && next.at <= until; next = [...timers].sort((a, b) => a.at - b.at)[0]) {
      time = next.at;
      next.fire();
    }
    time = until;
  };
  return { clock, sleeps, advance };
}

/** Lets every pending microtask and I/O callback run (one turn of the event loop, no time). */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

export function makeClient(fetch: KycClientOptions["fetch"], extra: Partial<KycClientOptions> = {}, clockOptions: Parameters<typeof testClock>[0] = {}) {
  const logs: KycLogEntry[] = [];
  const { clock, sleeps, advance } = testClock(clockOptions);
  const kyc = createKycClient({
    baseUrl: BASE_URL,
    auth: { clientId: "client-id", clientSecret: CLIENT_SECRET, tokenUrl: TOKEN_URL },
    timeoutMs: 1_000,
    retry: { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 30_000 },
    fetch,
    logger: (entry) => logs.push(entry),
    clock,
    ...extra,
  });
  return { kyc, sleeps, logs, clock, advance };
}

export const getIdentification = (kyc: ReturnType<typeof makeClient>["kyc"], init: { signal?: AbortSignal } = {}) =>
  kyc.GET("/v1/persons/{person_id}/identifications/{id}", { params: { path: { person_id: PERSON, id: IDENT } }, ...init });

/** Runs `promise`, expecting a rejection; returns the error. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}
