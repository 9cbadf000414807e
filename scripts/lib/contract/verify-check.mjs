// Turns what `npm run verify` saw (each request, the server's answer and the violations Prism's
// validation proxy listed for both in `sl-violations`) into findings, each attributed to whoever
// is at fault:
// - the server: an answer that breaks its schema, an undeclared 2xx status, a workflow step whose
//   success criteria fail;
// - the server's IDs: a value that breaks the pattern of a path parameter (an ID), counted once per
//   parameter however many answers and later requests carry it;
// - the caller's inputs (`--input`, `--param`): a value that breaks a pattern, reported once and not
//   counted against the server (its answers are still checked);
// - the request itself (built from the workflows or the spec's examples): a bug of ours.
// - the server's statuses: an identification or session whose status changes, between two answers,
//   to one its lifecycle (the spec's x-lifecycles) cannot reach from the status before.
import { lifecyclesOf } from "../spec/lifecycles.mjs";
import { getPointer, operations, toPointer } from "../spec/oas.mjs";

/**
 * @typedef {{ severity?: string, code?: string | number, message: string, location: (string | number)[] }} Violation
 * @typedef {{ operationId: string | undefined, method: string, path: string, template: string | undefined,
 *   pathParams: Record<string, string>, requestBody: unknown, status: number, contentType: string, body: unknown,
 *   violations: Violation[], truncated?: boolean, failedCriteria: string[], stepErrors: string[], label: string }} Exchange
 * @typedef {{ operationId: string, status: number | string, where: string, pointer: string, expected: string, found: string, label?: string }} Finding
 * @typedef {{ parameter: string, pattern: string, found: string, first: string, places: number, operations: string[] }} IdFinding
 * @typedef {{ input: string, parameter: string, expected: string, found: string, operations: string[] }} InputFinding
 */

const show = (/** @type {unknown} */ value) => {
  const text = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

/**
 * The `sl-violations` header as a list. Prism cuts a header over 8 kB ("Too many violations! …"):
 * the violations it still holds in full are kept and `truncated` says so.
 * @param {string | null | undefined} header @returns {{ violations: Violation[], truncated: boolean }}
 */
export function parseViolations(header) {
  if (!header) return { violations: [], truncated: false };
  const prefix = "Too many violations! ";
  if (!header.startsWith(prefix)) {
    try {
      return { violations: JSON.parse(header), truncated: false };
    } catch {
      return { violations: [], truncated: true };
    }
  }
  const text = header.slice(prefix.length);
  for (let end = text.lastIndexOf("},"); end > 0; end = text.lastIndexOf("},", end - 1)) {
    try {
      return { violations: JSON.parse(`${text.slice(0, end + 1)}]`), truncated: true };
    } catch {
      // not a boundary between two objects; try the previous one
    }
  }
  return { violations: [], truncated: true };
}

/** "must match pattern …" → the pattern. @param {string} message */
const patternOf = (message) => /must match pattern "(.*)"$/.exec(message)?.[1];

/** @param {string} message */
function expectedOf(message) {
  const mediaType = message.match(/specified in the current response: (.+)$/);
  if (mediaType) return `content-type ${mediaType[1]}`;
  return message.replace(/^.*?\b(must|should)\b/, "$1");
}

/** Every string in an answer, with its pointer: where the IDs of later requests come from. @param {unknown} node @returns {[string, string][]} */
function strings(node, pointer = "") {
  if (typeof node === "string") return [[node, pointer]];
  if (Array.isArray(node)) return node.flatMap((item, i) => strings(item, `${pointer}/${i}`));
  if (node && typeof node === "object") return Object.entries(node).flatMap(([key, value]) => strings(value, `${pointer}${toPointer([key])}`));
  return [];
}

/** The value a `$response.body#/x == …` or `$statusCode == …` criterion compared. @param {string} condition @param {Exchange} exchange */
function criterionFound(condition, exchange) {
  if (/^\s*\$statusCode\b/.test(condition)) return String(exchange.status);
  const body = /^\s*\$response\.body#(\S*)/.exec(condition);
  if (body) {
    if (typeof exchange.body !== "object" || exchange.body === null) return `non-JSON ${exchange.contentType || "(no content type)"} body`;
    const value = getPointer(exchange.body, body[1] ?? "");
    return value === undefined ? "(absent)" : show(value);
  }
  return "false";
}

/**
 * Per status of a lifecycle, the statuses one or more transitions reach from it.
 * @param {import("../spec/lifecycles.mjs").Lifecycle} lifecycle @returns {Map<string, Set<string>>}
 */
function reachability(lifecycle) {
  /** @type {Map<string, string[]>} */
  const next = new Map();
  for (const { from, to } of lifecycle.transitions) next.set(from, [...(next.get(from) ?? []), to]);
  const closure = new Map();
  for (const start of Object.keys(lifecycle.statuses)) {
    const reached = new Set();
    const todo = [...(next.get(start) ?? [])];
    for (let status = todo.pop(); status !== undefined; status = todo.pop()) {
      if (reached.has(status)) continue;
      reached.add(status);
      todo.push(...(next.get(status) ?? []));
    }
    // In the order the lifecycle lists its statuses, for the report.
    closure.set(start, new Set(Object.keys(lifecycle.statuses).filter((status) => reached.has(status))));
  }
  return closure;
}

/**
 * Follows every identification and session the answers show and returns a finding for each status
 * change its lifecycle does not allow (several transitions may happen between two answers: any
 * status reachable from the one before is accepted).
 * @param {import("../spec/oas.mjs").Doc} doc
 */
function lifecycleWatch(doc) {
  const lifecycles = lifecyclesOf(doc);
  if (!lifecycles) return () => [];
  const reach = new Map([
    ["session", reachability(lifecycles.sessions)],
    ...Object.entries(lifecycles.identifications).map(([method, l]) => /** @type {[string, Map<string, Set<string>>]} */ ([method, reachability(l)])),
  ]);
  // A status no lifecycle knows is outside its enum: the schema check reports it, not this one.
  const known = new Set([...reach.values()].flatMap((closure) => [...closure.keys()]));
  /** @type {Map<string, { status: string, seenIn: string }>} */
  const last = new Map();
  /** @param {Exchange} exchange @param {string} operationId @returns {Omit<Finding, "operationId" | "status" | "label">[]} */
  return (exchange, operationId) => {
    if (exchange.status >= 400 || exchange.body === null || typeof exchange.body !== "object") return [];
    const items = Array.isArray(exchange.body)
      ? exchange.body.map((item, i) => /** @type {const} */ ([item, `/${i}`]))
      : [/** @type {const} */ ([exchange.body, ""])];
    const found = [];
    for (const [item, at] of items) {
      const { id, status, method, identification_methods: methods } = item ?? {};
      if (typeof id !== "string" || typeof status !== "string") continue;
      const kind = typeof method === "string" ? method : Array.isArray(methods) ? "session" : undefined;
      const closure = kind === undefined ? undefined : reach.get(kind);
      if (!closure || !known.has(status)) continue;
      const before = last.get(id);
      last.set(id, { status, seenIn: `${operationId} ${exchange.status}${exchange.label ? ` [${exchange.label}]` : ""}` });
      const allowed = before ? closure.get(before.status) : undefined;
      if (!before || !allowed || before.status === status || allowed.has(status)) continue;
      const lifecycle = kind === "session" ? "the session lifecycle" : `the ${kind} lifecycle`;
      found.push({
        where: "lifecycle",
        pointer: `${at}/status`,
        expected: `a status ${lifecycle} reaches from "${before.status}": ${[...allowed].join(", ") || `none ("${before.status}" is final)`}`,
        found: `${show(status)} after ${show(before.status)} in ${before.seenIn}`,
      });
    }
    return found;
  };
}

/**
 * @param {import("../spec/oas.mjs").Doc} doc @param {Exchange[]} exchanges
 * @param {{ inputs?: Record<string, string>, inputFlag?: string }} [options] the caller's values (`--input` or `--param`)
 */
export function checkExchanges(doc, exchanges, { inputs = {}, inputFlag = "--input" } = {}) {
  const ops = operations(doc);
  /** @type {Map<string, string[]>} pattern → path parameter names */
  const idPatterns = new Map();
  for (const op of ops) {
    for (const p of op.parameters) {
      const pattern = p.in === "path" ? p.schema?.pattern : undefined;
      if (!pattern) continue;
      const names = idPatterns.get(pattern) ?? [];
      if (!names.includes(p.name)) idPatterns.set(pattern, [...names, p.name].sort());
    }
  }
  /** @type {Finding[]} */
  const findings = [];
  /** @type {Map<string, IdFinding>} */
  const ids = new Map();
  /** @type {Map<string, InputFinding>} */
  const inputProblems = new Map();
  /** @type {Finding[]} */
  const requests = [];
  /** @type {Map<string, string>} string value → where the server first sent it */
  const issued = new Map();
  const inputNames = new Map(Object.entries(inputs).map(([name, value]) => [value, name]));
  const notes = [];
  const statusChanges = lifecycleWatch(doc);

  /** @param {string} pattern @param {string} value @param {string} where @param {string} operationId */
  const idFinding = (pattern, value, where, operationId) => {
    const parameter = (idPatterns.get(pattern) ?? []).join(", ");
    const found = ids.get(pattern) ?? { parameter, pattern, found: show(value), first: issued.get(value) ?? where, places: 0, operations: [] };
    found.places += 1;
    if (!found.operations.includes(operationId)) found.operations.push(operationId);
    ids.set(pattern, found);
  };
  /** @param {string} input @param {string} parameter @param {string} pattern @param {string} value @param {string} operationId */
  const inputFinding = (input, parameter, pattern, value, operationId) => {
    const found = inputProblems.get(input) ?? { input, parameter, expected: `match pattern "${pattern}"`, found: show(value), operations: [] };
    if (!found.operations.includes(operationId)) found.operations.push(operationId);
    inputProblems.set(input, found);
  };

  for (const exchange of exchanges) {
    const operationId = exchange.operationId ?? `${exchange.method.toUpperCase()} ${exchange.path}`;
    const at = (/** @type {Omit<Finding, "operationId" | "status" | "label">} */ f) => ({ operationId, status: exchange.status, label: exchange.label, ...f });
    if (exchange.truncated) notes.push(`${operationId} ${exchange.status}: Prism cut its list of violations (over 8 kB); the first ones are shown`);
    const operation = exchange.operationId ? ops.find((o) => o.operationId === exchange.operationId) : undefined;
    const declared = Object.keys(operation?.op.responses ?? {});
    // A 2xx the operation does not declare is checked by Prism against `default` (the error
    // envelope): only the status is reported, not the knock-on body violations.
    const undeclared =
      Boolean(operation) && exchange.status >= 200 && exchange.status < 300 && !declared.includes(String(exchange.status)) && !declared.includes("2XX");
    const errors = exchange.violations.filter((v) => v.severity === undefined || v.severity === "Error");
    // An ID that breaks its pattern usually breaks its length too: one finding, the pattern's.
    const idPlaces = new Set(errors.filter((v) => idPatterns.has(patternOf(v.message) ?? "")).map((v) => v.location.join("/")));
    for (const v of errors) {
      const [side, part, ...rest] = v.location.map(String);
      const name = rest[0] ?? "";
      const pattern = patternOf(v.message);
      if (!pattern && idPlaces.has(v.location.join("/")) && ["minLength", "maxLength"].includes(String(v.code))) continue;
      if (side !== "request" && undeclared) continue;
      if (side === "request") {
        const value = part === "path" ? exchange.pathParams[name] : part === "body" ? getPointer(exchange.requestBody, toPointer(rest)) : undefined;
        const input = typeof value === "string" ? inputNames.get(value) : undefined;
        if (pattern && part === "path" && input) inputFinding(input, name, pattern, value, operationId);
        else if (pattern && part === "path" && typeof value === "string" && issued.has(value))
          idFinding(pattern, value, `${operationId} request path ${name}`, operationId);
        else
          requests.push(
            at({
              where: `request ${part ?? ""}`.trim(),
              pointer: toPointer(rest),
              expected: expectedOf(v.message),
              found: value === undefined ? "(see the request)" : show(value),
            }),
          );
        continue;
      }
      const pointer = toPointer(v.location.slice(2));
      if (part === "body") {
        if (typeof exchange.body !== "object" || exchange.body === null) {
          findings.push(
            at({
              where: "body",
              pointer,
              expected: expectedOf(v.message),
              found: `non-JSON ${exchange.contentType || "(no content type)"} body ${show(String(exchange.body ?? "").slice(0, 60))}`,
            }),
          );
          continue;
        }
        const value = pointer === "" ? exchange.body : getPointer(exchange.body, pointer);
        if (pattern && idPatterns.has(pattern) && typeof value === "string") {
          const input = inputNames.get(value);
          if (input) inputFinding(input, /** @type {string[]} */ (idPatterns.get(pattern)).join(", "), pattern, value, operationId);
          else idFinding(pattern, value, `${operationId} ${exchange.status} body ${pointer}`, operationId);
          continue;
        }
        findings.push(
          at({ where: "body", pointer, expected: expectedOf(v.message), found: v.code === "required" || value === undefined ? "(absent)" : show(value) }),
        );
        continue;
      }
      if (part === undefined)
        findings.push(
          at({ where: "content-type", pointer: "", expected: expectedOf(v.message), found: `content-type ${JSON.stringify(exchange.contentType)}` }),
        );
      else findings.push(at({ where: part, pointer, expected: expectedOf(v.message), found: "(see the response)" }));
    }
    if (undeclared) {
      findings.push(
        at({
          where: "status",
          pointer: "",
          expected: `one of ${declared.filter((s) => s.startsWith("2")).join(", ") || "(no 2xx declared)"}`,
          found: `${exchange.status} (its body is not checked: the spec has no schema for it)`,
        }),
      );
    }
    for (const condition of exchange.failedCriteria) {
      const pointer = /^\s*\$response\.body#(\S*)/.exec(condition)?.[1] ?? "";
      findings.push(at({ where: "criterion", pointer, expected: condition, found: criterionFound(condition, exchange) }));
    }
    for (const error of exchange.stepErrors) findings.push(at({ where: "step", pointer: "", expected: "an answer", found: error }));
    for (const change of statusChanges(exchange, operationId)) findings.push(at(change));
    if (exchange.status < 400)
      for (const [value, pointer] of strings(exchange.body)) if (!issued.has(value)) issued.set(value, `${operationId} ${exchange.status} body ${pointer}`);
  }
  const idList = [...ids.values()];
  return {
    findings,
    ids: idList,
    inputs: [...inputProblems.values()].map((i) => ({ ...i, flag: inputFlag })),
    requests,
    notes,
    /** Everything that fails the run: the server's faults and the requests that break the spec. */
    failures: findings.length + idList.length + requests.length,
  };
}
