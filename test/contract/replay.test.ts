// Example replay: every operation x declared status x named example of the bundled spec is sent
// through the client to the Prism mock (Prefer: code=..., example=...), and the answer must be
// the example itself, valid against the response schema, with no violation reported by Prism.
// Webhook examples are validated against their schemas. The last test checks the coverage.
import { afterAll, describe, expect, it } from "vitest";
import { createValidator } from "../support/ajv.mjs";
import { computeCoverage, formatCoverage, webhookId, writeCoverage, type ReplayResult } from "../support/coverage.mjs";
import { authFor } from "../../scripts/lib/spec/requests.mjs";
import { replays, webhookExamples } from "../../scripts/lib/contract/replays.mjs";
import { createKycClient } from "../../src/index.js";
import { doc, makeClient, prismUrl, violations } from "./helpers.js";

const validator = createValidator(doc);
const list = replays(doc);
const results: ReplayResult[] = [];
const webhookResults: Array<{ id: string; passed: boolean }> = [];

describe("example replay through the client against the Prism mock", () => {
  for (const replay of list) {
    it(replay.id, async () => {
      const result: ReplayResult = {
        id: replay.id,
        operationId: replay.operationId,
        status: replay.status,
        example: replay.example,
        bodyExample: replay.request.bodyExample,
        passed: false,
      };
      results.push(result);
      const auth = authFor(doc, replay.operation.security);
      const { client } = makeClient(prismUrl(), auth.kind);
      const form = replay.request.mediaType === "application/x-www-form-urlencoded";
      const call = client[replay.method.toUpperCase()];
      expect(call, `the client has no ${replay.method.toUpperCase()} method`).toBeTypeOf("function");
      const { data, error, response } = await call!(replay.path, {
        params: { path: replay.request.path, query: { ...replay.request.query, ...auth.query }, header: replay.request.header },
        ...(replay.request.body === undefined ? {} : { body: replay.request.body }),
        ...(form
          ? { bodySerializer: (body: Record<string, unknown>) => new URLSearchParams(Object.entries(body).map(([k, v]) => [k, String(v)])).toString() }
          : {}),
        headers: {
          ...auth.headers,
          ...(form ? { "Content-Type": replay.request.mediaType } : {}),
          Prefer: replay.example ? `code=${replay.preferCode}, example=${replay.example}` : `code=${replay.preferCode}`,
        },
        parseAs: replay.mediaType?.startsWith("text/") ? "text" : "json",
      });

      expect(violations(response), "Prism reported violations (sl-violations)").toEqual([]);
      expect(response.status, `status of ${replay.id}`).toBe(replay.preferCode);
      const body = response.ok ? data : error;
      if (replay.mediaType === null) {
        expect(body ?? undefined, "a response without content has an empty body").toBeUndefined();
      } else {
        expect(response.headers.get("content-type") ?? "").toContain(replay.mediaType);
        expect(body).toEqual(replay.expected);
        if (replay.schemaPointer) {
          const { valid, errors } = validator.validate(replay.schemaPointer, body);
          expect(errors, `body against ${replay.schemaPointer}`).toEqual([]);
          expect(valid).toBe(true);
        }
      }
      result.passed = true;
    });
  }
});

describe("createKycClient's client-credentials flow against the mock", () => {
  it("gets its token from the spec's Basic-auth operation and sends it as a bearer token", async () => {
    const tokenReplay = list.find((r) => authFor(doc, r.operation.security).kind === "basic" && r.status === "200");
    const apiReplay = list.find((r) => r.method === "get" && authFor(doc, r.operation.security).kind === "bearer" && r.status.startsWith("2"));
    expect(tokenReplay, "an operation with HTTP Basic auth answering 200 (the token endpoint)").toBeDefined();
    expect(apiReplay).toBeDefined();
    const seen: Request[] = [];
    const kyc = createKycClient({
      baseUrl: prismUrl(),
      auth: { clientId: "contract-client-id", clientSecret: "contract-client-secret", tokenUrl: `${prismUrl()}${tokenReplay!.path}` },
      retry: { maxAttempts: 1 },
      fetch: (request, init) => {
        seen.push(request.clone());
        return fetch(request, init);
      },
    });
    const call = (kyc as unknown as Record<string, (p: string, i: object) => Promise<{ response: Response }>>).GET!;
    const { response } = await call(apiReplay!.path, { params: { path: apiReplay!.request.path, query: apiReplay!.request.query } });
    expect(violations(response)).toEqual([]);
    expect(response.status).toBe(200);
    expect(seen.map((r) => new URL(r.url).pathname)).toEqual([tokenReplay!.path, expect.stringMatching(/^\/v1\//)]);
    // The token request passed Prism's checks (Basic auth, form body), so the example's token came back.
    const issued = (tokenReplay!.expected as { access_token: string }).access_token;
    expect(seen[1]!.headers.get("authorization")).toBe(`Bearer ${issued}`);
  });
});

describe("webhook examples against their schemas", () => {
  const hooks = webhookExamples(doc);
  for (const hook of hooks) {
    const id = webhookId(hook);
    it(id, () => {
      const { valid, errors } = validator.validate(hook.schemaPointer, hook.value);
      expect(errors, `${id} against ${hook.schemaPointer}`).toEqual([]);
      webhookResults.push({ id, passed: valid });
    });
  }
});

describe("coverage", () => {
  it("replays every declared status and every example of the spec", () => {
    const coverage = computeCoverage(doc, results, webhookResults);
    writeCoverage(coverage);
    console.log(`\n${formatCoverage(coverage)}\n(test-results/contract-coverage.json)`);
    expect(coverage.failures).toEqual([]);
    expect(coverage.totals.replayed).toBeGreaterThan(0);
  });
});

afterAll(() => {
  // Written again here so that a run stopped early (bail, filter) still leaves an honest report.
  if (results.length > 0) writeCoverage(computeCoverage(doc, results, webhookResults));
});
