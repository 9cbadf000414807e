import fs from "node:fs";
import type { Ruleset } from "@stoplight/spectral-core";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { HOUSE_RULESET, lint, loadFixture, loadRuleset, mutate, withEdits, type Change, type Edit, type JsonPath } from "./helpers.js";

const PATH_ITEM = ["paths", "/persons/{person_id}/identification_sessions"];
const LIST = [...PATH_ITEM, "get"];
const CREATE = [...PATH_ITEM, "post"];
const WEBHOOK = ["webhooks", "identification_session_status_changed", "post"];
const SCHEMAS = ["components", "schemas"];
const ERROR_ITEM = [...SCHEMAS, "Error", "properties", "errors", "items"];
const JSON_BODY = ["requestBody", "content", "application/json"];
const created = (...rest: JsonPath) => [...CREATE, "responses", "201", "content", "application/json", ...rest];

interface Case {
  rule: string;
  name: string;
  path: JsonPath;
  change: Change;
  /** Where the diagnostic must point; defaults to `path` (or the renamed key). */
  at?: JsonPath;
  /** Text that must appear in the message: the fix hint. */
  hint: string;
}

const cases: Case[] = [
  // kyc-snake-case-properties
  {
    rule: "kyc-snake-case-properties",
    name: "camelCase property",
    path: [...SCHEMAS, "IdentificationSession", "properties", "created_at"],
    change: { rename: "createdAt" },
    hint: "rename it to lowercase words joined by underscores",
  },
  {
    rule: "kyc-snake-case-properties",
    name: "capitalized property nested in array items",
    path: [...ERROR_ITEM, "properties", "title"],
    change: { rename: "Title" },
    hint: "rename it to lowercase words joined by underscores",
  },
  // kyc-snake-case-parameters
  {
    rule: "kyc-snake-case-parameters",
    name: "camelCase query parameter",
    path: [...LIST, "parameters", 0, "name"],
    change: { set: "pageSize" },
    hint: "rename it to lowercase words joined by underscores",
  },
  {
    rule: "kyc-snake-case-parameters",
    name: "camelCase path parameter in components",
    path: ["components", "parameters", "PersonId", "name"],
    change: { set: "personId" },
    hint: "rename it to lowercase words joined by underscores",
  },
  // kyc-id-pattern
  {
    rule: "kyc-id-pattern",
    name: "known ID name with another type's pattern (nullable type)",
    path: [...SCHEMAS, "IdentificationSession", "properties", "document_id", "pattern"],
    change: { set: "^[0-9a-f]{32}cper$" },
    hint: "give it the Solaris ID pattern",
  },
  {
    rule: "kyc-id-pattern",
    name: "known ID name $ref'ing another ID schema",
    path: [...SCHEMAS, "IdentificationSession", "properties", "person_id", "$ref"],
    change: { set: "#/components/schemas/IdentificationSessionId" },
    at: [...SCHEMAS, "IdentificationSession", "properties", "person_id"],
    hint: "give it the Solaris ID pattern",
  },
  {
    rule: "kyc-id-pattern",
    name: "`id` whose pattern is not hex + suffix",
    path: [...SCHEMAS, "IdentificationSession", "properties", "id", "pattern"],
    change: { set: "^[0-9A-F]{32}$" },
    hint: "give it the Solaris ID pattern",
  },
  {
    rule: "kyc-id-pattern",
    name: "`id` without pattern once x-opaque-id is removed",
    path: [...ERROR_ITEM, "properties", "id", "x-opaque-id"],
    change: { delete: true },
    at: [...ERROR_ITEM, "properties", "id"],
    hint: "set `x-opaque-id: true`",
  },
  {
    rule: "kyc-id-pattern",
    name: "ID parameter whose schema has no pattern",
    path: ["components", "parameters", "PersonId", "schema"],
    change: { set: { type: "string", maxLength: 36 } },
    hint: "give it the Solaris ID pattern",
  },
  // kyc-operation-id-verb-noun
  {
    rule: "kyc-operation-id-verb-noun",
    name: "unknown verb",
    path: [...CREATE, "operationId"],
    change: { set: "makeIdentificationSession" },
    hint: "set `operationId` to <verb><Noun> in camelCase",
  },
  {
    rule: "kyc-operation-id-verb-noun",
    name: "snake_case operationId",
    path: [...LIST, "operationId"],
    change: { set: "list_identification_sessions" },
    hint: "set `operationId` to <verb><Noun> in camelCase",
  },
  {
    rule: "kyc-operation-id-verb-noun",
    name: "missing on a webhook",
    path: [...WEBHOOK, "operationId"],
    change: { delete: true },
    at: WEBHOOK,
    hint: "set `operationId` to <verb><Noun> in camelCase",
  },
  // kyc-summary-sentence-case
  {
    rule: "kyc-summary-sentence-case",
    name: "Title Case",
    path: [...CREATE, "summary"],
    change: { set: "Create an Identification Session" },
    hint: "write an imperative sentence-case summary",
  },
  {
    rule: "kyc-summary-sentence-case",
    name: "trailing period",
    path: [...CREATE, "summary"],
    change: { set: "Create an identification session." },
    hint: "no trailing period",
  },
  {
    rule: "kyc-summary-sentence-case",
    name: "third person instead of imperative",
    path: [...CREATE, "summary"],
    change: { set: "Creates an identification session" },
    hint: "write an imperative sentence-case summary",
  },
  {
    rule: "kyc-summary-sentence-case",
    name: "lowercase start",
    path: [...LIST, "summary"],
    change: { set: "list identification sessions" },
    hint: "write an imperative sentence-case summary",
  },
  {
    rule: "kyc-summary-sentence-case",
    name: "missing on a webhook",
    path: [...WEBHOOK, "summary"],
    change: { delete: true },
    at: WEBHOOK,
    hint: "write an imperative sentence-case summary",
  },
  // kyc-operation-description
  {
    rule: "kyc-operation-description",
    name: "fragment instead of a sentence",
    path: [...CREATE, "description"],
    change: { set: "Starts a session" },
    hint: "20+ characters, ending with a period",
  },
  {
    rule: "kyc-operation-description",
    name: "missing on a webhook",
    path: [...WEBHOOK, "description"],
    change: { delete: true },
    at: WEBHOOK,
    hint: "add a `description` of at least one full sentence",
  },
  // kyc-operation-tag
  {
    rule: "kyc-operation-tag",
    name: "two tags",
    path: [...CREATE, "tags"],
    change: { set: ["Identification sessions", "Webhooks"] },
    hint: "give the operation exactly one tag",
  },
  {
    rule: "kyc-operation-tag",
    name: "undeclared tag",
    path: [...LIST, "tags", 0],
    change: { set: "Persons" },
    hint: "declare it (with a description) in the root `tags`",
  },
  {
    rule: "kyc-operation-tag",
    name: "no tags on a webhook",
    path: [...WEBHOOK, "tags"],
    change: { delete: true },
    at: WEBHOOK,
    hint: "give the operation exactly one tag",
  },
  // kyc-operation-security
  {
    rule: "kyc-operation-security",
    name: "security: []",
    path: [...CREATE, "security"],
    change: { set: [] },
    hint: "list at least one security requirement",
  },
  {
    rule: "kyc-operation-security",
    name: "anonymous alternative {}",
    path: [...LIST, "security"],
    change: { set: [{ oauth2: [] }, {}] },
    at: [...LIST, "security", 1],
    hint: "list at least one security requirement",
  },
  // kyc-shared-error-responses
  {
    rule: "kyc-shared-error-responses",
    name: "missing 404",
    path: [...CREATE, "responses", "404"],
    change: { delete: true },
    at: [...CREATE, "responses"],
    hint: "$ref: ../components/responses/<Name>.yaml",
  },
  {
    rule: "kyc-shared-error-responses",
    name: "inline 500",
    path: [...LIST, "responses", "500"],
    change: { set: { description: "Something went wrong." } },
    hint: "$ref: ../components/responses/<Name>.yaml",
  },
  {
    rule: "kyc-shared-error-responses",
    name: "default refs outside components/responses",
    path: [...LIST, "responses", "default", "$ref"],
    change: { set: "#/components/schemas/Error" },
    at: [...LIST, "responses", "default"],
    hint: "$ref: ../components/responses/<Name>.yaml",
  },
  // kyc-named-examples
  {
    rule: "kyc-named-examples",
    name: "response without examples",
    path: created("examples"),
    change: { delete: true },
    at: created(),
    hint: "use `examples: { <name>: { summary: ..., value: ... } }`",
  },
  {
    rule: "kyc-named-examples",
    name: "lone `example` in a request body",
    path: [...CREATE, ...JSON_BODY],
    change: {
      set: {
        schema: { $ref: "#/components/schemas/IdentificationSessionCreate" },
        example: { method: "idnow" },
      },
    },
    hint: "use `examples: { <name>: { summary: ..., value: ... } }`",
  },
  {
    rule: "kyc-named-examples",
    name: "webhook example without summary",
    path: [...WEBHOOK, ...JSON_BODY, "examples", "completed", "summary"],
    change: { delete: true },
    at: [...WEBHOOK, ...JSON_BODY, "examples", "completed"],
    hint: "`$ref` a components/examples entry that has a `summary`",
  },
  {
    rule: "kyc-named-examples",
    name: "$ref'd example component without summary",
    path: ["components", "examples", "SessionList", "summary"],
    change: { delete: true },
    at: [...LIST, "responses", "200", "content", "application/json", "examples", "one_session"],
    hint: "`$ref` a components/examples entry that has a `summary`",
  },
  // kyc-pii-marked
  {
    rule: "kyc-pii-marked",
    name: "unmarked address line",
    path: [...SCHEMAS, "Address", "properties", "line_1", "x-pii"],
    change: { delete: true },
    at: [...SCHEMAS, "Address", "properties", "line_1"],
    hint: "add `x-pii: true` to the property",
  },
  {
    rule: "kyc-pii-marked",
    name: "$ref property without x-pii sibling",
    path: [...SCHEMAS, "IdentificationSessionCreate", "properties", "address", "x-pii"],
    change: { delete: true },
    at: [...SCHEMAS, "IdentificationSessionCreate", "properties", "address"],
    hint: "beside its `$ref`",
  },
  // kyc-string-bounded
  {
    rule: "kyc-string-bounded",
    name: "string property without bounds",
    path: [...SCHEMAS, "IdentificationSessionCreate", "properties", "first_name", "maxLength"],
    change: { delete: true },
    at: [...SCHEMAS, "IdentificationSessionCreate", "properties", "first_name"],
    hint: "add `maxLength`",
  },
  {
    rule: "kyc-string-bounded",
    name: "nullable string without bounds",
    path: [...ERROR_ITEM, "properties", "title"],
    change: { set: { type: ["string", "null"] } },
    hint: "add `maxLength`",
  },
  {
    rule: "kyc-string-bounded",
    name: "webhook header parameter without bounds",
    path: [...WEBHOOK, "parameters", 0, "schema", "maxLength"],
    change: { delete: true },
    at: [...WEBHOOK, "parameters", 0, "schema"],
    hint: "add `maxLength`",
  },
  // kyc-valid-default
  {
    rule: "kyc-valid-default",
    name: "query parameter default above its maximum",
    path: [...LIST, "parameters", 0, "schema", "default"],
    change: { set: 500 },
    hint: "change the `default` to a value the schema allows",
  },
  {
    rule: "kyc-valid-default",
    name: "default beside a $ref, not in the referenced enum",
    path: [...SCHEMAS, "IdentificationSession", "properties", "status", "default"],
    change: { set: "started" },
    hint: "change the `default` to a value the schema allows",
  },
  // kyc-valid-header-example
  {
    rule: "kyc-valid-header-example",
    name: "component header example of the wrong type",
    path: ["components", "headers", "Total", "example"],
    change: { set: "lots" },
    hint: "change the example to a value the header's schema allows",
  },
  {
    rule: "kyc-valid-header-example",
    name: "response header's named example below its minimum",
    path: [...LIST, "responses", "200", "headers", "per_page", "examples", "ten", "value"],
    change: { set: 0 },
    at: [...LIST, "responses", "200", "headers", "per_page", "examples", "ten"],
    hint: "change the example to a value the header's schema allows",
  },
];

const expectedPath = (c: Case): JsonPath => c.at ?? ("rename" in c.change ? [...c.path.slice(0, -1), c.change.rename] : c.path);

let ruleset: Ruleset;
let fixture: ReturnType<typeof loadFixture>;

beforeAll(async () => {
  ruleset = await loadRuleset();
  fixture = loadFixture();
});

// Spectral reports array indices sometimes as numbers, sometimes as strings.
const str = (path: JsonPath) => path.map(String);
const brief = (results: Awaited<ReturnType<typeof lint>>) => results.map((r) => ({ code: r.code, path: str(r.path), severity: r.severity }));

describe("house ruleset", () => {
  it("finds nothing in the valid fixture", async () => {
    expect(brief(await lint(ruleset, fixture))).toEqual([]);
  });

  it("has a test case, description, message and error severity for every rule", () => {
    const rules = (parse(fs.readFileSync(HOUSE_RULESET, "utf8")) as { rules: Record<string, Record<string, unknown>> }).rules;
    expect(new Set(cases.map((c) => c.rule))).toEqual(new Set(Object.keys(rules)));
    for (const [name, rule] of Object.entries(rules)) {
      expect(name).toMatch(/^kyc-/);
      expect(rule, name).toMatchObject({ description: expect.any(String), message: expect.any(String), severity: "error" });
    }
  });

  describe.each([...new Set(cases.map((c) => c.rule))])("%s", (rule) => {
    it.each(cases.filter((c) => c.rule === rule))("flags $name", async (c) => {
      const results = await lint(ruleset, mutate(fixture, c.path, c.change));
      expect(brief(results)).toEqual([{ code: c.rule, path: str(expectedPath(c)), severity: 0 }]);
      expect(results[0]?.message).toContain(c.hint);
    });
  });
});

describe("house ruleset accepts", () => {
  const accepts = (name: string, ...edits: Edit[]) =>
    it(name, async () => {
      expect(brief(await lint(ruleset, withEdits(fixture, edits)))).toEqual([]);
    });

  accepts("proper nouns, acronyms and ALL CAPS event names in summaries", [
    [...CREATE, "summary"],
    { set: "Check the IBAN of a person via Tink with OAuth2 and SEON IDs" },
  ]);
  accepts("bracket pagination parameters", [[...LIST, "parameters", 0, "name"], { set: "page[number]" }]);
  accepts("header parameters that are not snake_case (webhook signature)", [[...WEBHOOK, "parameters", 0, "name"], { set: "X-Solaris-Webhook-Signature" }]);
  accepts("webhooks without security", [[...WEBHOOK, "security"], { set: [] }]);
  accepts(
    "operations with their own security when the root has none",
    [["security"], { delete: true }],
    [[...LIST, "security"], { set: [{ oauth2: [] }] }],
    [[...CREATE, "security"], { set: [{ oauth2: [] }] }],
  );
  accepts(
    "a summary beside an example $ref",
    [["components", "examples", "SessionList", "summary"], { delete: true }],
    [
      [...LIST, "responses", "200", "content", "application/json", "examples", "one_session"],
      { set: { $ref: "#/components/examples/SessionList", summary: "One session" } },
    ],
  );
  accepts(
    "x-pii on the referenced schema",
    [[...SCHEMAS, "IdentificationSessionCreate", "properties", "address"], { set: { $ref: "#/components/schemas/Address" } }],
    [[...SCHEMAS, "Address", "x-pii"], { set: true }],
  );
  accepts("nullable ID written as anyOf with null", [
    [...SCHEMAS, "IdentificationSession", "properties", "person_id"],
    { set: { anyOf: [{ $ref: "#/components/schemas/PersonId" }, { type: "null" }] } },
  ]);
});

describe("house ruleset across rules", () => {
  it("falls back to the root security, so removing it flags every path operation", async () => {
    const results = await lint(ruleset, mutate(fixture, ["security"], { delete: true }));
    expect(brief(results)).toEqual([
      { code: "kyc-operation-security", path: str(LIST), severity: 0 },
      { code: "kyc-operation-security", path: str(CREATE), severity: 0 },
    ]);
  });
});
