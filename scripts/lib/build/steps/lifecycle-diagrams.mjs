// The lifecycles (x-lifecycles) for people: a state diagram per method, drawn at build time with
// Graphviz compiled to WebAssembly (@viz-js/viz, from the registry; nothing is loaded from a CDN),
// and a table of its transitions. Documented steps are drawn solid, inferred ones dashed; each
// arrow says who acts and what they do. The docs step puts them into the reference page (the tag
// descriptions of the bundle it renders); `generate` writes them to generated/lifecycles.md and
// generated/lifecycles/*.svg.
import { instance } from "@viz-js/viz";

/** @typedef {import("../../spec/lifecycles.mjs").Lifecycle} Lifecycle */
/** @typedef {import("../../spec/lifecycles.mjs").LifecycleTransition} LifecycleTransition */

/** @type {Promise<Awaited<ReturnType<typeof instance>>> | undefined} */
let viz;

const STATUS_FILL = /** @type {Record<string, string>} */ ({ customer: "#dbeafe", provider: "#fef3c7", partner: "#dcfce7", time: "#f3e8ff", none: "#ffffff" });

/** @param {string} text */
const quoted = (text) => JSON.stringify(text);

/** Who acts on an arrow, and what they do. @param {LifecycleTransition["trigger"]} trigger */
function triggerLabel(trigger) {
  if (trigger.kind === "operation") return `partner: ${trigger.operationId}`;
  if (trigger.kind === "simulation") return `sandbox: ${trigger.scenario ?? trigger.operationId}`;
  return `${trigger.kind}: ${trigger.event}`;
}

/** @param {LifecycleTransition["source"]} source */
const sourceLabel = (source) => (source.kind === "inferred" ? `inferred: ${source.reason}` : `${source.kind}: ${source.ref}`);

/** The Graphviz source of one lifecycle. @param {Lifecycle} lifecycle */
function lifecycleDot(lifecycle) {
  const lines = [
    "digraph lifecycle {",
    '  rankdir=TB; bgcolor="transparent"; nodesep=0.35; ranksep=0.4;',
    '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11, color="#475569"];',
    '  edge [fontname="Helvetica", fontsize=9, color="#334155", fontcolor="#334155"];',
    '  start [shape=point, width=0.12, label="", tooltip="start"];',
    `  start -> ${quoted(lifecycle.initial)};`,
  ];
  for (const [status, { actor, description }] of Object.entries(lifecycle.statuses)) {
    const final = lifecycle.final.includes(status);
    lines.push(
      `  ${quoted(status)} [fillcolor=${quoted(STATUS_FILL[actor] ?? "#ffffff")}, tooltip=${quoted(`${status} (next: ${actor}). ${description}`)}${final ? ", peripheries=2" : ""}];`,
    );
  }
  for (const { from, to, trigger, source } of lifecycle.transitions) {
    const inferred = source.kind === "inferred";
    const style = inferred ? ', style=dashed, color="#94a3b8", fontcolor="#64748b"' : "";
    lines.push(
      `  ${quoted(from)} -> ${quoted(to)} [label=${quoted(triggerLabel(trigger))}, tooltip=${quoted(sourceLabel(source))}, class=${quoted(inferred ? "inferred" : "documented")}${style}];`,
    );
  }
  lines.push("}");
  return lines.join("\n");
}

/**
 * The lifecycle drawn as one line of inline SVG (no XML prolog, no blank line, so Markdown keeps
 * it as one HTML block), labelled for screen readers.
 * @param {Lifecycle} lifecycle @param {string} label
 */
async function lifecycleSvg(lifecycle, label) {
  viz ??= instance();
  const svg = (await viz).renderString(lifecycleDot(lifecycle), { format: "svg" });
  return svg
    .slice(svg.indexOf("<svg"))
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace("<svg ", `<svg role="img" aria-label=${quoted(label)} style="max-width:100%;height:auto" `)
    .replace(/\s*\n\s*/g, " ")
    .trim();
}

/** @param {string} text */
const cell = (text) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

/** The transitions of a lifecycle as a Markdown table. @param {Lifecycle} lifecycle */
function lifecycleTable(lifecycle) {
  const rows = lifecycle.transitions.map(({ from, to, trigger, source }) => {
    const where =
      source.kind === "inferred" ? `*inferred*: ${source.reason}` : source.kind === "docs" ? `[docs](${source.ref})` : `${source.kind}: \`${source.ref}\``;
    return `| \`${from}\` | \`${to}\` | ${cell(triggerLabel(trigger))} | ${cell(where)} |`;
  });
  const statuses = Object.entries(lifecycle.statuses).map(([status, { actor, retry, description }]) => {
    const marks = [lifecycle.initial === status ? "initial" : "", lifecycle.final.includes(status) ? "final" : ""].filter(Boolean).join(", ");
    return `| \`${status}\`${marks ? ` (${marks})` : ""} | ${actor} | ${retry ? retry.replace("_", " ") : ""} | ${cell(description)} |`;
  });
  return [
    "| status | who acts next | retry | meaning |",
    "|---|---|---|---|",
    ...statuses,
    "",
    "| from | to | who acts: what | source |",
    "|---|---|---|---|",
    ...rows,
  ].join("\n");
}

const LEGEND =
  "Solid arrows are documented steps (Solaris' docs, its SDKs, public code); dashed arrows are inferred. Each arrow says who acts: the partner's call (an operation of this spec), a sandbox simulation, the customer, the provider or time. A double border marks a final status; the fill says who acts next (blue: customer, yellow: provider, green: partner).";

/**
 * The methods grouped by identical lifecycles (manual, postident and idnow_custom share one).
 * @param {Record<string, Lifecycle>} identifications @returns {[string[], Lifecycle][]}
 */
function groupedLifecycles(identifications) {
  /** @type {Map<string, [string[], Lifecycle]>} */
  const groups = new Map();
  for (const [method, lifecycle] of Object.entries(identifications).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const key = JSON.stringify(lifecycle);
    const group = groups.get(key);
    if (group) group[0].push(method);
    else groups.set(key, [[method], lifecycle]);
  }
  return [...groups.values()];
}

// A bold line, not a Markdown heading: Redoc moves a tag description's headings (and what follows
// them) out of the description into menu sections of their own. The SVG goes in as an image: Redoc
// inserts description HTML in a way that lower-cases inline SVG's `viewBox`, which breaks scaling.
/** @param {string[]} methods @param {Lifecycle} lifecycle @param {string} title */
async function section(methods, lifecycle, title) {
  const label = `Lifecycle of ${methods.join(", ")}`;
  const svg = await lifecycleSvg(lifecycle, label);
  const image = `<img alt="${label}" style="max-width:100%" src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}">`;
  return [`**${title}**`, "", `<figure class="kyc-lifecycle" data-methods="${methods.join(" ")}">${image}</figure>`, "", lifecycleTable(lifecycle), ""].join(
    "\n",
  );
}

/**
 * A copy of the bundle whose tag descriptions end with the lifecycle diagrams and tables: the
 * identifications' under "Person identifications", the sessions' under "Identification sessions".
 * @param {import("../../spec/oas.mjs").Doc} doc @returns {Promise<import("../../spec/oas.mjs").Doc>}
 */
export async function withLifecycleDiagrams(doc) {
  const data = doc["x-lifecycles"];
  if (!data) return doc;
  const copy = structuredClone(doc);
  const identifications = [];
  for (const [methods, lifecycle] of groupedLifecycles(data.identifications))
    identifications.push(await section(methods, lifecycle, `Lifecycle of ${methods.map((m) => `\`${m}\``).join(", ")}`));
  const sessions = await section(["session"], data.sessions, "Lifecycle of an identification session");
  /** @param {string} tag @param {string} text */
  const append = (tag, text) => {
    const found = copy.tags?.find((/** @type {any} */ t) => t.name === tag);
    if (found) found.description = `${found.description ?? ""}\n${text}`;
  };
  append("Person identifications", [LEGEND, "", ...identifications].join("\n"));
  append("Identification sessions", [LEGEND, "", sessions].join("\n"));
  return copy;
}

/**
 * generated/lifecycles.md and generated/lifecycles/<methods>.svg: every lifecycle as a picture and
 * tables, for reading on a forge (which shows SVG files but strips inline SVG from Markdown).
 * @param {import("../../spec/oas.mjs").Doc} doc @returns {Promise<Record<string, string>>} paths relative to generated/
 */
export async function renderLifecycleDocs(doc) {
  const data = doc["x-lifecycles"];
  /** @type {Record<string, string>} */
  const files = {};
  const parts = [
    "<!-- GENERATED FILE, do not edit. Source: x-lifecycles of dist/openapi.json (spec/lifecycles/). Regenerate with `npm run generate`. -->",
    "",
    "# Lifecycles",
    "",
    LEGEND,
    "",
  ];
  const groups = [...groupedLifecycles(data.identifications), /** @type {[string[], Lifecycle]} */ ([["session"], data.sessions])];
  for (const [methods, lifecycle] of groups) {
    const name = methods.join("-");
    files[`lifecycles/${name}.svg`] = `${await lifecycleSvg(lifecycle, `Lifecycle of ${methods.join(", ")}`)}\n`;
    const title = methods[0] === "session" ? "Identification sessions" : `Identifications: ${methods.map((m) => `\`${m}\``).join(", ")}`;
    parts.push(`## ${title}`, "", `![Lifecycle of ${methods.join(", ")}](lifecycles/${name}.svg)`, "", lifecycleTable(lifecycle), "");
  }
  files["lifecycles.md"] = parts.join("\n");
  return files;
}
