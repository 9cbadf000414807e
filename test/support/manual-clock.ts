// A KycClock that never waits for real time: `sleep` resolves only when the test moves the clock
// on. `drive(promise)` runs a helper to its end, each pause as soon as it is asked for, and
// records the pauses so a test can check the backoff.
import type { KycClock } from "../../src/clock.js";

interface Sleeper {
  until: number;
  resolve: () => void;
}

export class ManualClock implements KycClock {
  time: number;
  /** Every pause asked for, in ms, in order. */
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
    this.sleeps.push(ms);
    return new Promise<void>((resolve, reject) => {
      const sleeper: Sleeper = { until: this.time + ms, resolve };
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

  /** Settles `promise`, moving the clock to the end of each pause the code under test asks for. */
  async drive<T>(promise: Promise<T>): Promise<T> {
    let settled = false;
    const done = promise.finally(() => {
      settled = true;
      this.onSleep?.();
    });
    done.catch(() => {});
    while (!settled) {
      if (this.sleepers.length === 0) await new Promise<void>((resolve) => (this.onSleep = resolve));
      this.onSleep = undefined;
      const next = Math.min(...this.sleepers.map((s) => s.until));
      if (Number.isFinite(next)) this.advance(next - this.time);
    }
    return done;
  }
}
