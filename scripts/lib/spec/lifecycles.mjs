// The lifecycles of the spec (`x-lifecycles`, spec/lifecycles/): read from the bundle and checked.
// Every status named must be in its enum, every trigger operation must exist, every transition
// must have a source, a final status must have no way out, and every enum value must be reached by
// some lifecycle or be listed in `x-lifecycles.unreached`. The lint reports each problem at its
// line in spec/lifecycles/; the generator and the docs read the same data through lifecyclesOf.
import { SpecError, escapePointer, operations, resolveNode } from "./oas.mjs";

export const ACTORS = ["customer", "provider", "partner", "time", "none"];
export const RETRIES = ["same_identification", "new_identification"];
export const EVENT_KINDS = ["customer", "provider", "time"];
export const SOURCE_KINDS = ["docs", "sdk", "code", "inferred"];

const IDENTIFICATION_STATUS = "IdentificationStatus";
const SESSION_STATUS = "IdentificationSessionStatus";
const METHOD = "IdentificationMethod";

/**
 * @typedef {{ actor: string, retry?: string, description: string }} LifecycleStatus
 * @typedef {{ kind: string, operationId?: string, scenario?: string, event?: string }} LifecycleTrigger
 * @typedef {{ kind: string, ref?: string, reason?: string }} LifecycleSource
 * @typedef {{ from: string, to: string, trigger: LifecycleTrigger, source: LifecycleSource }} LifecycleTransition
 * @typedef {{ initial: string, final: string[], statuses: Record<string, LifecycleStatus>, transitions: LifecycleTransition[] }} Lifecycle
 * @typedef {{ identifications: Record<string, Lifecycle>, sessions: Lifecycle, unreached: Record<string, string> }} Lifecycles
 */

/** The bundle's `x-lifecycles`, or undefined when the spec has none. @param {import("./oas.mjs").Doc} doc @returns {Lifecycles | undefined} */
export function lifecyclesOf(doc) {
  return doc["x-lifecycles"];
}

/** @param {import("./oas.mjs").Doc} doc @param {string} name */
function enumOf(doc, name) {
  const schema = doc.components?.schemas?.[name];
  return schema ? /** @type {string[]} */ (resolveNode(doc, schema, `/components/schemas/${name}`).enum ?? []) : [];
}

/** `a`, `b` and `c` @param {readonly string[]} values */
const listed = (values) => values.map((v) => `\`${v}\``).join(", ");

/**
 * Every problem of the lifecycles in `doc` (none when it has no `x-lifecycles`), each a SpecError
 * with a pointer into the bundle and a fix.
 * @param {import("./oas.mjs").Doc} doc @returns {SpecError[]}
 */
export function lifecycleProblems(doc) {
  const data = lifecyclesOf(doc);
  if (data === undefined) return [];
  /** @type {SpecError[]} */
  const problems = [];
  /** @param {string} pointer @param {string} message @param {string} fix */
  const problem = (pointer, message, fix) => problems.push(new SpecError(pointer, message, [], fix));
  const base = "/x-lifecycles";
  const pathOperations = new Map(operations(doc).map((op) => [op.operationId, op]));
  const methods = enumOf(doc, METHOD);
  const identificationStatuses = enumOf(doc, IDENTIFICATION_STATUS);

  for (const method of methods) {
    if (!data.identifications?.[method])
      problem(
        `${base}/identifications`,
        `the identification method \`${method}\` has no lifecycle`,
        `add \`${method}: { $ref: lifecycles/<file>.yaml }\` under x-lifecycles.identifications in spec/openapi.yaml`,
      );
  }
  /** @type {Set<string>} */
  const reached = new Set();
  for (const [method, lifecycle] of Object.entries(data.identifications ?? {})) {
    const pointer = `${base}/identifications/${escapePointer(method)}`;
    if (!methods.includes(method))
      problem(
        pointer,
        `\`${method}\` is not a value of ${METHOD}'s enum (${listed(methods)})`,
        `rename it to one of them, or add it to spec/components/schemas/${METHOD}.yaml`,
      );
    checkLifecycle(doc, lifecycle, pointer, identificationStatuses, IDENTIFICATION_STATUS, pathOperations, problem);
    for (const status of Object.keys(lifecycle?.statuses ?? {})) reached.add(status);
  }
  checkLifecycle(doc, data.sessions, `${base}/sessions`, enumOf(doc, SESSION_STATUS), SESSION_STATUS, pathOperations, problem);

  const unreached = data.unreached ?? {};
  for (const status of identificationStatuses) {
    if (!reached.has(status) && !(status in unreached))
      problem(
        `${base}/identifications`,
        `the ${IDENTIFICATION_STATUS} value \`${status}\` is reached by no method's lifecycle`,
        `add it to the lifecycle of the method that uses it, or list it under x-lifecycles.unreached with the reason it stays in the enum`,
      );
  }
  for (const [status, reason] of Object.entries(unreached)) {
    const pointer = `${base}/unreached/${escapePointer(status)}`;
    if (!identificationStatuses.includes(status))
      problem(pointer, `\`${status}\` is not a value of ${IDENTIFICATION_STATUS}'s enum`, "remove it from x-lifecycles.unreached");
    else if (reached.has(status)) problem(pointer, `\`${status}\` is listed as unreached but a lifecycle uses it`, "remove it from x-lifecycles.unreached");
    if (typeof reason !== "string" || reason.trim() === "") problem(pointer, `\`${status}\` has no reason`, "give the reason it stays in the enum as a string");
  }
  for (const status of enumOf(doc, SESSION_STATUS)) {
    if (!data.sessions?.statuses?.[status])
      problem(
        `${base}/sessions/statuses`,
        `the ${SESSION_STATUS} value \`${status}\` is not in the sessions' lifecycle`,
        `add it under statuses (with its actor and description) and the transitions that reach it`,
      );
  }
  return problems;
}

/**
 * @param {import("./oas.mjs").Doc} doc @param {Lifecycle | undefined} lifecycle @param {string} pointer @param {string[]} statusEnum @param {string} enumName
 * @param {Map<string, import("./oas.mjs").Operation>} pathOperations
 * @param {(pointer: string, message: string, fix: string) => void} problem
 */
function checkLifecycle(doc, lifecycle, pointer, statusEnum, enumName, pathOperations, problem) {
  if (!lifecycle || typeof lifecycle !== "object")
    return problem(pointer, "the lifecycle is missing or not an object", "give it initial, final, statuses and transitions (spec/lifecycles/README.md)");
  const statuses = lifecycle.statuses ?? {};
  const transitions = Array.isArray(lifecycle.transitions) ? lifecycle.transitions : [];
  const final = Array.isArray(lifecycle.final) ? lifecycle.final : [];
  const enumFix = `use one of ${enumName}'s values, or add it to spec/components/schemas/${enumName}.yaml`;
  /** @param {unknown} status @param {string} where */
  const known = (status, where) => {
    if (typeof status === "string" && status in statuses) return true;
    problem(where, `\`${String(status)}\` is not a status of this lifecycle`, "use a status listed under statuses, or add it there");
    return false;
  };

  for (const [status, info] of Object.entries(statuses)) {
    const where = `${pointer}/statuses/${escapePointer(status)}`;
    if (!statusEnum.includes(status)) problem(where, `\`${status}\` is not a value of ${enumName}'s enum`, enumFix);
    if (!ACTORS.includes(info?.actor))
      problem(`${where}/actor`, `actor \`${info?.actor}\` is not one of ${listed(ACTORS)}`, "say who acts next with one of them");
    if (info?.retry !== undefined && !RETRIES.includes(info.retry))
      problem(`${where}/retry`, `retry \`${info.retry}\` is not one of ${listed(RETRIES)}`, "use one of them, or leave retry out");
    if (typeof info?.description !== "string" || info.description.trim() === "")
      problem(where, `\`${status}\` has no description`, "add a one-sentence description");
  }
  if (known(lifecycle.initial, `${pointer}/initial`) && final.includes(lifecycle.initial))
    problem(`${pointer}/initial`, "the initial status is also final", "start the lifecycle at a status with a way out");
  if (final.length === 0) problem(pointer, "the lifecycle has no final status", "list the statuses with no way out under final");
  final.forEach((status, i) => {
    if (!known(status, `${pointer}/final/${i}`)) return;
    if (statuses[status]?.actor !== "none")
      problem(
        `${pointer}/statuses/${escapePointer(status)}/actor`,
        `the final status \`${status}\` says someone acts next (\`${statuses[status]?.actor}\`)`,
        "set its actor to none, or remove it from final",
      );
  });

  /** @type {Map<string, number>} */
  const events = new Map();
  /** @type {Set<string>} */
  const seen = new Set();
  transitions.forEach((transition, i) => {
    const where = `${pointer}/transitions/${i}`;
    const fromKnown = known(transition?.from, `${where}/from`);
    known(transition?.to, `${where}/to`);
    if (fromKnown && final.includes(transition.from))
      problem(
        `${where}/from`,
        `the final status \`${transition.from}\` has a way out (to \`${transition.to}\`)`,
        `remove this transition, or remove \`${transition.from}\` from final`,
      );
    checkTrigger(doc, transition?.trigger, `${where}/trigger`, pathOperations, events, i, problem);
    checkSource(transition?.source, `${where}/source`, problem);
    const key = JSON.stringify([transition?.from, transition?.to, transition?.trigger]);
    if (seen.has(key))
      problem(where, `the transition \`${transition?.from}\` → \`${transition?.to}\` is listed twice with the same trigger`, "remove one of them");
    seen.add(key);
  });

  // Every status is reachable from the initial one, and every status that is not final has a way out.
  const reachable = new Set([lifecycle.initial]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const { from, to } of transitions) if (reachable.has(from) && !reachable.has(to)) grew = Boolean(reachable.add(to));
  }
  for (const status of Object.keys(statuses)) {
    const where = `${pointer}/statuses/${escapePointer(status)}`;
    if (!reachable.has(status))
      problem(
        where,
        `\`${status}\` cannot be reached from the initial status \`${lifecycle.initial}\``,
        "add the transition that leads to it, or remove the status",
      );
    if (!final.includes(status) && !transitions.some((t) => t?.from === status))
      problem(where, `\`${status}\` is not final but has no way out`, "add the transitions that leave it, or list it under final");
  }
}

/**
 * @param {import("./oas.mjs").Doc} doc @param {LifecycleTrigger | undefined} trigger @param {string} where @param {Map<string, import("./oas.mjs").Operation>} pathOperations
 * @param {Map<string, number>} events @param {number} index @param {(pointer: string, message: string, fix: string) => void} problem
 */
function checkTrigger(doc, trigger, where, pathOperations, events, index, problem) {
  if (!trigger || typeof trigger !== "object")
    return problem(where, "the transition has no trigger", "add a trigger: { kind: operation, operationId } or { kind: customer | provider | time, event }");
  if (trigger.kind === "operation" || trigger.kind === "simulation") {
    const operation = pathOperations.get(String(trigger.operationId));
    if (!operation)
      return problem(
        `${where}/operationId`,
        `the trigger operation \`${trigger.operationId}\` does not exist`,
        `use the operationId of an operation under paths (${[...pathOperations.keys()].filter((id) => id.startsWith(trigger.kind === "simulation" ? "simulate" : "")).join(", ")})`,
      );
    const sandboxOnly = operation.op["x-sandbox-only"] === true;
    if (trigger.kind === "simulation" && !sandboxOnly)
      problem(`${where}/kind`, `\`${trigger.operationId}\` is not a sandbox-only operation`, "use kind: operation for an operation of the live API");
    if (trigger.kind === "operation" && sandboxOnly)
      problem(`${where}/kind`, `\`${trigger.operationId}\` is sandbox-only (x-sandbox-only)`, "use kind: simulation for it");
    if (trigger.scenario !== undefined) {
      const body = operation.requestBody?.node.content?.["application/json"]?.schema;
      const schema = body && resolveNode(doc, body, `${operation.pointer}/requestBody`);
      const scenario = schema?.properties?.scenario && resolveNode(doc, schema.properties.scenario, `${operation.pointer}/requestBody`);
      const scenarios = scenario?.enum;
      if (Array.isArray(scenarios) && !scenarios.includes(trigger.scenario))
        problem(`${where}/scenario`, `\`${trigger.scenario}\` is not a scenario of \`${trigger.operationId}\` (${listed(scenarios)})`, "use one of them");
    }
    return;
  }
  if (EVENT_KINDS.includes(trigger.kind)) {
    if (typeof trigger.event !== "string" || trigger.event === "")
      return problem(where, `a ${trigger.kind} trigger has no event`, "name the event, e.g. event: idnow.aborted");
    const other = events.get(trigger.event);
    if (other !== undefined)
      problem(
        `${where}/event`,
        `the event \`${trigger.event}\` is also the trigger of transition ${other}`,
        "give each event of a lifecycle its own name (the sandbox fires events by name)",
      );
    else events.set(trigger.event, index);
    return;
  }
  problem(`${where}/kind`, `trigger kind \`${trigger.kind}\` is not one of ${listed(["operation", "simulation", ...EVENT_KINDS])}`, "use one of them");
}

/** @param {LifecycleSource | undefined} source @param {string} where @param {(pointer: string, message: string, fix: string) => void} problem */
function checkSource(source, where, problem) {
  const fix = "give the transition a source: { kind: docs, ref: <URL> }, { kind: sdk | code, ref: <repository:path> } or { kind: inferred, reason: <why> }";
  if (!source || typeof source !== "object") return problem(where.replace(/\/source$/, ""), "the transition has no source", fix);
  if (!SOURCE_KINDS.includes(source.kind)) return problem(`${where}/kind`, `source kind \`${source.kind}\` is not one of ${listed(SOURCE_KINDS)}`, fix);
  if (source.kind === "inferred" && !(typeof source.reason === "string" && source.reason.trim()))
    problem(where, "an inferred source has no reason", "say why the step is inferred in reason");
  if (source.kind !== "inferred" && !(typeof source.ref === "string" && source.ref.trim()))
    problem(where, `a ${source.kind} source has no ref`, source.kind === "docs" ? "give the docs page's URL in ref" : "give repository:path in ref");
}
