// The generated validators (solaris-kyc/validators) against the spec itself: every example of every
// operation and webhook validates; every invalid request derived from the schemas is reported at
// the field it breaks. Nothing here lists operations by hand.
import { beforeAll, describe, expect, it } from "vitest";
import { bundleOrThrow } from "../../scripts/lib/spec/bundle.mjs";
import { resolveRef } from "../../scripts/lib/spec/oas.mjs";
import { queryString } from "../../scripts/lib/spec/requests.mjs";
import { replays, webhookExamples } from "../../scripts/lib/contract/replays.mjs";
import { negativeCases } from "../support/negative.mjs";
import { webhookEventTypes } from "../../generated/webhooks.js";
import { findOperationId, validateRequest, validateResponse, validateWebhook, type OperationId, type WebhookEventType } from "../../src/validators.js";

const { doc } = await bundleOrThrow();
const allReplays: any[] = replays(doc);
const eventTypeOf = Object.fromEntries(Object.entries(webhookEventTypes).map(([type, key]) => [key, type as WebhookEventType]));

/** The request as a server reads it from the wire: path and query values are strings. */
function asStrings(replay: any) {
  const url = new URL(`https://api.example.test${replay.path}${queryString(replay.operation.parameters, replay.request.query)}`);
  const query: Record<string, string> = {};
  url.searchParams.forEach((value, key) => (query[key] = value));
  const path = Object.fromEntries(Object.entries(replay.request.path).map(([k, v]) => [k, String(v)]));
  return { path, query, header: replay.request.header, body: replay.request.body };
}

describe("every example of the spec validates", () => {
  beforeAll(() => {
    expect(allReplays.length).toBeGreaterThan(0);
  });

  for (const replay of allReplays) {
    it(`request of ${replay.id}`, () => {
      const { path, query, header, body } = replay.request;
      expect(validateRequest(replay.operationId, { path, query, header, body })).toEqual([]);
      expect(validateRequest(replay.operationId, asStrings(replay))).toEqual([]);
    });
    if (replay.example !== null) {
      it(`response ${replay.id}`, () => {
        const status = replay.status === "default" ? "default" : /^\d{3}$/.test(replay.status) ? Number(replay.status) : replay.preferCode;
        expect(validateResponse(replay.operationId, status, replay.expected)).toEqual([]);
      });
    }
  }

  const hooks: any[] = webhookExamples(doc);
  it("derives webhook examples", () => expect(hooks.filter((h) => h.part === "payload").length).toBeGreaterThan(0));
  for (const hook of hooks.filter((h) => h.part === "payload")) {
    it(`webhook ${hook.webhook} ${hook.example}`, () => {
      expect(validateWebhook(eventTypeOf[hook.webhook]!, hook.value)).toEqual([]);
      // The whole delivery, its header examples included, as a request to the webhook's operation.
      const header = Object.fromEntries(hooks.filter((h) => h.webhook === hook.webhook && h.part.startsWith("header ")).map((h) => [h.part.slice(7), h.value]));
      expect(validateRequest(hook.operationId, { header, body: hook.value })).toEqual([]);
    });
  }
  for (const hook of hooks.filter((h) => h.part.startsWith("answer "))) {
    it(`webhook ${hook.webhook} answer ${hook.status} ${hook.example}`, () => {
      expect(validateResponse(hook.operationId, Number(hook.status), hook.value)).toEqual([]);
    });
  }
});

/** The pointer a problem must carry for a negative case's field: `a[0]` → /a/0, `page[size]` stays (URL form). */
function expectedPointer(c: { location: string; field: string }) {
  if (c.location === "body") return c.field === "(root)" ? "/body" : `/body/${c.field.replace(/\[(\d+)\]/g, "/$1")}`;
  return `/${c.location}/${c.field}`;
}

describe("an invalid request is reported at the field it breaks", () => {
  const cases: any[] = negativeCases(doc);
  it("derives the four kinds the brief names", () => {
    const kinds = new Set(cases.map((c) => c.kind));
    for (const kind of ["wrong enum value", "missing required field", "wrong type", "ID breaking its pattern"]) expect(kinds).toContain(kind);
  });
  for (const c of cases) {
    it(c.id, () => {
      const problems = validateRequest(c.operationId, c.request);
      expect(problems.map((p) => p.pointer)).toContain(expectedPointer(c));
      if (c.kind === "wrong enum value") expect(problems.find((p) => p.pointer === expectedPointer(c))?.message).toMatch(/^must be one of: \w/);
      if (c.kind.startsWith("missing required"))
        expect(problems.find((p) => p.pointer === expectedPointer(c))?.message).toBe(`must have required property '${c.field}'`);
    });
  }

  it("names a header as the spec spells it, whatever the case it arrives in", () => {
    const hook = webhookExamples(doc).find((h: any) => h.part === "header Solaris-Webhook-Attempt");
    expect(hook, "a webhook declares Solaris-Webhook-Attempt").toBeDefined();
    const problems = validateRequest(hook!.operationId as OperationId, { header: { "SOLARIS-WEBHOOK-ATTEMPT": "not a number" } });
    expect(problems).toContainEqual({ pointer: "/header/Solaris-Webhook-Attempt", message: "must be integer" });
    expect(problems).toContainEqual({ pointer: "/header/Solaris-Webhook-Signature", message: "must have required property 'Solaris-Webhook-Signature'" });
  });

  it("coerces URL strings: a numeric string passes where an integer is expected, a word does not", () => {
    const op = allReplays.find((r) => r.operation.parameters.some((p: any) => p.in === "query" && p.style === "deepObject"));
    expect(op, "an operation with a deepObject query parameter").toBeDefined();
    const param = op.operation.parameters.find((p: any) => p.style === "deepObject");
    const [key, inner] = Object.entries(param.schema.properties as Record<string, any>).find(([, s]) => s.type === "integer")!;
    const path = asStrings(op).path;
    expect(validateRequest(op.operationId, { path, query: { [`${param.name}[${key}]`]: String(inner.minimum ?? 1) } })).toEqual([]);
    expect(validateRequest(op.operationId, { path, query: { [`${param.name}[${key}]`]: "many" } })).toEqual([
      { pointer: `/query/${param.name}[${key}]`, message: "must be integer" },
    ]);
  });

  it("does not change the caller's objects while coercing", () => {
    const replay = allReplays.find((r) => Object.keys(r.request.path).length > 0);
    const path = { ...asStrings(replay).path };
    const before = structuredClone(path);
    validateRequest(replay.operationId, { path });
    expect(path).toEqual(before);
  });
});

describe("a response that drifts from its schema is reported", () => {
  const withRequired = allReplays.filter((r) => {
    if (!r.schemaPointer || !r.expected || typeof r.expected !== "object" || Array.isArray(r.expected)) return false;
    const { node } = resolveRef(doc, { $ref: `#${r.schemaPointer}` }, r.schemaPointer);
    return Array.isArray(node.required) && node.required.length > 0;
  });
  it("finds responses with required fields", () => expect(withRequired.length).toBeGreaterThan(0));
  for (const replay of withRequired) {
    it(`${replay.id} without its first required field`, () => {
      const { node } = resolveRef(doc, { $ref: `#${replay.schemaPointer}` }, replay.schemaPointer);
      const field = node.required[0];
      const body = { ...replay.expected };
      delete body[field];
      const status = /^\d{3}$/.test(replay.status) ? Number(replay.status) : replay.status === "default" ? "default" : replay.preferCode;
      expect(validateResponse(replay.operationId, status, body)).toContainEqual({ pointer: `/${field}`, message: `must have required property '${field}'` });
    });
  }

  it("checks an undeclared status against `default`, and says so when there is none", () => {
    const withDefault = allReplays.find((r) => r.status === "default" && r.example !== null);
    expect(withDefault).toBeDefined();
    expect(validateResponse(withDefault.operationId, withDefault.preferCode, withDefault.expected)).toEqual([]);
    expect(validateResponse(withDefault.operationId, withDefault.preferCode, [])).not.toEqual([]);
    const noDefault = allReplays.find((r) => !Object.hasOwn(r.operation.op.responses, "default"));
    expect(noDefault, "an operation without a default response").toBeDefined();
    const problems = validateResponse(noDefault.operationId, 599, {});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ pointer: "" });
    expect(problems[0]!.message).toMatch(/^status 599 is not declared by \w+ \(declared: /);
  });
});

describe("bad input", () => {
  it("an unknown operationId throws, listing the valid ones", () => {
    const first = allReplays[0].operationId;
    expect(() => validateRequest("notAnOperation" as OperationId, {})).toThrow(
      new RegExp(`unknown operationId "notAnOperation"; the spec defines: .*${first}`),
    );
    expect(() => validateResponse("notAnOperation" as OperationId, 200, {})).toThrow(/unknown operationId/);
  });
  it("an unknown event type throws, listing the valid ones", () => {
    expect(() => validateWebhook("NOPE" as WebhookEventType, {})).toThrow(
      new RegExp(`unknown event type "NOPE"; the spec defines: .*${Object.keys(webhookEventTypes)[0]}`),
    );
  });
  it("a webhook payload that is not an object is one problem at the root", () => {
    const [type] = Object.keys(webhookEventTypes) as WebhookEventType[];
    expect(validateWebhook(type!, "text")).toEqual([{ pointer: "", message: "must be object" }]);
  });
  it("finds the operationId of a method and path template", () => {
    for (const replay of allReplays) expect(findOperationId(replay.method, replay.path)).toBe(replay.operationId);
    expect(findOperationId("GET", "/nowhere")).toBeUndefined();
  });
});
