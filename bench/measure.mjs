// What the benches measure with: medians, and wall and CPU time of work that runs child processes.
import { readFileSync } from "node:fs";

/** @param {number[]} xs @returns {number} */
export const median = (xs) => /** @type {number} */ ([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);

/**
 * CPU time (user + system, ms) of this process's finished children and their descendants (Linux's
 * /proc/self/stat cutime + cstime, in clock ticks of 10 ms): every child is waited for, so each
 * one's time, its own children's included, is added when it ends.
 */
function childrenCpuMs() {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/**
 * Wall and CPU time of `work`, which runs child processes synchronously (spawnSync).
 * @template T @param {() => T} work @returns {{ wall: number, cpu: number, result: T }}
 */
export function timed(work) {
  const [wall, cpu] = [performance.now(), childrenCpuMs()];
  const result = work();
  return { wall: performance.now() - wall, cpu: childrenCpuMs() - cpu, result };
}
