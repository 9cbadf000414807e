// Waits with no wall-clock budget of their own. A machine under load can be many times slower
// than this one, so a test waits for the event it needs (a page rendered, a process gone) for as
// long as it takes; the test's own timeout is the only limit, a net for a real hang. When that
// net is reached, the wait that was still pending names itself, so the failure says what never
// happened.
import { onTestFailed } from "vitest";

/** Runs `work` inside the current test; if the test fails while it is pending, prints `what`. */
export async function waitingFor<T>(what: string | (() => string), work: () => Promise<T>): Promise<T> {
  let pending = true;
  try {
    onTestFailed(() => {
      if (pending) console.error(`still waiting for ${typeof what === "string" ? what : what()} when the test failed`);
    });
  } catch {
    // In a beforeAll hook there is no test to fail: the hook's own timeout names the hook.
  }
  try {
    return await work();
  } finally {
    pending = false;
  }
}

/** Polls `check` every `interval` ms until it holds. */
export function until(what: string | (() => string), check: () => boolean | Promise<boolean>, interval = 50): Promise<void> {
  return waitingFor(what, async () => {
    while (!(await check())) await new Promise((resolve) => setTimeout(resolve, interval));
  });
}
