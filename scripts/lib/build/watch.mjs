// Watches a folder (chokidar, not fs.watch: editors save by renaming a new file over the old one,
// which Node's recursive fs.watch on Linux stops following) and runs `onChange` after a quiet
// moment, never twice at once: changes during a run make exactly one more run.
import { watch } from "chokidar";

/**
 * @param {string} dir @param {() => Promise<void>} onChange
 * @param {{ quietMs?: number }} [options]
 * @returns {Promise<{ close: () => Promise<void> }>}
 */
export async function watchFolder(dir, onChange, { quietMs = 15 } = {}) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  let running = false;
  let again = false;
  const runOnce = async () => {
    if (running) return void (again = true);
    running = true;
    do {
      again = false;
      await onChange().catch((error) => console.log(`✖ ${error instanceof Error ? error.message : error}`));
    } while (again);
    running = false;
  };
  const watcher = watch(dir, { ignoreInitial: true, atomic: false }).on("all", () => {
    clearTimeout(timer);
    timer = setTimeout(runOnce, quietMs);
  });
  await new Promise((ready) => watcher.once("ready", () => ready(undefined)));
  return {
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
