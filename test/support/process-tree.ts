// The process tree under a PID, read from /proc (Linux): for tests that prove a stopped command
// leaves nothing behind.
import { readdirSync, readFileSync } from "node:fs";
import { until } from "./waiting.js";

/** [pid, ppid, state] of every process; a process may end while it is read. */
function processes(): Array<[number, number, string]> {
  const list: Array<[number, number, string]> = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      list.push([Number(entry), Number(ppid), state ?? "?"]);
    } catch {
      // gone already
    }
  }
  return list;
}

/** Every living descendant of `pid` (children, their children, …). */
export function descendants(pid: number): number[] {
  const all = processes();
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid, state] of all) {
      if (ppid === parent && state !== "Z") {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return found;
}

/** Whether `pid` still runs (a zombie has ended). */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

/** The command line of `pid`, for messages. */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim();
  } catch {
    return "(gone)";
  }
}

/**
 * Waits until every process of `tree` has ended, naming those still running if the test's timeout
 * comes first. The commands kill what is left of their children after 5 s, so the wait ends.
 */
export function untilGone(tree: number[], after: string): Promise<void> {
  return until(
    () =>
      `every process to stop after ${after}; still running:\n${tree
        .filter(alive)
        .map((pid) => `${pid} ${commandLine(pid)}`)
        .join("\n")}`,
    () => !tree.some(alive),
  );
}
