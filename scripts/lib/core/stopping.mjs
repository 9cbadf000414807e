// Stopping cleanly: libraries register the children and temporary folders they start with
// `onStop`; the entry helper (cli.mjs) runs every registered cleanup, children first, when the
// script ends, fails or gets a signal. Libraries import this module, never the entry helper.

/** @type {(() => unknown)[]} */
const cleanups = [];

/**
 * Registers work to do before a script stops (a signal, an error, the parent's exit); libraries
 * register the children they start. Returns the function that unregisters it.
 * @param {() => unknown} cleanup
 */
export function onStop(cleanup) {
  cleanups.push(cleanup);
  return () => {
    const at = cleanups.indexOf(cleanup);
    if (at !== -1) cleanups.splice(at, 1);
  };
}

/** Runs every registered cleanup, the last registered first, for at most 4.5 s. */
export async function runCleanups() {
  const pending = cleanups
    .splice(0)
    .reverse()
    .map((cleanup) =>
      Promise.resolve()
        .then(cleanup)
        .catch(() => {}),
    );
  await Promise.race([Promise.all(pending), new Promise((done) => setTimeout(done, 4_500).unref())]);
}
