// The poller against a fake fetch that serves a hand-written sequence of statuses (the flows of
// Solaris' guides and SDKs), on a manual clock: no real time passes.
import { describe, expect, it } from "vitest";
import { KycApiError, createKycClient, waitForIdentification, waitForIdentificationSession } from "../../src/index.js";
import { ManualClock } from "../support/manual-clock.js";
import { BASE_URL, IDENT, PERSON, envelope, fakeFetch, json, rejection } from "./helpers.js";

const SESSION = "acdede097f821bd8037465d691f69506ises";
const START = Date.UTC(2026, 11, 2, 10, 0, 0);

type Answer = string | Response;

/** A client whose API answers the statuses in order (a Response is served as is); the last one repeats. */
function serving(method: string, answers: Answer[], { random = (): number => 0.5 } = {}) {
  const served = fakeFetch((_request, index) => {
    const answer = answers[Math.min(index, answers.length - 1)]!;
    return typeof answer === "string" ? json({ id: IDENT, method, status: answer, url: null }) : answer.clone();
  });
  const clock = new ManualClock(START, random);
  const kyc = createKycClient({ baseUrl: BASE_URL, auth: { getToken: async () => "token" }, fetch: served.fetch, retry: { maxAttempts: 1 }, clock });
  return { kyc, clock, requests: served.apiCalls };
}

const ids = { person_id: PERSON, id: IDENT };

describe("waitForIdentification", () => {
  it("bank: stops at authorization_required, where the partner must authorize", async () => {
    const { kyc, clock, requests } = serving("bank", ["pending", "pending", "authorization_required"]);
    const progress: [string, number][] = [];
    const result = await clock.drive(
      waitForIdentification(kyc, ids, { timeoutMs: 15 * 60_000, onProgress: (status, attempt) => progress.push([status, attempt]) }),
    );
    expect(result).toMatchObject({ state: "reached", reason: "partner_action", status: "authorization_required", attempts: 3 });
    expect(result.state === "reached" && result.identification.id).toBe(IDENT);
    expect(Object.keys(result).sort()).toEqual(["attempts", "identification", "reason", "state", "status"]);
    expect(progress).toEqual([
      ["pending", 1],
      ["pending", 2],
      ["authorization_required", 3],
    ]);
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual(Array(3).fill(`/v1/persons/${PERSON}/identifications/${IDENT}`));
    // First pause: minDelay; then a random point between minDelay and twice it (random() = 0.5).
    expect(clock.sleeps).toEqual([5_000, 7_500]);
  });

  it("bank, after authorize: confirmation_required, confirmed, successful ends as final", async () => {
    const { kyc, clock } = serving("bank", ["confirmation_required", "confirmed", "successful"]);
    const result = await clock.drive(waitForIdentification(kyc, ids, { timeoutMs: 60_000 }));
    expect(result).toMatchObject({ state: "reached", reason: "final", status: "successful", attempts: 3 });
  });

  it("a failure is final too", async () => {
    const { kyc, clock } = serving("idnow", ["pending", "failed"]);
    expect(await clock.drive(waitForIdentification(kyc, ids, { timeoutMs: 60_000 }))).toMatchObject({ state: "reached", reason: "final", status: "failed" });
  });

  it("until: a status list stops before the lifecycle would, and is checked first", async () => {
    const { kyc, clock } = serving("bank", ["confirmation_required", "confirmed", "successful"]);
    const result = await clock.drive(waitForIdentification(kyc, ids, { timeoutMs: 60_000, until: ["confirmed"] }));
    expect(result).toMatchObject({ state: "reached", reason: "until", status: "confirmed", attempts: 2 });
  });

  it("until: a predicate sees the status and the identification", async () => {
    const { kyc, clock } = serving("idnow", ["pending", "pending_successful"]);
    const seen: string[] = [];
    const until = (status: string, identification: { method: string }) => (seen.push(`${status}:${identification.method}`), status === "pending_successful");
    const result = await clock.drive(waitForIdentification(kyc, ids, { timeoutMs: 60_000, until }));
    expect(result).toMatchObject({ state: "reached", reason: "until", status: "pending_successful" });
    expect(seen).toEqual(["pending:idnow", "pending_successful:idnow"]);
  });

  it("a new identification waits for the partner's request call: created stops at once", async () => {
    const { kyc, clock } = serving("idnow", ["created"]);
    expect(await clock.drive(waitForIdentification(kyc, ids, { timeoutMs: 60_000 }))).toMatchObject({
      state: "reached",
      reason: "partner_action",
      status: "created",
      attempts: 1,
    });
  });

  it("times out on the clock, with the last identification, after a last poll at the deadline", async () => {
    const { kyc, clock, requests } = serving("idnow", ["pending"]);
    const result = await clock.drive(waitForIdentification(kyc, ids, { timeoutMs: 20_000 }));
    expect(result).toMatchObject({ state: "timed_out", attempts: 4, last: { status: "pending" } });
    // 5 000, 7 500, then 12 500 (halfway between 5 000 and 20 000) cut to the 7 500 left.
    expect(clock.sleeps).toEqual([5_000, 7_500, 7_500]);
    expect(clock.now() - START).toBe(20_000);
    expect(requests).toHaveLength(4);
  });

  it("timeoutMs 0 asks once; an exception in onProgress ends the wait with it", async () => {
    const once = serving("idnow", ["pending"]);
    expect(await once.clock.drive(waitForIdentification(once.kyc, ids, { timeoutMs: 0 }))).toMatchObject({ state: "timed_out", attempts: 1 });
    expect(once.requests).toHaveLength(1);
    const throwing = serving("idnow", ["pending"]);
    const progress = () => {
      throw new Error("the caller's bug");
    };
    await expect(throwing.clock.drive(waitForIdentification(throwing.kyc, ids, { timeoutMs: 60_000, onProgress: progress }))).rejects.toThrow(
      "the caller's bug",
    );
  });

  it("backs off exponentially up to maxDelayMs, the jitter from the clock's random", async () => {
    const { kyc, clock } = serving("idnow", ["pending"], { random: () => 1 });
    await clock.drive(waitForIdentification(kyc, ids, { timeoutMs: 1_000, minDelayMs: 100, maxDelayMs: 500 }));
    expect(clock.sleeps).toEqual([100, 200, 400, 300]); // 100+200+400 = 700; then 500 capped to the 300 left
    const low = serving("idnow", ["pending"], { random: () => 0 });
    await low.clock.drive(waitForIdentification(low.kyc, ids, { timeoutMs: 300, minDelayMs: 100, maxDelayMs: 500 }));
    expect(low.clock.sleeps).toEqual([100, 100, 100]);
  });

  it("keeps polling past a status the lifecycle does not know, until timeout or until", async () => {
    const unknown = serving("bank", ["pending", "video_call_scheduled"]);
    const timedOut = await unknown.clock.drive(waitForIdentification(unknown.kyc, ids, { timeoutMs: 30_000 }));
    expect(timedOut).toMatchObject({ state: "timed_out", last: { status: "video_call_scheduled" } });
    const listed = serving("bank", ["pending", "video_call_scheduled"]);
    const until = (status: string) => status === "video_call_scheduled";
    expect(await listed.clock.drive(waitForIdentification(listed.kyc, ids, { timeoutMs: 30_000, until }))).toMatchObject({ state: "reached", reason: "until" });
    // A method without a lifecycle: only until and the timeout end the wait.
    const method = serving("postident_plus", ["successful"]);
    expect(await method.clock.drive(waitForIdentification(method.kyc, ids, { timeoutMs: 10_000 }))).toMatchObject({ state: "timed_out" });
  });

  it("aborts during a pause with the last identification, and before the first poll with none", async () => {
    const { kyc, clock, requests } = serving("idnow", ["pending"]);
    const controller = new AbortController();
    const waiting = waitForIdentification(kyc, ids, {
      timeoutMs: 60_000,
      signal: controller.signal,
      onProgress: (_, attempt) => attempt === 2 && controller.abort(),
    });
    expect(await clock.drive(waiting)).toMatchObject({ state: "aborted", attempts: 2, last: { status: "pending" } });
    expect(clock.now() - START).toBe(5_000);
    expect(requests).toHaveLength(2);

    const early = serving("idnow", ["pending"]);
    const result = await waitForIdentification(early.kyc, ids, { timeoutMs: 60_000, signal: AbortSignal.abort() });
    expect(result).toEqual({ state: "aborted", last: undefined, attempts: 0 });
    expect(early.requests).toHaveLength(0);
  });

  it("aborts an answer in flight", async () => {
    const controller = new AbortController();
    const served = fakeFetch(() => new Promise<Response>(() => {}));
    const kyc = createKycClient({ baseUrl: BASE_URL, auth: { getToken: async () => "token" }, fetch: served.fetch, clock: new ManualClock() });
    const waiting = waitForIdentification(kyc, ids, { timeoutMs: 60_000, signal: controller.signal });
    await new Promise((resolve) => setImmediate(resolve)); // let the request start
    controller.abort();
    expect(await waiting).toEqual({ state: "aborted", last: undefined, attempts: 1 });
  });

  it("waits out a 503 as long as Retry-After says, then goes on", async () => {
    const busy = json(envelope(503, "service_unavailable"), 503, { "Retry-After": "30" });
    const { kyc, clock } = serving("bank", ["pending", busy, "authorization_required"]);
    const progress: string[] = [];
    const result = await clock.drive(waitForIdentification(kyc, ids, { timeoutMs: 60_000, onProgress: (status) => progress.push(status) }));
    expect(result).toMatchObject({ state: "reached", status: "authorization_required", attempts: 3 });
    expect(clock.sleeps).toEqual([5_000, 30_000]);
    expect(progress).toEqual(["pending", "authorization_required"]);
  });

  it("throws an error answer as KycApiError error_response, naming the status, Solaris' code and a fix", async () => {
    const { kyc, clock } = serving("bank", ["pending", json(envelope(404, "model_not_found"), 404)]);
    const error = await rejection(clock.drive(waitForIdentification(kyc, ids, { timeoutMs: 60_000 })));
    expect(error).toBeInstanceOf(KycApiError);
    expect(error).toMatchObject({ code: "error_response", status: 404, method: "GET", errors: [{ code: "model_not_found" }] });
    expect((error as Error).message).toBe(
      `GET /v1/persons/${PERSON}/identifications/${IDENT}: waitForIdentification stopped: the API answered 404 (model_not_found: Some error: Something went wrong); check the IDs it was given`,
    );
  });

  it("refuses options it cannot wait with, and a method that is not the identification's", async () => {
    const { kyc, clock } = serving("idnow", ["pending"]);
    await expect(waitForIdentification(kyc, ids, {} as never)).rejects.toThrow(
      "waitForIdentification: options.timeoutMs must be a number of milliseconds >= 0, got undefined",
    );
    await expect(waitForIdentification(kyc, ids, { timeoutMs: 1, minDelayMs: 10, maxDelayMs: 5 })).rejects.toThrow("need 0 < minDelayMs <= maxDelayMs");
    await expect(clock.drive(waitForIdentification(kyc, { ...ids, method: "bank" }, { timeoutMs: 1 }))).rejects.toThrow(
      `waitForIdentification: identification ${IDENT} has method "idnow", not "bank" as passed`,
    );
  });
});

describe("waitForIdentificationSession", () => {
  const session = (status: string) =>
    json({
      id: SESSION,
      status,
      url: "https://person-onboarding.solaris-sandbox.de/x",
      callback_url: "https://example.com/cb",
      identification_methods: ["idnow"],
    });

  it("polls the session until it is final", async () => {
    const { kyc, clock, requests } = serving("-", [session("created"), session("pending"), session("successful")]);
    const result = await clock.drive(waitForIdentificationSession(kyc, { person_id: PERSON, identification_session_id: SESSION }, { timeoutMs: 60_000 }));
    expect(result).toMatchObject({ state: "reached", reason: "final", status: "successful", attempts: 3, session: { id: SESSION } });
    expect(new URL(requests[0]!.url).pathname).toBe(`/v1/persons/${PERSON}/identification_sessions/${SESSION}`);
  });

  it("ends a failed session at rejected, and times out like an identification", async () => {
    const rejected = serving("-", [session("pending"), session("rejected")]);
    const ids = { person_id: PERSON, identification_session_id: SESSION };
    expect(await rejected.clock.drive(waitForIdentificationSession(rejected.kyc, ids, { timeoutMs: 60_000 }))).toMatchObject({
      state: "reached",
      reason: "final",
      status: "rejected",
    });
    const pending = serving("-", [session("pending")]);
    expect(await pending.clock.drive(waitForIdentificationSession(pending.kyc, ids, { timeoutMs: 10_000 }))).toMatchObject({
      state: "timed_out",
      last: { status: "pending" },
    });
  });
});
