import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { examples } from "../../generated/examples.js";
import { REDACTED, piiFields, redact } from "../../src/index.js";
import { IDENT, PERSON, envelope, fakeFetch, getIdentification, json, makeClient } from "./helpers.js";

const spec = JSON.parse(readFileSync(new URL("../../dist/openapi.json", import.meta.url), "utf8"));

/** Every property name with `x-pii: true` directly on its schema, found independently of the generator. */
function markedInSpec(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => markedInSpec(item, found));
  else if (node && typeof node === "object") {
    const properties = (node as { properties?: Record<string, { "x-pii"?: boolean }> }).properties;
    for (const [name, schema] of Object.entries(properties ?? {})) if (schema?.["x-pii"] === true) found.add(name);
    Object.values(node).forEach((value) => markedInSpec(value, found));
  }
  return found;
}

/** Every `key: value` pair anywhere in a JSON value. */
function pairs(value: unknown, out: [string, unknown][] = []): [string, unknown][] {
  if (Array.isArray(value)) value.forEach((item) => pairs(item, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) out.push([k, v], ...pairs(v));
  return out;
}

describe("the PII list comes from the spec", () => {
  it("holds every property marked x-pii in the bundled spec", () => {
    const marked = [...markedInSpec(spec)].sort();
    expect(marked.length).toBeGreaterThan(0);
    expect(piiFields).toEqual(expect.arrayContaining(marked));
  });
});

describe("redaction", () => {
  it("replaces every x-pii field, at any depth, and keeps the rest", () => {
    const value = { id: "x", iban: "DE89370400440532013000", nested: [{ address: { line_1: "Street 1" }, status: "ok" }], city: null };
    expect(redact(value)).toEqual({ id: "x", iban: REDACTED, nested: [{ address: REDACTED, status: "ok" }], city: null });
    expect(value.iban).toBe("DE89370400440532013000"); // a copy, not a mutation
  });

  it("the logger sees response bodies with every x-pii value of every spec example redacted", async () => {
    // All response examples of the GET operations that carry personal data.
    const bodies = Object.values(examples)
      .flatMap((op) => ("responses" in op ? Object.values(op.responses as Record<string, Record<string, { value: unknown }>>) : []))
      .flatMap((byName) => Object.values(byName).map((e) => e.value))
      .filter((value) => pairs(value).some(([k, v]) => (piiFields as readonly string[]).includes(k) && v !== null));
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) {
      const api = fakeFetch(() => json(body));
      const { kyc, logs } = makeClient(api.fetch);
      await getIdentification(kyc);
      const entry = logs.find((l) => l.event === "response");
      expect(entry).toMatchObject({ level: "info", method: "GET", status: 200, path: `/v1/persons/${PERSON}/identifications/${IDENT}` });
      for (const [key, value] of pairs(entry!.body)) {
        if ((piiFields as readonly string[]).includes(key) && value !== null) expect(value).toBe(REDACTED);
      }
      const piiValues = pairs(body)
        .filter(([k, v]) => (piiFields as readonly string[]).includes(k) && typeof v === "string")
        .map(([, v]) => v as string);
      for (const secret of piiValues) expect(JSON.stringify(logs)).not.toContain(JSON.stringify(secret));
    }
  });

  it("logs retries and error answers with their level", async () => {
    const api = fakeFetch((_, i) => (i === 0 ? json(envelope(503), 503) : json(envelope(404, "model_not_found"), 404)));
    const { kyc, logs } = makeClient(api.fetch);
    await getIdentification(kyc);
    expect(logs.map((l) => [l.level, l.event, l.status])).toEqual([
      ["info", "token", 200],
      ["warn", "retry", 503],
      ["warn", "response", 404],
    ]);
  });

  it("a throwing logger does not break the request", async () => {
    const api = fakeFetch(() => json(envelope(404), 404));
    const { kyc } = makeClient(api.fetch, {
      logger: () => {
        throw new Error("logger down");
      },
    });
    expect((await getIdentification(kyc)).response.status).toBe(404);
  });
});
