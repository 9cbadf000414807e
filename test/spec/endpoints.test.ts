// The operations the reference notes document (§1, §0.3, §4) must all be in the bundled spec.
import { describe, expect, it } from "vitest";
import { spec } from "./schema.js";

const persons = "/v1/persons/{person_id}";
const session = `${persons}/identification_sessions/{identification_session_id}`;
const identification = `${persons}/identifications/{id}`;
const expected = [
  ["post", `${persons}/identification_sessions`],
  ["get", session],
  ["get", `${session}/configuration`],
  ["post", `${session}/identifications`],
  ["get", `${session}/identifications/{id}`],
  ["post", `${session}/simulate_bank_id_until_identification_data_required`],
  ["post", `${persons}/identification_eligibility_checks`],
  ["post", `${persons}/identifications`],
  ["get", `${persons}/identifications`],
  ["get", identification],
  ["patch", `${identification}/request`],
  ["patch", `${identification}/authorize`],
  ["patch", `${identification}/simulate_outcome`],
  ["get", `${identification}/supported_documents`],
  ["get", `${identification}/supported_documents_from_fourthline`],
  ["post", "/oauth2/token"],
] as const;

describe("the bundled spec", () => {
  it.each(expected)("has %s %s", (method, path) => {
    expect(spec.paths[path]?.[method]?.operationId).toBeTypeOf("string");
  });

  it("has no operation the reference does not document", () => {
    const operations = Object.entries(spec.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((key) => key !== "parameters")
        .map((method) => `${method} ${path}`),
    );
    expect(operations.sort()).toEqual(expected.map(([method, path]) => `${method} ${path}`).sort());
  });

  it("has the three webhooks with the delivery headers and answers", () => {
    expect(Object.keys(spec.webhooks).sort()).toEqual(["IDENTIFICATION", "IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT", "IDENTIFICATION_SESSION"]);
    for (const webhook of Object.values(spec.webhooks) as Array<{ post: any }>) {
      const headers = webhook.post.parameters.map((p: { $ref: string }) => spec.components.parameters[p.$ref.split("/").pop()!].name);
      expect(headers.sort()).toEqual([
        "Solaris-Entity-Id",
        "Solaris-Webhook-Attempt",
        "Solaris-Webhook-Event-Type",
        "Solaris-Webhook-Id",
        "Solaris-Webhook-Signature",
        "Solaris-Webhook-Subscription-Id",
      ]);
      expect(Object.keys(webhook.post.responses).sort()).toEqual(["200", "410", "422"]);
    }
  });

  it("applies OAuth2 with the partners scope to every API operation, Basic auth to the token call", () => {
    expect(spec.security).toEqual([{ oauth2: ["partners"] }]);
    expect(spec.components.securitySchemes.oauth2.flows.clientCredentials.scopes).toHaveProperty("partners");
    for (const [path, item] of Object.entries(spec.paths as Record<string, Record<string, any>>)) {
      for (const [method, operation] of Object.entries(item)) {
        if (method === "parameters") continue;
        expect(operation.security, `${method} ${path}`).toEqual(path === "/oauth2/token" ? [{ basicAuth: [] }] : undefined);
      }
    }
  });
});
