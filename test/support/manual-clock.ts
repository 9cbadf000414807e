// A KycClock that never waits for real time: `sleep` resolves only when the test moves the clock
// on. `drive(promise)` runs a helper to its end, ending each pause as soon as nothing else can
// happen, and `sleeps` records the pauses that ran to their end, so a test can check a backoff.
import type { KycClock } from "../../src/clock.js";

interface Sleeper {
  until: number;
  resolve: () => void;
}

export class ManualClock implements KycClock {
  time: number;
  /** Every pause that ran to its end, in ms, in order (a request's timeout, cancelled by its answer, is not one). */
  readonly sleeps: number[] = [];
  private readonly sleepers: Sleeper[] = [];
  private onSleep: (() => void) | undefined;

  constructor(
    start = Date.UTC(2026, 11, 2, 10, 0, 0),
    private readonly randoms: () => number = () => 0.5,
  ) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  random(): number {
    return this.randoms();
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<void>((resolve, reject) => {
      const sleeper: Sleeper = {
        until: this.time + ms,
        resolve: () => {
          this.sleeps.push(ms);
          resolve();
        },
      };
      this.sleepers.push(sleeper);
      signal?.addEventListener(
        "abort",
        () => {
          this.sleepers.splice(this.sleepers.indexOf(sleeper), 1);
          reject(signal.reason);
        },
        { once: true },
      );
      this.onSleep?.();
    });
  }

  /** Moves the clock on by `ms`, waking every sleeper whose pause is over. */
  advance(ms: number): void {
    this.time += ms;
    for (const sleeper of this.sleepers.filter((s) => s.until <= this.time)) {
      this.sleepers.splice(this.sleepers.indexOf(sleeper), 1);
      sleeper.resolve();
    }
  }

  /**
   * Settles `promise`, moving the clock on whenever the code under test is idle: after a turn of
   * the event loop (the fake fetch answers within one), to the end of the earliest pause. A
   * request's own timeout is a pause too, but the answer arrives first and cancels it.
   */
  async drive<T>(promise: Promise<T>): Promise<T> {
    let settled = false;
    const done = promise.finally(() => {
      settled = true;
      this.onSleep?.();
    });
    done.catch(() => {});
    const idle = () => new Promise<void>((resolve) => setImmediate(resolve));
    while (!settled) {
      if (this.sleepers.length === 0) await new Promise<void>((resolve) => (this.onSleep = resolve));
      this.onSleep = undefined;
      await idle();
      if (settled || this.sleepers.length === 0) continue;
      this.advance(Math.min(...this.sleepers.map((s) => s.until)) - this.time);
    }
    return done;
  }
}
