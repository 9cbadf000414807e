import { describe, expect, it } from "vitest";
import { examples } from "../../generated/examples.js";
import { clockOf } from "../../src/clock.js";
import { KycApiError, createKycClient } from "../../src/index.js";
import {
  BASE_URL,
  CLIENT_SECRET,
  IDENT,
  PERSON,
  TOKEN_URL,
  envelope,
  fakeFetch,
  getIdentification,
  hang,
  json,
  makeClient,
  rejection,
  settle,
} from "./helpers.js";

const identification = Object.values(examples.getIdentification.responses["200"])[0]!.value;
const sessionRequest = Object.values(examples.createIdentificationSession.request)[0]!.value;
const session = Object.values(examples.createIdentificationSession.responses["201"])[0]!.value;

const createSession = (kyc: ReturnType<typeof makeClient>["kyc"]) =>
  kyc.POST("/v1/persons/{person_id}/identification_sessions", { params: { path: { person_id: PERSON } }, body: sessionRequest });
const requestIdentification = (kyc: ReturnType<typeof makeClient>["kyc"]) =>
  kyc.PATCH("/v1/persons/{person_id}/identifications/{id}/request", { params: { path: { person_id: PERSON, id: IDENT } }, body: {} });

describe("auth: OAuth2 client credentials", () => {
  it("fetches the token on first use with Basic auth and the form body, then sends it as Bearer", async () => {
    const api = fakeFetch(() => json(identification));
    const { kyc } = makeClient(api.fetch);
    expect(api.calls).toHaveLength(0);
    const { data, error, response } = await getIdentification(kyc);
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.id).toBe(identification.id);
    expect(api.tokenCalls).toHaveLength(1);
    const [tokenCall] = api.tokenCalls;
    expect(tokenCall!.method).toBe("POST");
    expect(tokenCall!.authorization).toBe(`Basic ${Buffer.from(`client-id:${CLIENT_SECRET}`).toString("base64")}`);
    expect(tokenCall!.contentType).toBe("application/x-www-form-urlencoded");
    expect(new URLSearchParams(tokenCall!.body).toString()).toBe("grant_type=client_credentials&scope=partners");
    expect(api.apiCalls[0]!.authorization).toBe("Bearer token-1");
    expect(api.apiCalls[0]!.url).toBe(`${BASE_URL}/v1/persons/${PERSON}/identifications/${IDENT}`);
  });

  it("caches the token until shortly before expires_in, then fetches a new one", async () => {
    const api = fakeFetch(() => json(identification));
    const { kyc, advance } = makeClient(api.fetch, {}, { start: 1_000_000 });
    await getIdentification(kyc);
    advance(3_000_000); // 50 minutes: still valid
    await getIdentification(kyc);
    expect(api.tokenCalls).toHaveLength(1);
    advance(560_000); // 3599 s token minus the one-minute margin has passed
    await getIdentification(kyc);
    expect(api.tokenCalls).toHaveLength(2);
    expect(api.apiCalls.map((c) => c.authorization)).toEqual(["Bearer token-1", "Bearer token-1", "Bearer token-2"]);
  });

  it("shares one token call between N parallel requests", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const api = fakeFetch(
      () => json(identification),
      async () => {
        await gate;
        return json({ access_token: "shared", expires_in: 3599, token_type: "bearer" });
      },
    );
    // A clock that never moves by itself: the token call waits for the gate, not for a timeout.
    const { kyc } = makeClient(api.fetch, {}, { auto: false });
    const all = Promise.all(Array.from({ length: 8 }, () => getIdentification(kyc)));
    await settle();
    expect(api.tokenCalls).toHaveLength(1); // all eight are waiting on it
    release();
    const results = await all;
    expect(results.every((r) => r.response.status === 200)).toBe(true);
    expect(api.tokenCalls).toHaveLength(1);
    expect(api.apiCalls.map((c) => c.authorization)).toEqual(Array(8).fill("Bearer shared"));
  });

  it("refreshes the token once after a 401 and resends the request (POST included)", async () => {
    const api = fakeFetch((request) =>
      request.headers.get("Authorization") === "Bearer token-1" ? json(envelope(401, "invalid_token"), 401) : json(session, 201),
    );
    const { kyc } = makeClient(api.fetch);
    const { data, error, response } = await createSession(kyc);
    expect(error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(data?.id).toBe(session.id);
    expect(api.tokenCalls).toHaveLength(2);
    expect(api.apiCalls.map((c) => c.authorization)).toEqual(["Bearer token-1", "Bearer token-2"]);
    expect(api.apiCalls[1]!.body).toBe(JSON.stringify(sessionRequest));
  });

  it("refreshes only once: a second 401 comes back as the typed error", async () => {
    const api = fakeFetch(() => json(envelope("401", "invalid_token"), 401));
    const { kyc } = makeClient(api.fetch);
    const { data, error, response } = await getIdentification(kyc);
    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    expect(error?.errors[0]?.code).toBe("invalid_token");
    expect(api.apiCalls).toHaveLength(2);
    expect(api.tokenCalls).toHaveLength(2);
  });

  it("throws code 'auth' with the status when the token call is refused, without the secret", async () => {
    const api = fakeFetch(
      () => json(identification),
      () => json({ error: "invalid_client", error_description: `bad secret ${CLIENT_SECRET}` }, 401),
    );
    const { kyc } = makeClient(api.fetch);
    const error = await rejection(getIdentification(kyc));
    expect(error).toBeInstanceOf(KycApiError);
    expect(error).toMatchObject({ code: "auth", status: 401, method: "GET", path: `/v1/persons/${PERSON}/identifications/${IDENT}` });
    expect((error as Error).message).toContain("invalid_client");
    expect((error as Error).message).not.toContain(CLIENT_SECRET);
    expect(api.apiCalls).toHaveLength(0);
  });

  it.each([
    ["an HTML page", () => new Response("<html>502 Bad Gateway</html>", { status: 200, headers: { "Content-Type": "text/html" } })],
    ["JSON without access_token", () => json({ token_type: "bearer" })],
    ["a network error", () => Promise.reject(new TypeError("fetch failed"))],
  ])("throws code 'auth' when the token endpoint answers %s", async (_, answer) => {
    const api = fakeFetch(() => json(identification), answer);
    const { kyc } = makeClient(api.fetch);
    const error = await rejection(getIdentification(kyc));
    expect(error).toMatchObject({ name: "KycApiError", code: "auth" });
    expect(api.apiCalls).toHaveLength(0);
  });

  it("accepts auth.getToken() and calls it again after a 401", async () => {
    let n = 0;
    const api = fakeFetch((request) => (request.headers.get("Authorization") === "Bearer mine-1" ? json(envelope(401), 401) : json(identification)));
    const { kyc } = makeClient(api.fetch, { auth: { getToken: async () => `mine-${++n}` } });
    const { response } = await getIdentification(kyc);
    expect(response.status).toBe(200);
    expect(api.apiCalls.map((c) => c.authorization)).toEqual(["Bearer mine-1", "Bearer mine-2"]);
    expect(api.tokenCalls).toHaveLength(0);
  });

  it("wraps a failing getToken() as code 'auth'", async () => {
    const api = fakeFetch(() => json(identification));
    const { kyc } = makeClient(api.fetch, { auth: { getToken: () => Promise.reject(new Error("vault sealed")) } });
    const error = await rejection(getIdentification(kyc));
    expect(error).toMatchObject({ code: "auth" });
    expect((error as Error).message).toContain("vault sealed");
  });

  it("rejects incomplete options with a clear TypeError", () => {
    expect(() => createKycClient({ baseUrl: "", auth: { getToken: async () => "t" } })).toThrow(/baseUrl is required/);
    expect(() => createKycClient({ baseUrl: BASE_URL, auth: { clientId: "id", clientSecret: "", tokenUrl: TOKEN_URL } })).toThrow(/clientSecret/);
    expect(() => createKycClient({ baseUrl: BASE_URL, auth: { getToken: async () => "t" }, timeoutMs: 0 })).toThrow(/timeoutMs must be a positive/);
    expect(() => createKycClient({ baseUrl: BASE_URL, auth: { getToken: async () => "t" }, retry: { maxAttempts: 0 } })).toThrow(
      /maxAttempts must be an integer >= 1/,
    );
  });
});

describe("retries", () => {
  it.each([429, 502, 503, 504])("retries a GET after %i with exponential backoff and jitter", async (status) => {
    const api = fakeFetch((_, i) => (i < 2 ? json(envelope(status), status) : json(identification)));
    const { kyc, sleeps } = makeClient(api.fetch);
    const { data, response } = await getIdentification(kyc);
    expect(response.status).toBe(200);
    expect(data?.id).toBe(identification.id);
    expect(api.apiCalls).toHaveLength(3);
    // random() = 0.5: half of 200 ms, then half of 400 ms
    expect(sleeps).toEqual([100, 200]);
  });

  it("caps the backoff at maxDelayMs", async () => {
    const api = fakeFetch((_, i) => (i < 4 ? json(envelope(503), 503) : json(identification)));
    const { kyc, sleeps } = makeClient(api.fetch, { retry: { maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 3_000 } }, { random: 0.999 });
    await getIdentification(kyc);
    expect(sleeps).toEqual([999, 1998, 2997, 2997]);
  });

  it("honours Retry-After in seconds and as an HTTP date", async () => {
    const api = fakeFetch((_, i) =>
      i === 0
        ? json(envelope(429), 429, { "Retry-After": "2" })
        : i === 1
          ? json(envelope(503), 503, { "Retry-After": "Wed, 25 Nov 2026 12:00:05 GMT" })
          : json(identification),
    );
    const { kyc, sleeps } = makeClient(api.fetch, {}, { start: Date.parse("2026-11-25T12:00:00Z") });
    const { response } = await getIdentification(kyc);
    expect(response.status).toBe(200);
    // 2 s, then until 12:00:05 on the clock, which the first wait moved to 12:00:02
    expect(sleeps).toEqual([2_000, 3_000]);
  });

  it("does not wait for a Retry-After longer than maxDelayMs: the answer comes back", async () => {
    const api = fakeFetch(() => json(envelope(429, "rate_limited"), 429, { "Retry-After": "3600" }));
    const { kyc, sleeps } = makeClient(api.fetch);
    const { error, response } = await getIdentification(kyc);
    expect(response.status).toBe(429);
    expect((error as { errors: { code: string }[] }).errors[0]!.code).toBe("rate_limited");
    expect(sleeps).toEqual([]);
    expect(api.apiCalls).toHaveLength(1);
  });

  it("stops after maxAttempts and returns the last answer", async () => {
    const api = fakeFetch(() => json(envelope(503), 503));
    const { kyc } = makeClient(api.fetch);
    const { response, error } = await getIdentification(kyc);
    expect(response.status).toBe(503);
    expect(error).toBeDefined();
    expect(api.apiCalls).toHaveLength(3);
  });

  it("retries a GET after a network error, then throws code 'network' when attempts run out", async () => {
    const flaky = fakeFetch((_, i) => (i === 0 ? Promise.reject(new TypeError("fetch failed")) : json(identification)));
    const first = makeClient(flaky.fetch);
    expect((await getIdentification(first.kyc)).response.status).toBe(200);
    expect(first.sleeps).toEqual([100]);

    const down = fakeFetch(() => Promise.reject(new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:9") })));
    const second = makeClient(down.fetch);
    const error = await rejection(getIdentification(second.kyc));
    expect(error).toMatchObject({ code: "network", method: "GET", path: `/v1/persons/${PERSON}/identifications/${IDENT}` });
    expect((error as Error).message).toContain("ECONNREFUSED");
    expect(down.apiCalls).toHaveLength(3);
  });

  it.each([
    ["POST", createSession],
    ["PATCH", requestIdentification],
  ] as const)("never retries a %s: not on 503, not on a network error", async (method, call) => {
    const unavailable = fakeFetch(() => json(envelope(503), 503));
    const a = makeClient(unavailable.fetch);
    expect((await call(a.kyc)).response.status).toBe(503);
    expect(unavailable.apiCalls).toHaveLength(1);
    expect(a.sleeps).toEqual([]);

    const broken = fakeFetch(() => Promise.reject(new TypeError("fetch failed")));
    const b = makeClient(broken.fetch);
    expect(await rejection(call(b.kyc))).toMatchObject({ code: "network", method });
    expect(broken.apiCalls).toHaveLength(1);
  });

  it("does not retry other statuses (500, 400)", async () => {
    for (const status of [500, 400]) {
      const api = fakeFetch(() => json(envelope(status), status));
      const { kyc } = makeClient(api.fetch);
      expect((await getIdentification(kyc)).response.status).toBe(status);
      expect(api.apiCalls).toHaveLength(1);
    }
  });
});

describe("timeouts and abort, on the client's clock", () => {
  it("throws code 'timeout' when the API does not answer within timeoutMs (clock time, not real time)", async () => {
    const api = fakeFetch((request) => hang(request.signal));
    const { kyc, sleeps } = makeClient((request, init) => (request.url === TOKEN_URL ? api.fetch(request, init) : hang(init?.signal)), { timeoutMs: 30_000 });
    const error = await rejection(getIdentification(kyc));
    expect(error).toMatchObject({ code: "timeout", method: "GET" });
    expect((error as Error).message).toContain("30000 ms");
    expect(sleeps).toEqual([30_000]); // the one wait that ran out was the timeout
  });

  it("times out only when the clock reaches timeoutMs", async () => {
    const api = fakeFetch(() => json(identification));
    const { kyc, advance } = makeClient(
      (request, init) => (request.url === TOKEN_URL ? api.fetch(request, init) : hang(init?.signal)),
      { timeoutMs: 5_000 },
      { auto: false },
    );
    let settled: unknown;
    const call = getIdentification(kyc).then(
      () => (settled = "answered"),
      (error: KycApiError) => (settled = error.code),
    );
    await settle();
    advance(4_999);
    await settle();
    expect(settled).toBeUndefined();
    advance(1);
    await call;
    expect(settled).toBe("timeout");
  });

  it("a fetch that ignores its signal still times out", async () => {
    const api = fakeFetch(() => json(identification));
    const never = () => new Promise<Response>(() => {});
    const { kyc } = makeClient((request, init) => (request.url === TOKEN_URL ? api.fetch(request, init) : never()));
    expect(await rejection(getIdentification(kyc))).toMatchObject({ code: "timeout" });
  });

  it("counts reading the body in the timeout (headers arrive, the body stalls)", async () => {
    // Like fetch: the body stream errors when the request's signal aborts.
    const stalled = (signal: AbortSignal) =>
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"id":'));
          signal.addEventListener("abort", () => controller.error(signal.reason));
        },
      });
    const api = fakeFetch(() => new Response(null));
    const inner = api.fetch;
    api.fetch = async (request, init) =>
      request.url === TOKEN_URL ? inner(request, init) : new Response(stalled(init!.signal!), { status: 200, headers: { "Content-Type": "application/json" } });
    const { kyc, sleeps } = makeClient(api.fetch, { timeoutMs: 30 });
    expect(await rejection(getIdentification(kyc))).toMatchObject({ code: "timeout", path: `/v1/persons/${PERSON}/identifications/${IDENT}` });
    expect(sleeps).toEqual([30]);
  });

  it("throws code 'auth' naming the timeout when the token endpoint hangs", async () => {
    const api = fakeFetch(() => json(identification));
    const { kyc } = makeClient((request, init) => (request.url === TOKEN_URL ? hang(init?.signal) : api.fetch(request, init)), { timeoutMs: 30 });
    const error = await rejection(getIdentification(kyc));
    expect(error).toMatchObject({ code: "auth" });
    expect((error as Error).message).toContain("no answer within 30 ms");
  });

  it("honours the caller's signal: code 'aborted', no retry", async () => {
    const controller = new AbortController();
    let calls = 0;
    const api = fakeFetch(() => json(identification));
    const { kyc } = makeClient((request, init) => {
      if (request.url === TOKEN_URL) return api.fetch(request, init);
      calls++;
      queueMicrotask(() => controller.abort());
      return hang(init?.signal);
    });
    const error = await rejection(getIdentification(kyc, { signal: controller.signal }));
    expect(error).toMatchObject({ code: "aborted", method: "GET" });
    expect(calls).toBe(1);
  });

  it("an already aborted signal never reaches the API", async () => {
    const api = fakeFetch(() => json(identification));
    const { kyc } = makeClient(api.fetch);
    const error = await rejection(getIdentification(kyc, { signal: AbortSignal.abort() }));
    expect(error).toMatchObject({ code: "aborted" });
    expect(api.apiCalls).toHaveLength(0);
  });

  it("aborting during the backoff wait stops the retries", async () => {
    const controller = new AbortController();
    const api = fakeFetch(() => json(envelope(503), 503));
    const { kyc, sleeps } = makeClient(api.fetch, { logger: (entry) => entry.event === "retry" && controller.abort() }, { auto: false });
    expect(await rejection(getIdentification(kyc, { signal: controller.signal }))).toMatchObject({ code: "aborted" });
    expect(api.apiCalls).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("combines the caller's signal and the timeout by hand where AbortSignal.any is missing (@edge-runtime/vm 5)", async () => {
    const any = AbortSignal.any;
    // @ts-expect-error removed for this test, as in the edge runtime
    delete AbortSignal.any;
    try {
      const api = fakeFetch(() => json(identification));
      const hanging = makeClient((request, init) => (request.url === TOKEN_URL ? api.fetch(request, init) : hang(init?.signal)), { timeoutMs: 30 });
      expect(await rejection(getIdentification(hanging.kyc, { signal: new AbortController().signal }))).toMatchObject({ code: "timeout" });
      const controller = new AbortController();
      const aborted = makeClient((request, init) => {
        if (request.url === TOKEN_URL) return api.fetch(request, init);
        queueMicrotask(() => controller.abort());
        return hang(init?.signal);
      });
      expect(await rejection(getIdentification(aborted.kyc, { signal: controller.signal }))).toMatchObject({ code: "aborted" });
    } finally {
      AbortSignal.any = any;
    }
  });

  it("aborting while the shared token call runs leaves no unhandled rejection when it later fails", async () => {
    let fail!: () => void;
    const tokenGate = new Promise<void>((resolve) => (fail = resolve));
    const api = fakeFetch(
      () => json(identification),
      async () => {
        await tokenGate;
        throw new TypeError("fetch failed");
      },
    );
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const { kyc } = makeClient(api.fetch, {}, { auto: false });
      const controller = new AbortController();
      const call = getIdentification(kyc, { signal: controller.signal });
      controller.abort();
      expect(await rejection(call)).toMatchObject({ code: "aborted" });
      fail();
      await settle();
      await settle();
      expect(unhandled).toEqual([]);
      // the next call gets a fresh token attempt and its own, clear error
      expect(await rejection(getIdentification(kyc))).toMatchObject({ code: "auth" });
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});

describe("openapi-fetch's extension points", () => {
  it("is openapi-fetch's client, on the given clock", () => {
    const { kyc, clock } = makeClient(fakeFetch(() => json(identification)).fetch);
    expect(Object.keys(kyc).sort()).toEqual(["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE", "eject", "request", "use"]);
    expect(clockOf(kyc)).toBe(clock);
  });

  it("runs the consumer's middleware (option and client.use): onRequest before the token, onResponse on the final answer", async () => {
    const api = fakeFetch((_, i) => (i === 0 ? json(envelope(503), 503) : json(identification)));
    const seen: string[] = [];
    const { kyc } = makeClient(api.fetch, {
      middleware: [
        {
          onRequest: ({ request }) => {
            request.headers.set("X-Request-Id", "req-1");
            seen.push(`request ${request.method}`);
          },
        },
      ],
    });
    kyc.use({ onResponse: ({ response }) => void seen.push(`response ${response.status}`) });
    const { data } = await getIdentification(kyc);
    expect(data?.id).toBe(identification.id);
    expect(seen).toEqual(["request GET", "response 200"]); // the 503 was retried inside the call
    expect(api.apiCalls.map((c) => c.authorization)).toEqual(["Bearer token-1", "Bearer token-1"]);
    expect(api.calls.filter((c) => c.url !== TOKEN_URL)).toHaveLength(2);
  });

  it("checks the answer a middleware returns", async () => {
    const api = fakeFetch(() => json(identification));
    const { kyc } = makeClient(api.fetch, { middleware: [{ onResponse: () => new Response("<html>maintenance</html>", { status: 200 }) }] });
    expect(await rejection(getIdentification(kyc))).toMatchObject({ code: "invalid_response", status: 200 });
  });
});

describe("answers: typed errors and bodies that are not the documented JSON", () => {
  it("returns an error status as the typed Solaris envelope (integer or string status)", async () => {
    for (const [status, code] of [
      [400, "invalid_model"],
      ["404", "model_not_found"],
    ] as const) {
      const api = fakeFetch(() => json(envelope(status, code), Number(status)));
      const { kyc } = makeClient(api.fetch);
      const { data, error, response } = await getIdentification(kyc);
      expect(data).toBeUndefined();
      expect(response.status).toBe(Number(status));
      expect(error?.errors[0]).toMatchObject({ code, status });
    }
  });

  it.each([
    ["HTML", 200, "<!doctype html><html><body>Maintenance</body></html>", /HTML\/XML, not JSON \(content-type text\/html/],
    ["HTML on an error status", 502, "<html>Bad gateway</html>", /502 with a body that is not the documented JSON/],
    ["an empty body", 200, "", /the body is empty/],
    ["truncated JSON", 200, '{"id":"a7a57dadfcc83117b5c3b7', /malformed or truncated JSON/],
    ["a JSON error body that is not the envelope", 400, '{"message":"bad"}', /not the Solaris error envelope/],
  ])("throws code 'invalid_response' for %s", async (_, status, body, message) => {
    const api = fakeFetch(() => new Response(body, { status, headers: { "Content-Type": body.startsWith("<") ? "text/html" : "application/json" } }));
    const { kyc } = makeClient(api.fetch, { retry: { maxAttempts: 1 } });
    for (const call of [getIdentification, createSession]) {
      const error = await rejection(call(kyc));
      expect(error).toBeInstanceOf(KycApiError);
      expect(error).toMatchObject({ code: "invalid_response", status });
      expect((error as Error).message).toMatch(message);
      expect(error).not.toBeInstanceOf(SyntaxError);
    }
  });

  it("lets a 204 through with no data", async () => {
    const api = fakeFetch(() => new Response(null, { status: 204 }));
    const { kyc } = makeClient(api.fetch);
    const { data, error, response } = await requestIdentification(kyc);
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
    expect(error).toBeUndefined();
  });
});

describe("secrets never leak", () => {
  it("no error message, cause or log entry contains the client secret or a token", async () => {
    const scenarios = [
      fakeFetch(() => json(identification)),
      fakeFetch(() => json(envelope(401), 401)),
      fakeFetch(() => json(envelope(503), 503)),
      fakeFetch(() => Promise.reject(new TypeError("fetch failed"))),
      fakeFetch(() => new Response("<html/>", { status: 500 })),
      fakeFetch(
        () => json(identification),
        () => json({ error: "invalid_client" }, 401),
      ),
    ];
    const seen: string[] = [];
    for (const api of scenarios) {
      const { kyc, logs } = makeClient(api.fetch);
      try {
        const result = await getIdentification(kyc);
        seen.push(JSON.stringify(result.error ?? null));
      } catch (error) {
        const e = error as Error;
        seen.push(e.message, String(e.stack), String((e.cause as Error | undefined)?.message));
      }
      seen.push(JSON.stringify(logs));
    }
    const text = seen.join("\n");
    expect(text).toContain("GET /v1/persons"); // the scenarios did produce messages
    expect(text).not.toContain(CLIENT_SECRET);
    expect(text).not.toMatch(/token-\d/);
    expect(text).not.toContain(Buffer.from(`client-id:${CLIENT_SECRET}`).toString("base64"));
  });
});
