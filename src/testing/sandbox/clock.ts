// The sandbox's one time source: a KycClock whose time moves only when the test says so (or, in
// auto-advance mode, when someone sleeps on it). Expiries, webhook retries, token lifetimes and a
// client's waits given this clock all wait on its timers.
import type { KycClock } from "../../clock.js";

/** Milliseconds, or a number and a unit: "250ms", "10s", "31m", "2h", "5d". */
export type Duration = number | `${number}${"ms" | "s" | "m" | "h" | "d"}`;

export interface SandboxClock extends KycClock {
  /**
   * Moves the time forward by `duration`, firing every timer that falls due on the way, in order,
   * each at its own time; resolves when what they started has run. Await it.
   */
  advance(duration: Duration): Promise<void>;
  /** When true, a `sleep` moves the time to the next timer at once (the test need not advance). */
  autoAdvance: boolean;
  /** Runs `fire` once `ms` have passed on this clock; the returned function cancels it. */
  setTimer(ms: number, fire: () => void): () => void;
  /** Timers not yet fired (sleeps included). */
  readonly pendingTimers: number;
}

export interface SandboxClockOptions {
  /** The clock's start, ms since the epoch or an ISO date-time. Default 2026-01-01T09:00:00.000Z, so runs repeat exactly. */
  start?: number | string;
  /** See SandboxClock.autoAdvance. Default false. */
  autoAdvance?: boolean;
  /** Seed of `random()` (a small PRNG, so retry jitter repeats). Default 1. */
  seed?: number;
}

const DEFAULT_START = Date.parse("2026-01-01T09:00:00.000Z");
const UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "31m" → 1_860_000. Throws naming the accepted forms. */
export function durationMs(duration: Duration): number {
  if (typeof duration === "number" && Number.isFinite(duration) && duration >= 0) return duration;
  const match = typeof duration === "string" ? /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(duration) : null;
  if (!match)
    throw new TypeError(
      `not a duration: ${JSON.stringify(duration)}; use milliseconds (a number >= 0) or a number and a unit: "250ms", "10s", "31m", "2h", "5d"`,
    );
  return Number(match[1]) * UNITS[match[2]!]!;
}

interface Timer {
  due: number;
  order: number;
  fire: () => void;
  sleep: boolean;
}

// A macrotask: lets the promise chains a fired timer started (an intercepted fetch, a webhook
// callback) run before the next timer fires.
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A clock for tests; pass it to `createKycSandbox({ clock })` and `createKycClient({ clock })`. */
export function createSandboxClock(options: SandboxClockOptions = {}): SandboxClock {
  const start = typeof options.start === "string" ? Date.parse(options.start) : (options.start ?? DEFAULT_START);
  if (!Number.isFinite(start))
    throw new TypeError(`createSandboxClock: start ${JSON.stringify(options.start)} is not a date: pass ms since the epoch or an ISO date-time`);
  let now = start;
  let order = 0;
  let seed = (options.seed ?? 1) >>> 0;
  const timers: Timer[] = [];
  let running: Promise<void> = Promise.resolve();
  let autoTick: ReturnType<typeof setTimeout> | undefined;

  const add = (ms: number, fire: () => void, sleep: boolean) => {
    const timer: Timer = { due: now + Math.max(0, ms), order: order++, fire, sleep };
    timers.push(timer);
    timers.sort((a, b) => a.due - b.due || a.order - b.order);
    if (sleep) scheduleAutoAdvance();
    return () => {
      const index = timers.indexOf(timer);
      if (index >= 0) timers.splice(index, 1);
    };
  };

  /** Fires the timers due up to `target`, one at a time, then sets the time to `target`. */
  const runUntil = async (target: number) => {
    for (let next = timers[0]; next !== undefined && next.due <= target; next = timers[0]) {
      timers.shift();
      now = Math.max(now, next.due);
      next.fire();
      await settle();
    }
    now = Math.max(now, target);
  };

  const serialized = (work: () => Promise<void>) => (running = running.then(work, work));

  function scheduleAutoAdvance() {
    if (!clock.autoAdvance || autoTick !== undefined) return;
    autoTick = setTimeout(() => {
      autoTick = undefined;
      const next = timers[0];
      if (!clock.autoAdvance || !next || !timers.some((t) => t.sleep)) return;
      void serialized(() => runUntil(next.due)).then(() => {
        if (timers.some((t) => t.sleep)) scheduleAutoAdvance();
      });
    }, 0);
  }

  const clock: SandboxClock = {
    autoAdvance: options.autoAdvance ?? false,
    now: () => now,
    random: () => {
      // mulberry32
      seed = (seed + 0x6d2b79f5) >>> 0;
      let t = seed;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    },
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const onAbort = () => {
          cancel();
          reject(signal?.reason);
        };
        const cancel = add(
          ms,
          () => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
          },
          true,
        );
        signal?.addEventListener("abort", onAbort, { once: true });
      }),
    setTimer: (ms, fire) => add(ms, fire, false),
    advance: (duration) => {
      const ms = durationMs(duration);
      return serialized(async () => {
        await settle();
        await runUntil(now + ms);
        await settle();
      });
    },
    get pendingTimers() {
      return timers.length;
    },
  };
  return clock;
}
