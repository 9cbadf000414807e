// The upstream that breaks the contract on purpose, for verify's negative example-replay test
// (node:http on 127.0.0.1): every operation answers its first success example and declared headers,
// except where a deliberate break is planned for that operation. The conforming and stateful
// upstream of the tests is the sandbox (serveKycSandbox).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { escapePointer, operations, resolveRef, type Doc, type Operation } from "../../scripts/lib/spec/oas.mjs";
import { matchOperation } from "../../scripts/lib/spec/requests.mjs";

export type BreakKind = "missing required field" | "wrong enum value" | "extra field" | "wrong status" | "HTML body";
export interface PlannedBreak {
  kind: BreakKind;
  operation: Operation;
  status: number;
  field?: string;
  /** Whether the contract closes the object, i.e. whether an extra field must be reported. */
  closed?: boolean;
}

interface Success {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  schema: Record<string, any> | undefined;
}

function success(doc: Doc, operation: Operation): Success | undefined {
  const status = Object.keys(operation.op.responses)
    .filter((s) => /^2\d\d$/.test(s))
    .sort()[0];
  if (!status) return undefined;
  const { node: response, pointer } = resolveRef(doc, operation.op.responses[status], `${operation.pointer}/responses/${status}`);
  const headers: Record<string, string> = {};
  for (const [name, raw] of Object.entries<Record<string, unknown>>(response.headers ?? {})) {
    const { node } = resolveRef(doc, raw, `${pointer}/headers/${escapePointer(name)}`);
    if ("example" in node) headers[name] = String(node.example);
  }
  const [mediaType, media] = Object.entries<Record<string, any>>(response.content ?? {})[0] ?? [];
  if (!mediaType || !media) return { status: Number(status), body: undefined, headers, schema: undefined };
  const [name, raw] = Object.entries(media.examples ?? {})[0] ?? [];
  const example = raw ? resolveRef(doc, raw, `${pointer}/content/${escapePointer(mediaType)}/examples/${escapePointer(String(name))}`).node.value : undefined;
  headers["content-type"] = mediaType;
  return { status: Number(status), body: example, headers, schema: media.schema ? resolveRef(doc, media.schema, `${pointer}/schema`).node : undefined };
}

/** The object a break works on: the body itself, or the first item of an array body. */
function target(doc: Doc, s: Success): { value: Record<string, unknown>; schema: Record<string, any> } | undefined {
  let value = s.body;
  let schema = s.schema;
  if (Array.isArray(value) && schema?.items) {
    value = value[0];
    schema = resolveRef(doc, schema.items, "#items").node;
  }
  if (!value || typeof value !== "object" || Array.isArray(value) || !schema) return undefined;
  return { value: value as Record<string, unknown>, schema };
}

/** One break per kind, each on a different GET operation, chosen from the spec. */
export function planBreaks(doc: Doc): PlannedBreak[] {
  const candidates = operations(doc).filter((o) => o.method === "get" && target(doc, success(doc, o)!) !== undefined);
  const used = new Set<string>();
  const pick = (test: (o: Operation) => Omit<PlannedBreak, "operation"> | undefined): PlannedBreak | undefined => {
    for (const o of candidates) {
      if (used.has(o.operationId)) continue;
      const found = test(o);
      if (found) {
        used.add(o.operationId);
        return { ...found, operation: o };
      }
    }
    return undefined;
  };
  const plans = [
    pick((o) => {
      const t = target(doc, success(doc, o)!)!;
      const field = (t.schema.required ?? []).find((f: string) => f in t.value);
      return field ? { kind: "missing required field", status: success(doc, o)!.status, field } : undefined;
    }),
    pick((o) => {
      const t = target(doc, success(doc, o)!)!;
      const field = Object.entries<Record<string, unknown>>(t.schema.properties ?? {}).find(
        ([name, raw]) => name in t.value && Array.isArray(resolveRef(doc, raw, "#p").node.enum),
      )?.[0];
      return field ? { kind: "wrong enum value", status: success(doc, o)!.status, field } : undefined;
    }),
    pick((o) => {
      const t = target(doc, success(doc, o)!)!;
      return {
        kind: "extra field",
        status: success(doc, o)!.status,
        field: "unexpected_extra_field",
        closed: t.schema.additionalProperties === false || t.schema.unevaluatedProperties === false,
      };
    }),
    pick((o) => (o.op.responses["201"] ? undefined : { kind: "wrong status", status: 201 })),
    pick((o) => ({ kind: "HTML body", status: success(doc, o)!.status })),
  ];
  return plans.filter((p): p is PlannedBreak => p !== undefined);
}

function route(doc: Doc, method: string, pathname: string): Operation | undefined {
  return matchOperation(operations(doc), method, pathname)?.operation;
}

export async function startUpstream(doc: Doc, breaks: PlannedBreak[] = []) {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    const { pathname } = new URL(req.url ?? "/", "http://upstream");
    const operation = route(doc, req.method ?? "GET", pathname);
    requests.push(`${req.method} ${pathname}`);
    if (!operation) return void res.writeHead(404, { "content-type": "application/json" }).end('{"errors":[]}');
    const answer = success(doc, operation)!;
    const planned = breaks.find((b) => b.operation.operationId === operation.operationId);
    const body = structuredClone(answer.body);
    const headers = { ...answer.headers };
    let status = answer.status;
    if (planned) {
      const t = target(doc, { ...answer, body });
      if (planned.kind === "missing required field") delete t!.value[planned.field!];
      if (planned.kind === "wrong enum value") t!.value[planned.field!] = "NOT_AN_ALLOWED_VALUE";
      if (planned.kind === "extra field") t!.value[planned.field!] = "surprise";
      if (planned.kind === "wrong status") status = planned.status;
      if (planned.kind === "HTML body") {
        headers["content-type"] = "text/html; charset=utf-8";
        return void res.writeHead(status, headers).end("<!doctype html><html><body><h1>Maintenance</h1></body></html>");
      }
    }
    if (body === undefined) return void res.writeHead(status, headers).end();
    res.writeHead(status, headers).end(typeof body === "string" ? body : JSON.stringify(body));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
