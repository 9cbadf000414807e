// What the lifecycle data allows, asked the ways the sandbox needs: by operation, by Solaris'
// simulate call and scenario, by the event a test simulates, by time.
import { lifecycles, type Lifecycle, type LifecycleTransition, type LifecycleTrigger } from "../../../generated/lifecycles.js";
import { isFinalIn, lifecycleOf } from "../../lifecycles.js";

export type { Lifecycle, LifecycleTransition, LifecycleTrigger };

export function identificationLifecycle(method: string): Lifecycle {
  const lifecycle = lifecycleOf(method);
  if (!lifecycle)
    throw new Error(`no lifecycle for identification method "${method}"; the lifecycle data has: ${Object.keys(lifecycles.identifications).join(", ")}`);
  return lifecycle;
}

export const sessionLifecycle = (): Lifecycle => lifecycles.sessions as Lifecycle;

const from = (lifecycle: Lifecycle, status: string) => lifecycle.transitions.filter((t) => t.from === status);

/** The transition a call of `operationId` makes from `status` (a simulation call with its scenario), if the lifecycle allows one. */
export function callTransition(lifecycle: Lifecycle, status: string, operationId: string, scenario?: string): LifecycleTransition | undefined {
  return from(lifecycle, status).find(({ trigger }) =>
    trigger.kind === "operation"
      ? trigger.operationId === operationId
      : trigger.kind === "simulation" && trigger.operationId === operationId && (trigger.scenario === undefined || trigger.scenario === scenario),
  );
}

/** The statuses from which `operationId` (with `scenario`) is allowed, for the error that refuses it. */
export function statusesAllowing(lifecycle: Lifecycle, operationId: string, scenario?: string): string[] {
  return [...new Set(lifecycle.transitions.filter((t) => callTransition(lifecycle, t.from, operationId, scenario) === t).map((t) => t.from))];
}

/** The customer, provider and time events allowed from `status`: what `simulate` accepts. */
export function eventTransitions(lifecycle: Lifecycle, status: string): (LifecycleTransition & { trigger: { event: string } })[] {
  return from(lifecycle, status).filter((t): t is LifecycleTransition & { trigger: { event: string } } => "event" in t.trigger);
}

/** The first transition that time makes from `status` (an expiry), if any. */
export const timeTransition = (lifecycle: Lifecycle, status: string) => eventTransitions(lifecycle, status).find((t) => t.trigger.kind === "time");

const sameTrigger = (a: LifecycleTrigger, b: LifecycleTrigger) =>
  "event" in a
    ? "event" in b && a.event === b.event
    : !("event" in b) && a.operationId === b.operationId && (a.kind !== "simulation" || b.kind !== "simulation" || a.scenario === b.scenario);

/**
 * The step a session in `status` takes when its identification moved by `moved`: the session's
 * transition with the same trigger (its lifecycle names the identification's events and calls);
 * else one to the identification's new status; else, when the identification failed for good, one
 * to `rejected` (sessions have no `failed`).
 */
export function followingStep(
  session: Lifecycle,
  status: string,
  moved: Pick<LifecycleTransition, "to" | "trigger">,
  identificationFinal: boolean,
): LifecycleTransition | undefined {
  const candidates = from(session, status);
  return (
    candidates.find((t) => sameTrigger(t.trigger, moved.trigger)) ??
    candidates.find((t) => t.to === moved.to) ??
    (identificationFinal && moved.to !== "successful" ? candidates.find((t) => t.to === "rejected") : undefined)
  );
}

export { isFinalIn as isFinal };
