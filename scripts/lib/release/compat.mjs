// The type-level compatibility gate (`npm run compat`): from the BASE spec it writes the code a
// consumer of the base package could have written (a typed call per operation and request example,
// a typed read of every field of every response example, an exhaustive `switch` over every enum a
// consumer receives, every base enum value it may send, an import of every exported type), and
// compiles it with `tsc --strict` (NodeNext and bundler resolution) against the HEAD package's
// types, in process. Each compile error is a break; the verdict adds `npm run diff`'s.
//
// The head package is the working tree's `.d.ts` (tsconfig.build.json, emitted from the tree into
// a temporary folder: dist/lib may be stale), reached as `solaris-kyc` through node_modules; with
// --head-spec its generated/schema types are rendered from that spec. Field reads compare each
// head field with the same read on the base's generated types (`const e = b.x; const v: typeof e
// = h.x`), so a removed, renamed, retyped or newly optional field fails to compile.
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import ts from "typescript";
import { buildPackageTypes, formatDiagnostics } from "./declarations.mjs";
import { diffSides, maxBump } from "./diff.mjs";
import { escapePointer, getPointer, namedExamples, operations, resolveRef, unescapePointer } from "../spec/oas.mjs";
import { parameterExample } from "../spec/requests.mjs";
import { schemaTypes } from "../spec/schema-types.mjs";
import { majorRaised, specSides } from "./spec-sides.mjs";

const require = createRequire(import.meta.url);
/** The generated types inside the package, as source and as emitted declaration. */
const SCHEMA_SOURCE = "generated/schema.ts";
const TYPES_SOURCE = "src/types.ts";
export const MODES = /** @type {const} */ ({
  NodeNext: { module: "NodeNext", moduleResolution: "NodeNext" },
  bundler: { module: "ESNext", moduleResolution: "Bundler" },
});

/**
 * @typedef {{ id: number, kind: "setup" | "type" | "call" | "read" | "enum" | "same", operation?: string, status?: string, example?: string, what: string }} Check
 * @typedef {{ check: Check, field?: string, base?: boolean }} LineInfo
 * @typedef {{ kind: Check["kind"], operation?: string, status?: string, example?: string, what: string, field?: string, message: string, modes: string[] }} Break
 * @typedef {{ types: number, calls: number, reads: number, fields: number, enums: number }} CorpusCounts
 */

/** A TypeScript literal, quoted. @param {unknown} value */
const q = (value) => JSON.stringify(value);
/** `[200]` or `["default"]`: openapi-typescript keys numeric statuses by number. @param {string} status */
const statusKey = (status) => (/^\d+$/.test(status) ? `[${status}]` : `[${q(status)}]`);

class Corpus {
  /** @type {string[]} */ lines = [];
  /** @type {LineInfo[]} */ info = [];
  /** @type {Check[]} */ checks = [];
  counts = { types: 0, calls: 0, reads: 0, fields: 0, enums: 0 };

  /** @param {Omit<Check, "id">} check */
  check(check) {
    const full = { id: this.checks.length, ...check };
    this.checks.push(full);
    return full;
  }

  /** @param {string} text @param {Check} check @param {{ field?: string, base?: boolean }} [more] */
  line(text, check, more = {}) {
    this.lines.push(text);
    this.info.push({ check, ...more });
  }

  /**
   * A JSON value as a TypeScript literal, one property or element per line (so an error names its field).
   * @param {unknown} value @param {string} indent @param {string} lead text before the value @param {string} trail text after it
   * @param {Check} check @param {string} field JSON pointer of the value
   */
  literal(value, indent, lead, trail, check, field) {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : value && typeof value === "object" ? Object.entries(value) : undefined;
    if (!entries || entries.length === 0) return this.line(`${indent}${lead}${value === undefined ? "undefined" : q(value)}${trail}`, check, { field });
    const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
    this.line(`${indent}${lead}${open}`, check, { field });
    for (const [key, item] of entries)
      this.literal(item, `${indent}  `, Array.isArray(value) ? "" : `${q(key)}: `, ",", check, `${field}/${escapePointer(key)}`);
    this.line(`${indent}${close}${trail}`, check, { field });
  }
}

/** A value for a schema without an example: required properties only, placeholders by type. @param {any} doc @param {any} schema @param {string} pointer @returns {unknown} */
function sample(doc, schema, pointer, depth = 0) {
  if (!schema || depth > 8) return undefined;
  const { node, pointer: at } = resolveRef(doc, schema, pointer);
  if ("const" in node) return node.const;
  if ("example" in node) return node.example;
  if (Array.isArray(node.examples) && node.examples.length) return node.examples[0];
  if ("default" in node) return node.default;
  if (Array.isArray(node.enum)) return node.enum[0];
  if (node.allOf) return Object.assign({}, ...node.allOf.map((/** @type {any} */ s, /** @type {number} */ i) => sample(doc, s, `${at}/allOf/${i}`, depth + 1)));
  const alternatives = node.oneOf ?? node.anyOf;
  if (alternatives) return sample(doc, alternatives[0], `${at}/${node.oneOf ? "oneOf" : "anyOf"}/0`, depth + 1);
  const type = Array.isArray(node.type) ? node.type.find((/** @type {string} */ t) => t !== "null") : node.type;
  if (type === "object" || node.properties) {
    return Object.fromEntries(
      (node.required ?? []).map((/** @type {string} */ name) => [
        name,
        sample(doc, node.properties?.[name], `${at}/properties/${escapePointer(name)}`, depth + 1),
      ]),
    );
  }
  if (type === "array") return node.minItems ? [sample(doc, node.items, `${at}/items`, depth + 1)] : [];
  if (type === "string")
    return node.format === "date" ? "2026-01-01" : node.format === "date-time" ? "2026-01-01T00:00:00Z" : "x".repeat(Math.max(1, node.minLength ?? 1));
  if (type === "integer" || type === "number") return node.minimum ?? 1;
  if (type === "boolean") return true;
  return null;
}

/**
 * Every enum of the spec a consumer can meet, with the TypeScript type that holds it (relative to a
 * namespace of the generated types) and the directions it flows in: "response" (the consumer
 * receives it: responses, webhook payloads), "request" (the consumer sends it), "component".
 * @param {any} doc
 * @returns {{ pointer: string, type: (ns: string) => string, values: unknown[], directions: Set<string> }[]}
 */
export function enumsOf(doc) {
  /** @type {Map<string, { pointer: string, type: (ns: string) => string, values: unknown[], directions: Set<string> }>} */
  const found = new Map();
  const seen = new Set();
  /** @param {any} node @param {string} pointer @param {(ns: string) => string} type @param {string} direction */
  const visit = (node, pointer, type, direction) => {
    if (!node || typeof node !== "object") return;
    if (typeof node.$ref === "string") {
      const target = resolveRef(doc, node, pointer);
      const component = /^\/components\/schemas\/([^/]+)$/.exec(target.pointer);
      const name = component && unescapePointer(/** @type {string} */ (component[1]));
      return visit(target.node, target.pointer, name ? (ns) => `${ns}.components["schemas"][${q(name)}]` : type, direction);
    }
    if (seen.has(`${pointer}|${direction}`)) return;
    seen.add(`${pointer}|${direction}`);
    if (Array.isArray(node.enum) && node.enum.some((/** @type {unknown} */ v) => v !== null)) {
      const entry = found.get(pointer) ?? { pointer, type, values: node.enum.filter((/** @type {unknown} */ v) => v !== null), directions: new Set() };
      entry.directions.add(direction);
      found.set(pointer, entry);
    }
    for (const [name, property] of Object.entries(node.properties ?? {}))
      visit(property, `${pointer}/properties/${escapePointer(name)}`, (ns) => `NonNullable<${type(ns)}>[${q(name)}]`, direction);
    if (node.items && typeof node.items === "object" && !Array.isArray(node.items))
      visit(node.items, `${pointer}/items`, (ns) => `NonNullable<${type(ns)}>[number]`, direction);
    (node.allOf ?? []).forEach((/** @type {any} */ member, /** @type {number} */ i) => visit(member, `${pointer}/allOf/${i}`, type, direction));
    // A union member has no type path of its own unless it is a named component.
    for (const key of ["oneOf", "anyOf"])
      (node[key] ?? []).forEach(
        (/** @type {any} */ member, /** @type {number} */ i) => member?.$ref && visit(member, `${pointer}/${key}/${i}`, type, direction),
      );
  };
  for (const name of Object.keys(doc.components?.schemas ?? {}).sort())
    visit(doc.components.schemas[name], `/components/schemas/${escapePointer(name)}`, (ns) => `${ns}.components["schemas"][${q(name)}]`, "component");
  for (const op of operations(doc, { webhooks: true })) {
    const operation = (/** @type {string} */ ns) => `${ns}.operations[${q(op.operationId)}]`;
    const sent = op.kind === "webhooks" ? "response" : "request";
    for (const param of op.parameters) {
      visit(
        getPointer(doc, `${param.pointer}/schema`),
        `${param.pointer}/schema`,
        (ns) => `NonNullable<NonNullable<${operation(ns)}["parameters"][${q(param.in)}]>[${q(param.name)}]>`,
        "request",
      );
    }
    for (const [media, content] of Object.entries(op.requestBody?.node.content ?? {})) {
      visit(
        content.schema,
        `${op.requestBody?.pointer}/content/${escapePointer(media)}/schema`,
        (ns) => `NonNullable<${operation(ns)}["requestBody"]>["content"][${q(media)}]`,
        sent,
      );
    }
    for (const [status, raw] of Object.entries(op.op.responses ?? {})) {
      const { node: response, pointer } = resolveRef(doc, raw, `${op.pointer}/responses/${escapePointer(status)}`);
      for (const [media, content] of Object.entries(response.content ?? {})) {
        visit(
          content.schema,
          `${pointer}/content/${escapePointer(media)}/schema`,
          (ns) => `${operation(ns)}["responses"]${statusKey(status)}["content"][${q(media)}]`,
          op.kind === "webhooks" ? "request" : "response",
        );
      }
    }
  }
  return [...found.values()];
}

/** Every leaf of a JSON value: [optional-chain access, JSON pointer], one per distinct access. @param {unknown} value @returns {[string, string][]} */
function leaves(value, access = "", pointer = "") {
  if (Array.isArray(value) && value.length) return value.flatMap((item, i) => leaves(item, `${access}?.[0]`, `${pointer}/${i}`));
  if (value && typeof value === "object" && Object.keys(value).length)
    return Object.entries(value).flatMap(([key, item]) =>
      leaves(item, `${access}?.${/^[A-Za-z_$][\w$]*$/.test(key) ? key : `[${q(key)}]`}`, `${pointer}/${escapePointer(key)}`),
    );
  return pointer ? [[access, pointer]] : [];
}

/**
 * The exported type names of a module and of what it re-exports (`export type * from`, `export *`),
 * read syntactically: the base package's type surface (src/types.ts, which the root entry exports) without building it.
 * @param {string} file absolute path of a .ts file @param {(file: string) => string | undefined} read
 * @returns {string[]}
 */
export function exportedTypeNames(file, read, seen = new Set()) {
  if (seen.has(file)) return [];
  seen.add(file);
  const text = read(file);
  if (text === undefined) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022);
  /** @type {string[]} */
  const names = [];
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (exported && (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement))) names.push(statement.name.text);
    if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const target = resolve(dirname(file), statement.moduleSpecifier.text.replace(/\.js$/, ".ts"));
    if (!statement.exportClause && statement.moduleSpecifier.text.startsWith(".")) names.push(...exportedTypeNames(target, read, seen));
    else if (statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) if (statement.isTypeOnly || element.isTypeOnly) names.push(element.name.text);
    }
  }
  return [...new Set(names)].sort();
}

/**
 * The consumer corpus of a base spec: `corpus.ts`, importing the head package as `pkg` and the
 * base's generated types from `./base-schema.js`.
 * @param {any} doc the base spec, bundled @param {{ pkg: string, typeNames: string[] }} options
 */
export function buildCorpus(doc, { pkg, typeNames }) {
  const c = new Corpus();
  const setup = c.check({ kind: "setup", what: `the entry ${pkg}` });
  c.line(`// The code a consumer of the base package could have written; generated by npm run compat.`, setup);
  c.line(`import { createKycClient } from ${q(pkg)};`, setup, { field: "createKycClient" });
  c.line(`import createClient from "openapi-fetch";`, setup);
  c.line(`import type * as H from ${q(pkg)};`, setup);
  c.line(`import type * as B from "./base-schema.js";`, setup, { base: true });
  c.line(`const kyc = createKycClient({ baseUrl: "https://api.example.test", auth: { getToken: async () => "token" } });`, setup, { field: "createKycClient" });
  c.line(`const raw = createClient<H.paths>({ baseUrl: "https://api.example.test" });`, setup, { field: "paths" });
  c.line(`void raw;`, setup);

  for (const name of typeNames) {
    const check = c.check({ kind: "type", what: `type ${name}` });
    c.line(`import type { ${name} as Use_${name} } from ${q(pkg)};`, check);
    c.counts.types++;
  }

  for (const op of operations(doc, { webhooks: true })) {
    if (op.kind === "paths") calls(c, doc, op);
    reads(c, doc, op);
  }

  enumsOf(doc).forEach((entry, i) => {
    const receives = entry.directions.has("response") || (entry.directions.size === 1 && entry.directions.has("component"));
    if (receives) {
      const check = c.check({ kind: "enum", what: `enum at ${entry.pointer} (a switch over every value)` });
      c.line(`export type BaseEnum_${i} = NonNullable<${entry.type("B")}>;`, check, { base: true });
      c.line(`export function enum_${i}(x: NonNullable<${entry.type("H")}>): void {`, check);
      c.line(`  switch (x) {`, check);
      for (const value of entry.values) c.line(`    case ${q(value)}: return;`, check, { field: `value ${q(value)}` });
      c.line(`    default: { const unhandled: never = x; return unhandled; }`, check, { field: "a value the switch does not handle" });
      c.line(`  }`, check);
      c.line(`}`, check);
    }
    if (entry.directions.has("request")) {
      const check = c.check({ kind: "enum", what: `enum at ${entry.pointer} (every value sent)` });
      c.line(`export type BaseValues_${i} = NonNullable<${entry.type("B")}>;`, check, { base: true });
      c.line(`export const values_${i}: NonNullable<${entry.type("H")}>[] = [`, check);
      for (const value of entry.values) c.line(`  ${q(value)},`, check, { field: `value ${q(value)}` });
      c.line(`];`, check);
    }
    c.counts.enums++;
  });
  return c;
}

/** A typed call per request example (or one call when there is none). @param {Corpus} c @param {any} doc @param {import("../spec/oas.mjs").Operation} op */
function calls(c, doc, op) {
  const content = op.requestBody?.node.content ?? {};
  const media = "application/json" in content ? "application/json" : Object.keys(content)[0];
  const bodyPointer = `${op.requestBody?.pointer}/content/${escapePointer(media ?? "")}`;
  /** @type {[string | undefined, unknown][]} */
  let bodies = media ? namedExamples(doc, content[media], bodyPointer).map(([name, value]) => [name, value]) : [];
  if (bodies.length === 0 && media && "example" in content[media]) bodies = [["example", content[media].example]];
  if (bodies.length === 0)
    bodies = [[undefined, op.requestBody?.node.required && media ? sample(doc, content[media].schema, `${bodyPointer}/schema`) : undefined]];
  const params = op.parameters.filter((p) => p.in === "path" || p.required || parameterExample(doc, p) !== undefined);
  const client = media && media !== "application/json" ? "raw" : "kyc";
  bodies.forEach(([example, body], n) => {
    const check = c.check({ kind: "call", operation: op.operationId, ...(example ? { example } : {}), what: `${op.method.toUpperCase()} ${op.path}` });
    c.line(`export async function call_${check.id}(): Promise<void> {`, check);
    c.line(`  await ${client}.${op.method.toUpperCase()}(${q(op.path)}, {`, check, { field: "(the operation)" });
    if (params.length) {
      c.line(`    params: {`, check);
      for (const place of ["path", "query", "header", "cookie"]) {
        const here = params.filter((p) => p.in === place);
        if (!here.length) continue;
        c.line(`      ${place}: {`, check, { field: `${place} parameters` });
        for (const p of here)
          c.literal(
            parameterExample(doc, p) ?? sample(doc, p.schema, `${p.pointer}/schema`),
            "        ",
            `${q(p.name)}: `,
            ",",
            check,
            `${place} parameter ${p.name}`,
          );
        c.line(`      },`, check);
      }
      c.line(`    },`, check);
    }
    if (body !== undefined) c.literal(body, "    ", "body: ", ",", check, "body");
    c.line(`  });`, check);
    c.line(`}`, check);
    if (n === 0) c.counts.calls++;
  });
}

/**
 * A typed read of every field of every response example (and webhook payload example): the head
 * field must be assignable to the same read on the base's types.
 * @param {Corpus} c @param {any} doc @param {import("../spec/oas.mjs").Operation} op
 */
function reads(c, doc, op) {
  const operation = (/** @type {string} */ ns) => `${ns}.operations[${q(op.operationId)}]`;
  /** @type {{ status?: string, type: (ns: string) => string, examples: [string, unknown][] }[]} */
  const sources = [];
  /** @param {any} media @param {string} pointer @returns {[string, unknown][]} */
  const examplesOf = (media, pointer) => {
    const named = namedExamples(doc, media, pointer).map(([name, value]) => /** @type {[string, unknown]} */ ([name, value]));
    return named.length ? named : "example" in (media ?? {}) ? [["example", media.example]] : [];
  };
  if (op.kind === "webhooks") {
    const media = op.requestBody?.node.content?.["application/json"];
    if (media)
      sources.push({
        type: (ns) => `NonNullable<${operation(ns)}["requestBody"]>["content"]["application/json"]`,
        examples: examplesOf(media, `${op.requestBody?.pointer}/content/application~1json`),
      });
  } else {
    for (const [status, raw] of Object.entries(op.op.responses ?? {})) {
      const { node: response, pointer } = resolveRef(doc, raw, `${op.pointer}/responses/${escapePointer(status)}`);
      const media = response.content?.["application/json"];
      if (media)
        sources.push({
          status,
          type: (ns) => `${operation(ns)}["responses"]${statusKey(status)}["content"]["application/json"]`,
          examples: examplesOf(media, `${pointer}/content/application~1json`),
        });
    }
  }
  for (const { status, type, examples } of sources) {
    for (const [example, value] of examples) {
      const fields = leaves(value);
      if (!fields.length) continue;
      const check = c.check({
        kind: "read",
        operation: op.operationId,
        ...(status ? { status } : {}),
        example,
        what: status ? `response ${status}` : "webhook payload",
      });
      c.line(`export function read_${check.id}(`, check);
      c.line(`  h: ${type("H")},`, check, { field: status ? `(response ${status})` : "(payload)" });
      c.line(`  b: ${type("B")},`, check, { base: true });
      c.line(`): void {`, check);
      const done = new Set();
      for (const [access, pointer] of fields) {
        if (done.has(access)) continue;
        done.add(access);
        const n = done.size;
        c.line(`  const b${n} = b${access};`, check, { field: pointer, base: true });
        c.line(`  const h${n}: typeof b${n} = h${access};`, check, { field: pointer });
        c.line(`  void h${n};`, check);
        c.counts.fields++;
      }
      c.line(`}`, check);
      c.counts.reads++;
    }
  }
}

/** Diff rules whose "major" the compiler may overrule: the schema changed form, maybe not meaning. */
const FORM_RULES = new Set(["schema-combinator-changed"]);

/**
 * The generated type at a JSON pointer of the bundle (`/paths/<p>/<method>/responses/<status>/content/<media>/schema/...`,
 * or a request body, or a webhook), as a function of the namespace; undefined where no type path exists.
 * @param {string} pointer @returns {((ns: string) => string) | undefined}
 */
export function typeAt(pointer) {
  const parts = pointer.split("/").slice(1).map(unescapePointer);
  const [section, key, method, where, ...rest] = parts;
  if ((section !== "paths" && section !== "webhooks") || !key || !method) return undefined;
  /** @type {(ns: string) => string} */
  let type;
  const item = (/** @type {string} */ ns) => `${ns}.${section}[${q(key)}][${q(method)}]`;
  if (where === "responses" && rest[1] === "content" && rest[3] === "schema") {
    const [status, , media] = rest;
    type = (ns) => `${item(ns)}["responses"]${statusKey(/** @type {string} */ (status))}["content"][${q(media)}]`;
    rest.splice(0, 4);
  } else if (where === "requestBody" && rest[0] === "content" && rest[2] === "schema") {
    const media = rest[1];
    type = (ns) => `NonNullable<${item(ns)}["requestBody"]>["content"][${q(media)}]`;
    rest.splice(0, 3);
  } else return undefined;
  for (let i = 0; i < rest.length; i++) {
    const part = rest[i];
    const inner = type;
    if (part === "properties" && rest[i + 1] !== undefined) {
      const name = rest[++i];
      type = (ns) => `NonNullable<${inner(ns)}>[${q(name)}]`;
    } else if (part === "items") type = (ns) => `NonNullable<${inner(ns)}>[number]`;
    else if (i === rest.length - 1 && ["oneOf", "anyOf", "allOf", "type"].includes(/** @type {string} */ (part))) break;
    else return undefined;
  }
  return type;
}

/**
 * For each "major" diff row of a form rule with a type path, a check that the base and head
 * types there are mutually assignable (`kind: "same"`, `field`: the row's pointer).
 * @param {Corpus} c @param {import("./diff.mjs").DiffRow[]} rows
 */
function sameTypeChecks(c, rows) {
  for (const row of rows) {
    const type = row.breaking && FORM_RULES.has(row.rule) ? typeAt(row.pointer) : undefined;
    if (!type) continue;
    const check = c.check({ kind: "same", what: `${row.rule} at ${row.pointer}` });
    c.line(`export type SameBase_${check.id} = ${type("B")};`, check, { base: true });
    c.line(`export type SameHead_${check.id} = ${type("H")};`, check, { field: row.pointer });
    c.line(
      `export const same_${check.id}: [SameBase_${check.id}] extends [SameHead_${check.id}] ? ([SameHead_${check.id}] extends [SameBase_${check.id}] ? true : false) : false = true;`,
      check,
      { field: row.pointer },
    );
  }
}

/** SourceFiles of TypeScript's lib and of node_modules never change while a process runs: parse them once. */
const sharedSources = new Map();

/** @param {ts.CompilerOptions} options @param {string[]} stable folders whose files are cached */
function compilerHost(options, stable) {
  const host = ts.createCompilerHost(options);
  const get = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, version, onError, shouldCreate) => {
    if (!stable.some((dir) => fileName.startsWith(dir))) return get(fileName, version, onError, shouldCreate);
    const key = `${fileName}|${JSON.stringify(version)}`;
    if (!sharedSources.has(key)) sharedSources.set(key, get(fileName, version, onError, shouldCreate));
    return sharedSources.get(key);
  };
  return host;
}

/**
 * Compiles `corpus.ts` in `dir` once per resolution mode; every error is a break, unless it sits in
 * a check whose base side does not compile either (a limit of the corpus, listed as skipped).
 * @param {Corpus} corpus @param {string} dir @param {string[]} stable
 * `same` checks are not breaks: the ids of those that failed in some mode are returned as `different`.
 * @returns {{ breaks: Break[], skipped: { what: string, message: string }[], different: Set<number> }}
 */
function compile(corpus, dir, stable) {
  const different = new Set();
  const file = join(dir, "corpus.ts");
  /** @type {Map<string, Break>} */
  const breaks = new Map();
  /** @type {Map<number, string>} */
  const skipped = new Map();
  for (const [mode, settings] of Object.entries(MODES)) {
    const { options, errors } = ts.convertCompilerOptionsFromJson(
      { strict: true, target: "ES2022", lib: ["ES2022", "DOM"], skipLibCheck: true, noEmit: true, types: [], ...settings },
      dir,
    );
    if (errors.length) throw new Error(formatDiagnostics(errors));
    const program = ts.createProgram({ rootNames: [file], options, host: compilerHost(options, stable) });
    const source = /** @type {ts.SourceFile} */ (program.getSourceFile(file));
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    /** @type {[LineInfo, string][]} */
    const found = diagnostics.map((d) => [
      /** @type {LineInfo} */ (corpus.info[source.getLineAndCharacterOfPosition(d.start ?? 0).line]),
      ts.flattenDiagnosticMessageText(d.messageText, "\n"),
    ]);
    for (const [info, message] of found) if (info.base) skipped.set(info.check.id, message);
    for (const [info, message] of found) {
      if (info.base || skipped.has(info.check.id)) continue;
      const { check, field } = info;
      if (check.kind === "same") {
        different.add(check.id);
        continue;
      }
      const key = `${check.id}|${field}|${message}`;
      const known = breaks.get(key);
      if (known) known.modes.push(mode);
      else
        breaks.set(key, {
          kind: check.kind,
          ...(check.operation ? { operation: check.operation } : {}),
          ...(check.status ? { status: check.status } : {}),
          ...(check.example ? { example: check.example } : {}),
          what: check.what,
          ...(field ? { field } : {}),
          message,
          modes: [mode],
        });
    }
  }
  for (const id of skipped.keys()) different.add(id);
  return {
    different,
    breaks: [...breaks.values()],
    skipped: [...skipped].map(([id, message]) => ({ what: describe(/** @type {Check} */ (corpus.checks[id])), message })),
  };
}

/** "createThing, response 201, example "basic"" @param {Pick<Break, "operation" | "status" | "example" | "what">} check */
export const describe = ({ operation, example, what }) => [operation, what, example ? `example "${example}"` : undefined].filter(Boolean).join(", ");

/**
 * @typedef {{ base: string, head: string, bump: import("./diff.mjs").Bump, breaks: Break[], skipped: { what: string, message: string }[],
 *   counts: CorpusCounts, diff?: import("./diff.mjs").DiffReport, majorRaised: boolean, fail: boolean, notes: string[],
 *   baseVersion?: string, headVersion?: string }} CompatReport
 */

/**
 * `npm run compat`. `headTypes`: a package folder already built by buildPackageTypes from `cwd`
 * (tests build it once for many spec pairs); `diff: false` skips Redocly's verdict; `corpusFile`
 * also writes the corpus there (to read it, or to compile it by hand).
 * @param {{ cwd?: string, base?: string, baseSpec?: string, headSpec?: string, diff?: boolean, headTypes?: string, corpusFile?: string, signal?: AbortSignal }} options
 * @returns {Promise<CompatReport>}
 */
export async function compat({ cwd = process.cwd(), base, baseSpec, headSpec, diff = true, headTypes, corpusFile, signal }) {
  const sides = await specSides({ cwd, base, baseSpec, headSpec, paths: [SCHEMA_SOURCE, "src"] });
  try {
    const gitMode = Boolean(base);
    const diffReport = diff ? await diffSides({ ...sides, gitMode, signal }) : undefined;
    /** @type {string[]} */
    const notes = [];
    const pkgName = JSON.parse(readFileSync(join(cwd, "package.json"), "utf8")).name;

    // The base: its committed generated types and its types entry when the ref has them, else rendered from its spec.
    const baseDir = sides.base.dir;
    const baseSchema =
      baseDir && existsSync(join(baseDir, SCHEMA_SOURCE)) ? readFileSync(join(baseDir, SCHEMA_SOURCE), "utf8") : await schemaTypes(sides.base.doc);
    const virtualSchema = join(sides.tmp, "base-schema.ts");
    const read = (/** @type {string} */ file) => (file === virtualSchema ? baseSchema : existsSync(file) ? readFileSync(file, "utf8") : undefined);
    const typeNames =
      baseDir && existsSync(join(baseDir, TYPES_SOURCE)) ? exportedTypeNames(join(baseDir, TYPES_SOURCE), read) : exportedTypeNames(virtualSchema, read);

    // The head package: the working tree's declarations; with a head spec file, its generated types swapped in.
    const headDir = join(sides.tmp, "head");
    if (headTypes) cpSync(headTypes, headDir, { recursive: true });
    else {
      const { errors } = buildPackageTypes({ dir: cwd, into: headDir });
      if (errors.length && sides.head.dir)
        notes.push(`the working tree's package has ${errors.length} type error(s) (npm run typecheck shows them); its declarations were emitted anyway`);
    }
    if (!sides.head.dir) writeFileSync(join(headDir, "dist/lib", SCHEMA_SOURCE.replace(/\.ts$/, ".d.ts")), await schemaTypes(sides.head.doc));

    // The consumer: the corpus, the base's types beside it, the head package in node_modules.
    const consumer = join(sides.tmp, "consumer");
    mkdirSync(join(consumer, "node_modules"), { recursive: true });
    symlinkSync(headDir, join(consumer, "node_modules", pkgName), "dir");
    symlinkSync(dirname(require.resolve("openapi-fetch/package.json", { paths: [cwd] })), join(consumer, "node_modules", "openapi-fetch"), "dir");
    writeFileSync(join(consumer, "package.json"), `${JSON.stringify({ name: "compat-consumer", private: true, type: "module" }, null, 2)}\n`);
    writeFileSync(join(consumer, "base-schema.ts"), baseSchema);
    const corpus = buildCorpus(sides.base.doc, { pkg: pkgName, typeNames });
    sameTypeChecks(corpus, diffReport?.changes ?? []);
    writeFileSync(join(consumer, "corpus.ts"), `${corpus.lines.join("\n")}\n`);
    if (corpusFile) writeFileSync(resolve(cwd, corpusFile), `${corpus.lines.join("\n")}\n`);
    const stable = [dirname(require.resolve("typescript")), realpathSync(join(cwd, "node_modules"))];
    const { breaks, skipped, different } = compile(corpus, consumer, stable);

    // A change of form whose base and head types the compiler finds equivalent breaks no consumer.
    const overruled = new Set(corpus.checks.filter((check) => check.kind === "same" && !different.has(check.id)).map((check) => check.what));
    if (diffReport) {
      for (const row of diffReport.changes)
        if (overruled.has(`${row.rule} at ${row.pointer}`))
          Object.assign(row, { breaking: false, overruled: "the compiler finds the base and head types equivalent" });
      diffReport.breaking = diffReport.changes.filter((row) => row.breaking).length;
      diffReport.bump = diffReport.changes.reduce(
        (/** @type {import("./diff.mjs").Bump} */ bump, row) => maxBump(bump, row.breaking ? "major" : row.impact === "major" ? "patch" : row.impact),
        "none",
      );
    }
    const bump = maxBump(diffReport?.bump ?? "none", breaks.length ? "major" : "none");
    const raised = gitMode && majorRaised(sides.base.version, sides.head.version);
    return {
      base: sides.base.label,
      head: sides.head.label,
      bump,
      breaks,
      skipped,
      counts: corpus.counts,
      ...(diffReport ? { diff: diffReport } : {}),
      majorRaised: raised,
      fail: bump === "major" && !raised,
      notes,
      ...(gitMode ? { baseVersion: sides.base.version, headVersion: sides.head.version } : {}),
    };
  } finally {
    sides.cleanup();
  }
}
