// The seed (a page of Solaris' API reference) must be wholly in the spec: every operation,
// every field of its examples, and each example valid against its schema.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { spec, validate } from "./schema.js";

// A copy of ../shared/seeds/000_8f0357d35d1d4295.txt, the page the project started from.
const seed = readFileSync(new URL("./fixtures/seed-identification-sessions.txt", import.meta.url), "utf8");

const seedPaths = [...seed.matchAll(/_mock\/api-reference\/identity\/identifications\/(v1\/\S+)/g)].map((m) => `/${m[1]}`);
const seedJson = seed
  .split("\n")
  .filter((line) => line.startsWith("{"))
  // The reference collapses the documents array as `{ … }`.
  .map((line) => JSON.parse(line.replaceAll("{ … }", "{}")) as Record<string, unknown>);

const schemaFor = (example: Record<string, unknown>): string => {
  if ("identification_methods" in example && "status" in example) return "IdentificationSession";
  if ("identification_methods" in example) return "CreateIdentificationSessionRequest";
  if ("terms_and_conditions_pre_accepted" in example) return "IdentificationSessionConfiguration";
  if ("device_data" in example) return "CreateSessionIdentificationRequest";
  return "Identification";
};

describe("the seed", () => {
  it("names the six session paths, and each is in the spec", () => {
    expect(new Set(seedPaths).size).toBe(6);
    for (const path of seedPaths) expect(Object.keys(spec.paths), path).toContain(path);
  });

  it("holds the examples this test expects", () => {
    expect(seedJson.map(schemaFor)).toEqual([
      "CreateIdentificationSessionRequest",
      "IdentificationSession",
      "IdentificationSession",
      "IdentificationSessionConfiguration",
      "CreateSessionIdentificationRequest",
      "Identification",
      "Identification",
      "Identification",
    ]);
  });

  it.each(seedJson.map((example) => [schemaFor(example), example] as const))(
    "example for %s validates, and each of its fields is a property of the schema",
    (name, example) => {
      expect(validate(`/components/schemas/${name}`, example)).toEqual([]);
      const properties = Object.keys(spec.components.schemas[name].properties);
      for (const field of Object.keys(example)) expect(properties, `${name}.${field}`).toContain(field);
    },
  );

  it("has its request examples in the spec verbatim", () => {
    const examples = spec.components.examples;
    expect(examples.CreateSessionIdnowRequest.value).toEqual(seedJson[0]);
    expect(examples.SessionIdnowCreated.value).toEqual(seedJson[1]);
    expect(examples.SessionConfigurationFourthline.value).toEqual(seedJson[3]);
    expect(examples.CreateSessionIdentificationIdnowRequest.value).toEqual(seedJson[4]);
    const { documents: _collapsed, ...identification } = seedJson[5]!;
    expect(examples.IdentificationIdnowSeed.value).toMatchObject(identification);
  });
});
