/**
 * The one time source of the client, the poller and the sandbox. The default reads the system
 * clock; a test passes the sandbox's clock (or its own) so that waits, retries, token lifetimes
 * and timeouts take no real time.
 */
export interface KycClock {
  /** Milliseconds since the epoch, as `Date.now()`. */
  now(): number;
  /** Resolves after `ms` on this clock; rejects with the signal's reason if it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A number in [0, 1), for retry jitter. */
  random(): number;
}

export const systemClock: KycClock = {
  now: () => Date.now(),
  random: () => Math.random(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};

/**
 * @internal Calls `fire` after `ms` on `clock`; the returned function cancels it. On the system
 * clock this is a plain timer: the client sets one per attempt, and a wait with an AbortSignal to
 * cancel it would cost a signal and an abort event each time.
 */
export function timerOn(clock: KycClock, ms: number, fire: () => void): () => void {
  if (clock === systemClock) {
    const timer = setTimeout(fire, ms);
    return () => clearTimeout(timer);
  }
  const cancel = new AbortController();
  clock.sleep(ms, cancel.signal).then(fire, () => {}); // rejected: cancelled first
  return () => cancel.abort();
}

// The clock a client was created with, for the helpers that take the client (the poller, the
// paginator) and must wait on the same clock.
const clocks = new WeakMap<object, KycClock>();

/** @internal */
export function attachClock(client: object, clock: KycClock): void {
  clocks.set(client, clock);
}

/** @internal The clock `createKycClient` was given, or the system clock. */
export function clockOf(client: object): KycClock {
  return clocks.get(client) ?? systemClock;
}
