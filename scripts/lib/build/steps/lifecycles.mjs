// Step: generated/lifecycles.ts from the bundle's `x-lifecycles` (scripts/lib/spec/lifecycles.mjs):
// the data, annotated with narrow types (each method's status union and final statuses), so the
// emitted .d.ts stays small and tsc checks every status against the spec's enums.
import { SpecError } from "../../spec/oas.mjs";
import { lifecyclesOf } from "../../spec/lifecycles.mjs";
import { generatedHeader } from "./header.mjs";

/** @param {unknown} value */
const literal = (value) => JSON.stringify(value);
/** @param {string} key */
const prop = (key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : literal(key));
/** "a" | "b" @param {readonly string[]} values */
const union = (values) => (values.length ? values.map(literal).join(" | ") : "never");

/** @param {import("../../spec/lifecycles.mjs").Lifecycle} lifecycle */
const lifecycleType = (lifecycle) => `Lifecycle<${union(Object.keys(lifecycle.statuses))}, ${union(lifecycle.final)}>`;

/** The value of one lifecycle, its keys in a fixed order. @param {import("../../spec/lifecycles.mjs").Lifecycle} lifecycle */
function lifecycleValue(lifecycle) {
  const value = {
    initial: lifecycle.initial,
    final: lifecycle.final,
    statuses: Object.fromEntries(
      Object.entries(lifecycle.statuses).map(([status, { actor, retry, description }]) => [status, { actor, ...(retry ? { retry } : {}), description }]),
    ),
    transitions: lifecycle.transitions.map(({ from, to, trigger, source }) => ({ from, to, trigger, source })),
  };
  return JSON.stringify(value, null, 2);
}

/** @param {import("../../spec/oas.mjs").Doc} doc @returns {string} generated/lifecycles.ts */
export function renderLifecyclesFile(doc) {
  const data = lifecyclesOf(doc);
  if (!data) throw new SpecError("/x-lifecycles", "the spec has no x-lifecycles", [], "add x-lifecycles to spec/openapi.yaml (spec/lifecycles/README.md)");
  const methods = Object.entries(data.identifications).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const indent = (/** @type {string} */ text, depth = 2) => text.replace(/\n/g, `\n${"  ".repeat(depth)}`);
  return [
    generatedHeader("The status lifecycles of the spec (x-lifecycles, spec/lifecycles/), as typed data."),
    'import type { IdentificationMethod, IdentificationSessionStatus, IdentificationStatus, operations } from "./schema.js";',
    "",
    "/** Who acts next in a status: the customer, the provider (IDnow, Fourthline, Solaris), the partner's call, time running out, or nobody (final). */",
    'export type Actor = "customer" | "provider" | "partner" | "time" | "none";',
    "",
    "export interface LifecycleStatus {",
    "  readonly actor: Actor;",
    "  /** A failure the customer can retry on the same identification, or one that needs a new identification. */",
    '  readonly retry?: "same_identification" | "new_identification";',
    "  readonly description: string;",
    "}",
    "",
    "/** What moves a transition: a call of the spec, a sandbox call, or an event of the customer, the provider or time (its name unique within the lifecycle). */",
    "export type LifecycleTrigger =",
    '  | { readonly kind: "operation"; readonly operationId: keyof operations }',
    '  | { readonly kind: "simulation"; readonly operationId: keyof operations; readonly scenario?: string }',
    '  | { readonly kind: "customer" | "provider" | "time"; readonly event: string };',
    "",
    "/** Where a transition comes from: a docs page (URL), Solaris' SDKs or other public code (repository:path), or an inference and its reason. */",
    "export type LifecycleSource =",
    '  | { readonly kind: "docs" | "sdk" | "code"; readonly ref: string }',
    '  | { readonly kind: "inferred"; readonly reason: string };',
    "",
    "export interface LifecycleTransition<S extends string = string> {",
    "  readonly from: S;",
    "  readonly to: S;",
    "  readonly trigger: LifecycleTrigger;",
    "  readonly source: LifecycleSource;",
    "}",
    "",
    "/** A lifecycle whose statuses are `S`, of which `F` are final (no transition leaves them). */",
    "export interface Lifecycle<S extends string = string, F extends S = S> {",
    "  readonly initial: S;",
    "  readonly final: readonly F[];",
    "  readonly statuses: { readonly [K in S]: LifecycleStatus };",
    "  readonly transitions: readonly LifecycleTransition<S>[];",
    "}",
    "",
    "/** The lifecycle of each identification method. */",
    "export interface IdentificationLifecycles {",
    ...methods.map(([method, lifecycle]) => `  readonly ${prop(method)}: ${lifecycleType(lifecycle)};`),
    "}",
    "",
    `export type SessionLifecycle = ${lifecycleType(data.sessions)};`,
    "",
    "export interface Lifecycles {",
    "  readonly identifications: IdentificationLifecycles;",
    "  readonly sessions: SessionLifecycle;",
    "  /** Values of IdentificationStatus that no method's lifecycle reaches, with why each stays in the enum. */",
    "  readonly unreached: { readonly [K in IdentificationStatus]?: string };",
    "}",
    "",
    "/** The statuses of a method's lifecycle (a union of methods gives the union of their statuses). */",
    'export type IdentificationStatusOf<M extends IdentificationMethod> = M extends IdentificationMethod ? keyof IdentificationLifecycles[M]["statuses"] : never;',
    "/** The final statuses of a method's lifecycle. */",
    'export type FinalIdentificationStatusOf<M extends IdentificationMethod> = M extends IdentificationMethod ? IdentificationLifecycles[M]["final"][number] : never;',
    "",
    "// Every lifecycle's statuses must be values of the spec's enums: this fails tsc otherwise.",
    "type Within<T extends U, U> = T;",
    "export type CheckedStatuses = [",
    "  Within<IdentificationStatusOf<IdentificationMethod>, IdentificationStatus>,",
    '  Within<keyof SessionLifecycle["statuses"], IdentificationSessionStatus>,',
    "];",
    "",
    "export const lifecycles: Lifecycles = {",
    "  identifications: {",
    ...methods.map(([method, lifecycle]) => `    ${prop(method)}: ${indent(lifecycleValue(lifecycle), 2)},`),
    "  },",
    `  sessions: ${indent(lifecycleValue(data.sessions), 1)},`,
    `  unreached: ${indent(JSON.stringify(data.unreached ?? {}, null, 2), 1)},`,
    "};",
    "",
  ].join("\n");
}
