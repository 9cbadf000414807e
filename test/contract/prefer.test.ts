// mockPrefer: compile-time checks of operation, status and example name (by tsc over test/), and
// at run time the header really selects that example from the Prism mock.
import { describe, expect, expectTypeOf, it } from "vitest";
import { createKycClient, mockPrefer } from "../../src/index.js";
import { replays } from "../../scripts/lib/contract/replays.mjs";
import { doc, prismUrl, TEST_TOKEN } from "./helpers.js";

describe("mockPrefer", () => {
  it("builds the Prefer header", () => {
    expect(mockPrefer("createIdentificationSession", 201, "bank_id")).toEqual({ Prefer: "code=201, example=bank_id" });
    expect(mockPrefer("createIdentificationSession", "409", "record_not_unique")).toEqual({ Prefer: "code=409, example=record_not_unique" });
    expect(mockPrefer("getIdentificationSession", "default", "unexpected_error")).toEqual({ Prefer: "code=418, example=unexpected_error" });
  });

  it("rejects at compile time what the spec does not declare", () => {
    // @ts-expect-error unknown operation
    expect(() => mockPrefer("createSomething", 201, "bank_id")).not.toThrow();
    // @ts-expect-error status not declared for the operation
    mockPrefer("createIdentificationSession", 200, "bank_id");
    // @ts-expect-error example not declared for that status
    mockPrefer("createIdentificationSession", 201, "nope");
    // @ts-expect-error example of another status
    mockPrefer("createIdentificationSession", 201, "invalid_model");
    expectTypeOf(mockPrefer("createIdentificationSession", 201, "idnow")).toEqualTypeOf<{ Prefer: string }>();
  });

  it("rejects a status that is no HTTP status at run time", () => {
    expect(() => mockPrefer("createIdentificationSession", "abc" as never, "idnow" as never)).toThrow(/must be a declared HTTP status/);
  });

  it("selects the named example from the Prism mock", async () => {
    const kyc = createKycClient({ baseUrl: prismUrl(), auth: { getToken: async () => TEST_TOKEN }, retry: { maxAttempts: 1 } });
    const replay = replays(doc).find((r) => r.operationId === "createIdentificationSession" && r.example === "bank_id" && r.status === "201")!;
    const { data, response } = await kyc.POST("/v1/persons/{person_id}/identification_sessions", {
      params: { path: { person_id: String(replay.request.path.person_id) } },
      body: { identification_methods: ["bank_id"] },
      headers: mockPrefer("createIdentificationSession", 201, "bank_id"),
    });
    expect(response.status).toBe(201);
    expect(data).toEqual(replay.expected);
  });
});
