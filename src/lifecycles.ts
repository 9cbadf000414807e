// The lifecycle helpers of the main entry, over the generated data (generated/lifecycles.ts).
// Solaris adds statuses without notice: a status or method the spec does not list is not an error
// here. It is not final and leads nowhere known (false, []), so a caller keeps waiting or asks a
// person, rather than treating it as an end it cannot be sure of. Parameters typed
// `X | (string & {})` take any string, editors offering the known values first.
import { lifecycles, type IdentificationStatusOf, type Lifecycle } from "../generated/lifecycles.js";
import type { IdentificationMethod, IdentificationSessionStatus, IdentificationStatus } from "../generated/schema.js";

export { lifecycles };

/** @internal The lifecycle of an identification method, or undefined for a method the spec does not list. */
export function lifecycleOf(method: string): Lifecycle | undefined {
  return Object.hasOwn(lifecycles.identifications, method) ? (lifecycles.identifications as unknown as Record<string, Lifecycle>)[method] : undefined;
}

/** @internal */
export function isFinalIn(lifecycle: Lifecycle | undefined, status: string): boolean {
  return lifecycle?.final.includes(status) ?? false;
}

function nextIn(lifecycle: Lifecycle | undefined, status: string): string[] {
  if (lifecycle === undefined) return [];
  const next: string[] = [];
  for (const { from, to } of lifecycle.transitions) if (from === status && !next.includes(to)) next.push(to);
  return next;
}

/**
 * Whether `status` is final for `method`: no transition of its lifecycle leaves it. False for a
 * status or method the spec does not list.
 */
export function isFinalStatus<M extends IdentificationMethod>(method: M | (string & {}), status: IdentificationStatus | (string & {})): boolean {
  return isFinalIn(lifecycleOf(method), status);
}

/**
 * The statuses one transition of `method`'s lifecycle can reach from `status`, in the order the
 * spec lists them. Empty for a final status, and for a status or method the spec does not list.
 */
export function nextStatuses<M extends IdentificationMethod>(
  method: M | (string & {}),
  status: IdentificationStatus | (string & {}),
): readonly IdentificationStatusOf<M>[] {
  return nextIn(lifecycleOf(method), status) as IdentificationStatusOf<M>[];
}

/** Whether an identification session's `status` is final. False for a status the spec does not list. */
export function isFinalSessionStatus(status: IdentificationSessionStatus | (string & {})): boolean {
  return isFinalIn(lifecycles.sessions, status);
}

/** The statuses an identification session can reach from `status`; empty for a final or unknown one. */
export function nextSessionStatuses(status: IdentificationSessionStatus | (string & {})): readonly IdentificationSessionStatus[] {
  return nextIn(lifecycles.sessions, status) as IdentificationSessionStatus[];
}
