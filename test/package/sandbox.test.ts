// createKycSandbox in process: state kept per person, lifecycles enforced, the test acting as the
// customer, the provider and time, webhooks on every change with Solaris' delivery rules. The
// expected flows are written out here from the spec's descriptions, not read from the lifecycle data.
import { setupServer } from "msw/node";
import createClient from "openapi-fetch";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { operationAnswers, sandboxServer } from "../../generated/testing.js";
import type { paths } from "../../generated/schema.js";
import { createKycClient, parseWebhook } from "../../src/index.js";
import { createKycSandbox, type WebhookRequest } from "../../src/testing/index.js";
import { validateResponse, validateWebhook, findOperationId } from "../../src/validators.js";
import { flows, runFlow } from "../support/sandbox-flows.js";

const PERSON = "dc1a6812a14f6cc338cd084208535bcdcper";
const SECRET = "whsec-sandbox-test";
const IDS = "/v1/persons/{person_id}/identifications" as const;
const ID = "/v1/persons/{person_id}/identifications/{id}" as const;
const SESSIONS = "/v1/persons/{person_id}/identification_sessions" as const;

// What the receiver answers next (a queue; 200 when empty), and what it received.
const received: WebhookRequest[] = [];
const answers: number[] = [];
const sandbox = createKycSandbox({
  webhooks: {
    secret: SECRET,
    onDelivery: (request) => {
      received.push(request);
      return answers.shift() ?? 200;
    },
  },
});
const server = setupServer(...sandbox.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  sandbox.reset();
  received.length = 0;
  answers.length = 0;
});
afterAll(() => server.close());

// Every answer is checked against the spec on the way back.
const problems: string[] = [];
const kyc = createClient<paths>({
  baseUrl: sandboxServer,
  headers: { Authorization: "Bearer sandbox-test" },
  fetch: async (request) => {
    const response = await globalThis.fetch(request);
    const template = Object.values(operationAnswers).find(
      (a) => a.method === request.method && new RegExp(`^${a.path.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(new URL(request.url).pathname),
    )!.path;
    const operationId = findOperationId(request.method, template)!;
    const body = response.status === 204 ? undefined : await response.clone().json();
    for (const p of validateResponse(operationId, response.status, body)) problems.push(`${operationId} ${response.status} ${p.pointer} ${p.message}`);
    return response;
  },
});
afterEach(() => {
  expect(problems.splice(0)).toEqual([]);
});

const create = async (method: "idnow" | "bank" | "bank_id" | "bank_plus" | "fourthline", extra: Record<string, string> = {}) => {
  const { data, response } = await kyc.POST(IDS, { params: { path: { person_id: PERSON } }, body: { method, ...extra } as never });
  expect(response.status).toBe(201);
  return data!;
};
const get = async (id: string) => (await kyc.GET(ID, { params: { path: { person_id: PERSON, id } } })).data!;
const request = (id: string) => kyc.PATCH(`${ID}/request`, { params: { path: { person_id: PERSON, id } }, body: {} });
const authorize = (id: string) => kyc.PATCH(`${ID}/authorize`, { params: { path: { person_id: PERSON, id } } });
const simulateOutcome = (id: string, scenario: string) =>
  kyc.PATCH(`${ID}/simulate_outcome`, { params: { path: { person_id: PERSON, id } }, body: { scenario } as never });
/** The sandbox clock's time `minutes` from now, as the API writes it. */
const inMinutes = (minutes: number) => new Date(sandbox.clock.now() + minutes * 60_000).toISOString();
const statusesSent = () => received.map((r) => `${r.eventType}:${(JSON.parse(r.body) as { status: string }).status}`);

describe("createKycSandbox: resources", () => {
  it("has one handler per operation of the spec", () => {
    expect(sandbox.handlers).toHaveLength(Object.keys(operationAnswers).length);
  });

  it("keeps what was created: the GET returns it, with an ID in the spec's pattern and the changes since", async () => {
    const created = await create("idnow", { language: "DE" });
    expect(created.id).toMatch(/^[0-9a-f]{32}cidt$/);
    expect(created).toMatchObject({ status: "created", method: "idnow", language: "DE", person_id: PERSON, url: null });
    expect(await get(created.id)).toEqual(created);
    const { data: requested } = await request(created.id);
    expect(requested).toMatchObject({ status: "pending", url: `https://go.test.idnow.de/solarisbankvideoident/identifications/${created.id}` });
    expect(requested!.reference).toMatch(/^TST-[A-Z]{5}$/);
    expect(await get(created.id)).toEqual(requested);
  });

  it("answers an unknown identification with the spec's 404 envelope", async () => {
    const unknown = "0123456789abcdef0123456789abcdefcidt";
    const { error, response } = await kyc.GET(ID, { params: { path: { person_id: PERSON, id: unknown } } });
    expect(response.status).toBe(404);
    expect(error).toMatchObject({
      errors: [{ status: 404, code: "model_not_found", title: "Model Not Found", detail: `Couldn't find 'Solaris::Identification' for id '${unknown}'.` }],
    });
  });

  it("does not show one person's identification under another person", async () => {
    const created = await create("idnow");
    const { response } = await kyc.GET(ID, { params: { path: { person_id: "ffffffffffffffffffffffffffffffffcper", id: created.id } } });
    expect(response.status).toBe(404);
  });

  it("pages the person's identifications with page[number], page[size] and the total, per_page and Link headers", async () => {
    const ids = [(await create("idnow")).id, (await create("bank", { iban: "DE89370400440532013000" })).id, (await create("fourthline")).id];
    const page = (number: number) => kyc.GET(IDS, { params: { path: { person_id: PERSON }, query: { page: { number, size: 2 } } } });
    const first = await page(1);
    expect(first.data!.map((i) => i.id)).toEqual(ids.slice(0, 2));
    expect(first.response.headers.get("total")).toBe("3");
    expect(first.response.headers.get("per_page")).toBe("2");
    const base = `${sandboxServer}/v1/persons/${PERSON}/identifications`;
    expect(first.response.headers.get("link")).toBe(
      `<${base}?page[number]=1&page[size]=2>; rel="first", <${base}?page[number]=2&page[size]=2>; rel="next", <${base}?page[number]=2&page[size]=2>; rel="last"`,
    );
    const second = await page(2);
    expect(second.data!.map((i) => i.id)).toEqual(ids.slice(2));
    expect(second.response.headers.get("link")).toContain('rel="prev"');
    expect(second.response.headers.get("link")).not.toContain('rel="next"');
  });

  it("checks every request as createKycHandlers does: Authorization first, then the spec", async () => {
    const anonymous = createClient<paths>({ baseUrl: sandboxServer });
    const missing = await anonymous.POST(IDS, { params: { path: { person_id: PERSON } }, body: { method: "idnow" } });
    expect(missing.response.status).toBe(401);
    const invalid = await kyc.POST(IDS, { params: { path: { person_id: PERSON } }, body: { method: "carrier_pigeon" } as never });
    expect(invalid.response.status).toBe(400);
    expect(invalid.error).toMatchObject({ errors: [{ source: { field: "method" } }] });
    expect(sandbox.deliveries).toHaveLength(0);
  });

  it('with persons: "seeded", knows only seeded persons', async () => {
    const seeded = createKycSandbox({ persons: "seeded", baseUrl: "https://seeded.test" });
    server.use(...seeded.handlers);
    const client = createClient<paths>({ baseUrl: "https://seeded.test", headers: { Authorization: "Bearer t" } });
    const unknown = await client.POST(IDS, { params: { path: { person_id: PERSON } }, body: { method: "idnow" } });
    expect(unknown.response.status).toBe(404);
    expect(unknown.error).toMatchObject({ errors: [{ detail: `Couldn't find 'Solaris::Person' for id '${PERSON}'.` }] });
    seeded.seedPerson(PERSON);
    expect((await client.POST(IDS, { params: { path: { person_id: PERSON } }, body: { method: "idnow" } })).response.status).toBe(201);
    server.resetHandlers();
  });

  it("reset() empties it", async () => {
    const created = await create("idnow");
    sandbox.reset();
    expect(sandbox.find(created.id)).toBeUndefined();
    expect(sandbox.deliveries).toEqual([]);
    expect((await kyc.GET(IDS, { params: { path: { person_id: PERSON } } })).data).toEqual([]);
  });
});

describe("createKycSandbox: lifecycles", () => {
  it("IDnow: created → pending (request) → successful (the provider), a webhook for each", async () => {
    const { id } = await create("idnow");
    await request(id);
    const done = await sandbox.simulate(id, "idnow.successful");
    expect(done).toMatchObject({ status: "successful", completed_at: inMinutes(0) });
    expect((await get(id)).status).toBe("successful");
    expect(statusesSent()).toEqual(["IDENTIFICATION:created", "IDENTIFICATION:pending", "IDENTIFICATION:successful"]);
    expect(sandbox.history(id).map(({ from, to }) => `${from}→${to}`)).toEqual(["created→pending", "pending→successful"]);
  });

  it("IDnow: aborted by the customer, resumed with the same URL, then failed", async () => {
    const { id } = await create("idnow");
    const { data: pending } = await request(id);
    await sandbox.simulate(id, "idnow.aborted");
    expect((await sandbox.simulate(id, "idnow.restarted_after_abort")).status).toBe("pending");
    expect((await get(id)).url).toBe(pending!.url);
    await sandbox.simulate(id, "idnow.failed");
    expect(statusesSent()).toEqual(["created", "pending", "aborted", "pending", "failed"].map((s) => `IDENTIFICATION:${s}`));
  });

  it("refuses an action the lifecycle does not allow in the status with the spec's 409", async () => {
    const { id } = await create("idnow");
    const { error, response } = await authorize(id);
    expect(response.status).toBe(409);
    expect(error).toMatchObject({
      errors: [
        {
          code: "record_not_unique",
          title: "Record Not Unique",
          detail: `The idnow identification ${id} is in status "created"; authorizeIdentification is allowed in no status of this method.`,
        },
      ],
    });
    await request(id);
    const twice = await request(id);
    expect(twice.response.status).toBe(409);
    expect(twice.error!.errors[0]!.detail).toBe(`The idnow identification ${id} is in status "pending"; requestIdentification is allowed in status "created".`);
  });

  it("simulate throws on an event the status does not allow, naming the allowed ones", async () => {
    const { id } = await create("idnow");
    await expect(sandbox.simulate(id, "idnow.successful")).rejects.toThrow(
      `simulate: "idnow.successful" is not allowed: the idnow identification ${id} is in status "created", where the lifecycle allows no event`,
    );
    await request(id);
    await expect(sandbox.simulate(id, "qes.otp_confirmed")).rejects.toThrow(
      /in status "pending", where the lifecycle allows .*"idnow\.successful" \(→ successful\)/,
    );
    await expect(sandbox.simulate("0123456789abcdef0123456789abcdefcidt", "idnow.successful")).rejects.toThrow(/no identification or session/);
  });

  it("Bankident: pending → authorization_required (bank login) → authorize → confirmation_required → confirmed (OTP) → successful", async () => {
    const { id } = await create("bank", { iban: "DE89370400440532013000" });
    expect((await request(id)).data!.url).toMatch(/^https:\/\/fts-payment-initiation-wizard\.solaris-sandbox\.de\//);
    const waiting = await sandbox.simulate(id, "bank.account_verified");
    expect(waiting).toMatchObject({ status: "authorization_required", authorization_expires_at: inMinutes(30) });
    await sandbox.clock.advance("2m");
    const { data: authorized, response } = await authorize(id);
    expect(response.status).toBe(200);
    expect(authorized).toMatchObject({ status: "confirmation_required", confirmation_expires_at: inMinutes(5) });
    await sandbox.simulate(id, "qes.otp_confirmed");
    await sandbox.simulate(id, "qes.signed");
    expect(statusesSent()).toEqual(
      ["created", "pending", "authorization_required", "confirmation_required", "confirmed", "successful"].map((s) => `IDENTIFICATION:${s}`),
    );
  });

  it("Bankident: expires when the authorization is not requested in 30 minutes, on the sandbox clock", async () => {
    const { id } = await create("bank", { iban: "DE89370400440532013000" });
    await request(id);
    await sandbox.simulate(id, "bank.account_verified");
    await sandbox.clock.advance("29m");
    expect((await get(id)).status).toBe("authorization_required");
    await sandbox.clock.advance("1m");
    expect((await get(id)).status).toBe("expired");
    expect(statusesSent().at(-1)).toBe("IDENTIFICATION:expired");
    expect((await authorize(id)).response.status).toBe(409);
  });

  it("Bankident: a failure carries the failure_reason the test gives", async () => {
    const { id } = await create("bank", { iban: "DE89370400440532013000" });
    await request(id);
    const failed = await sandbox.simulate(id, "bank.account_check_failed", { set: { failure_reason: "joint_account" } });
    expect(failed).toMatchObject({ status: "failed", failure_reason: "joint_account" });
  });

  it("BankIdent Plus: simulate_outcome per scenario, where the lifecycle allows it", async () => {
    const { id } = await create("bank_plus");
    await request(id);
    const early = await simulateOutcome(id, "SUCCESSFUL_REFERENCE_TRANSFER");
    expect(early.response.status).toBe(409);
    expect(early.error!.errors[0]!.detail).toBe(
      `The bank_plus identification ${id} is in status "pending"; simulateIdentificationOutcome with scenario SUCCESSFUL_REFERENCE_TRANSFER is allowed in status "pending_ref_transfer".`,
    );
    expect((await simulateOutcome(id, "SUCCESSFUL_PRE_IDENT")).data!.status).toBe("pre_successful");
    expect((await simulateOutcome(id, "SUCCESSFUL_ACCOUNT_OPENING")).data!.status).toBe("pending_ref_transfer");
    expect((await simulateOutcome(id, "SUCCESSFUL_REFERENCE_TRANSFER")).data!.status).toBe("successful");
    await sandbox.settled();
    const last = JSON.parse(received.at(-1)!.body);
    expect(last).toMatchObject({ status: "successful", metadata: { account_bic: "SOBKDEB2XXX", account_currency: "EUR" } });
  });

  it("Fourthline: the customer's upload starts it (not the request call); successful, or fraud", async () => {
    const { id } = await create("fourthline");
    expect((await request(id)).response.status).toBe(409);
    await sandbox.simulate(id, "fourthline.kyc_uploaded");
    await sandbox.simulate(id, "fourthline.processed");
    await sandbox.simulate(id, "fourthline.fraud_after_processing");
    expect(statusesSent()).toEqual(["created", "pending", "processed", "fraud"].map((s) => `IDENTIFICATION:${s}`));
    expect((await get(id)).completed_at).toBe(inMinutes(0));
  });

  it("BankIdent Plus: a failed name check sends IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT, then the identification fails", async () => {
    const { id } = await create("bank_plus");
    await request(id);
    await simulateOutcome(id, "SUCCESSFUL_PRE_IDENT");
    await simulateOutcome(id, "SUCCESSFUL_ACCOUNT_OPENING");
    expect((await simulateOutcome(id, "FAILED_REFERENCE_TRANSFER_NAME_CHECK")).data!.status).toBe("failed");
    await sandbox.settled();
    expect(statusesSent().slice(-2)).toEqual(["IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT:undefined", "IDENTIFICATION:failed"]);
    const attempt = received.at(-2)!;
    const event = await parseWebhook(attempt.headers, attempt.body, SECRET, { validate: true });
    expect(event).toEqual({
      type: "IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT",
      payload: { id, method: "bank_plus", person_id: PERSON, remaining_attempts: 0, reason: "name_not_matched" },
    });
    expect(attempt.headers["Solaris-Entity-Id"]).toBe(id);
  });

  it("simulate_outcome on another method is refused with 409", async () => {
    const { id } = await create("idnow");
    await request(id);
    expect((await simulateOutcome(id, "SUCCESSFUL_PRE_IDENT")).response.status).toBe(409);
  });
});

describe("createKycSandbox: every method to each final status (flows written out in test/support/sandbox-flows.ts)", () => {
  it.each(flows.map((flow) => [`${flow.method} → ${flow.final} by ${flow.steps.join(", ")}`, flow] as const))("%s", async (_name, flow) => {
    const result = await runFlow(flow, {
      create: async (method) =>
        (await create(method as "idnow", method.startsWith("bank") && method !== "bank_plus" ? { iban: "DE89370400440532013000" } : {})).id,
      call: async (id, step) => {
        if (step === "request") return (await request(id)).response.status;
        if (step === "authorize") return (await authorize(id)).response.status;
        return (await simulateOutcome(id, step.slice("outcome:".length))).response.status;
      },
      simulate: async (id, event) => void (await sandbox.simulate(id, event)),
      advance: (duration) => sandbox.clock.advance(duration as "24h"),
      status: async (id) => (await get(id)).status,
    });
    expect(
      result.calls.every((status) => status === 200),
      String(result.calls),
    ).toBe(true);
    expect(result.status).toBe(flow.final);
    await sandbox.settled();
    expect(received.map((r) => JSON.parse(r.body).status)).toEqual(flow.webhooks);
    for (const r of received) expect(await parseWebhook(r.headers, r.body, SECRET, { validate: true })).toMatchObject({ type: "IDENTIFICATION" });
  });
});

describe("createKycSandbox: sessions", () => {
  const createSession = async (methods: ("idnow" | "bank_id" | "fourthline")[]) =>
    (await kyc.POST(SESSIONS, { params: { path: { person_id: PERSON } }, body: { identification_methods: methods, callback_url: "https://example.com/kyc" } }))
      .data!;
  const createInSession = (sessionId: string, method: string, extra: Record<string, string> = {}) =>
    kyc.POST(`${SESSIONS}/{identification_session_id}/identifications`, {
      params: { path: { person_id: PERSON, identification_session_id: sessionId } },
      body: { method, ...extra } as never,
    });

  it("a session follows its identification: pending, then successful, with IDENTIFICATION_SESSION webhooks", async () => {
    const session = await createSession(["idnow"]);
    expect(session).toMatchObject({ status: "created", identification_methods: ["idnow"], callback_url: "https://example.com/kyc" });
    expect(session.id).toMatch(/^[0-9a-f]{32}ises$/);
    const { data: identification, response } = await createInSession(session.id, "idnow");
    expect(response.status).toBe(201);
    // The spec's example of an IDnow identification created in a session is `pending` (so are Bankident's; Fourthline's is `created`).
    expect(identification!.status).toBe("pending");
    await sandbox.simulate(identification!.id, "idnow.successful");
    const { data: after } = await kyc.GET(`${SESSIONS}/{identification_session_id}`, {
      params: { path: { person_id: PERSON, identification_session_id: session.id } },
    });
    expect(after!.status).toBe("successful");
    expect(statusesSent()).toEqual([
      "IDENTIFICATION_SESSION:pending",
      "IDENTIFICATION:pending",
      "IDENTIFICATION:successful",
      "IDENTIFICATION_SESSION:successful",
    ]);
    const { data: inSession } = await kyc.GET(`${SESSIONS}/{identification_session_id}/identifications/{id}`, {
      params: { path: { person_id: PERSON, identification_session_id: session.id, id: identification!.id } },
    });
    expect(inSession!.status).toBe("successful");
  });

  it("a session whose identification failed for good ends rejected", async () => {
    const session = await createSession(["idnow"]);
    const { data: identification } = await createInSession(session.id, "idnow");
    await sandbox.simulate(identification!.id, "idnow.failed");
    expect(sandbox.find(session.id)).toMatchObject({ status: "rejected" });
    expect(statusesSent()).toEqual(["IDENTIFICATION_SESSION:pending", "IDENTIFICATION:pending", "IDENTIFICATION:failed", "IDENTIFICATION_SESSION:rejected"]);
  });

  it("a Fourthline identification in a session starts created; the customer's upload moves it", async () => {
    const session = await createSession(["fourthline"]);
    const { data: identification } = await createInSession(session.id, "fourthline");
    expect(identification!.status).toBe("created");
    await sandbox.simulate(identification!.id, "fourthline.kyc_uploaded");
    await sandbox.simulate(identification!.id, "fourthline.successful");
    expect(sandbox.find(session.id)).toMatchObject({ status: "successful" });
  });

  it("a session nobody uses expires after 24 hours on the sandbox clock; the test may also move it as the customer", async () => {
    const unused = await createSession(["idnow"]);
    const chosen = await createSession(["idnow"]);
    expect((await sandbox.simulate(chosen.id, "session.method_chosen")).status).toBe("pending");
    await sandbox.clock.advance("23h");
    expect(sandbox.find(unused.id)).toMatchObject({ status: "created" });
    await sandbox.clock.advance("1h");
    expect(sandbox.find(unused.id)).toMatchObject({ status: "expired" });
    await expect(sandbox.simulate(unused.id, "session.method_chosen")).rejects.toThrow(
      `the identification session ${unused.id} is in status "expired", where the lifecycle allows no event`,
    );
    expect(statusesSent()).toEqual(["IDENTIFICATION_SESSION:pending", "IDENTIFICATION_SESSION:expired", "IDENTIFICATION_SESSION:expired"]);
  });

  it("refuses a method the session does not allow with 400 naming the allowed ones", async () => {
    const session = await createSession(["idnow"]);
    const { error, response } = await createInSession(session.id, "fourthline");
    expect(response.status).toBe(400);
    expect(error!.errors[0]).toMatchObject({ source: { field: "method", message: "must be one of the session's identification_methods: idnow" } });
  });

  it("simulate_bank_id_until_identification_data_required moves the session's bank_id identification", async () => {
    const session = await createSession(["bank_id"]);
    const path = { person_id: PERSON, identification_session_id: session.id };
    const none = await kyc.POST(`${SESSIONS}/{identification_session_id}/simulate_bank_id_until_identification_data_required`, { params: { path } });
    expect(none.response.status).toBe(409);
    const { data: created } = await createInSession(session.id, "bank_id", { iban: "DE89370400440532013000" });
    expect(created!.status).toBe("pending");
    const { data: moved } = await kyc.POST(`${SESSIONS}/{identification_session_id}/simulate_bank_id_until_identification_data_required`, { params: { path } });
    expect(moved).toMatchObject({ id: created!.id, status: "identification_data_required" });
    expect(sandbox.find(session.id)).toMatchObject({ status: "identification_data_required" });
  });

  it("an unknown session gets the spec's 404", async () => {
    const { response } = await createInSession("0123456789abcdef0123456789abcdefises", "idnow");
    expect(response.status).toBe(404);
  });
});

describe("createKycSandbox: webhooks", () => {
  it("signs every delivery with the secret and sends every header the spec declares; payloads validate", async () => {
    const { id } = await create("idnow");
    await request(id);
    await sandbox.simulate(id, "idnow.successful");
    expect(received).toHaveLength(3);
    for (const delivery of received) {
      const event = await parseWebhook(delivery.headers, delivery.body, SECRET, { validate: true });
      expect(event.type).toBe("IDENTIFICATION");
      expect(Object.keys(delivery.headers).sort()).toEqual(
        [
          "Content-Type",
          "Solaris-Entity-Id",
          "Solaris-Webhook-Attempt",
          "Solaris-Webhook-Event-Type",
          "Solaris-Webhook-Id",
          "Solaris-Webhook-Signature",
          "Solaris-Webhook-Subscription-Id",
        ].sort(),
      );
      expect(delivery.headers["Solaris-Entity-Id"]).toBe(id);
      expect(delivery.headers["Solaris-Webhook-Attempt"]).toBe("1");
      expect(validateWebhook("IDENTIFICATION", JSON.parse(delivery.body))).toEqual([]);
    }
    expect(new Set(received.map((r) => r.headers["Solaris-Webhook-Id"])).size).toBe(3);
    expect(sandbox.deliveries.map((d) => d.state)).toEqual(["delivered", "delivered", "delivered"]);
  });

  it("retries a 500 on the clock with the same Solaris-Webhook-Id and a higher attempt; later changes of the resource wait their turn", async () => {
    answers.push(500, 503);
    const start = sandbox.clock.now();
    const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
    const { id } = await create("idnow");
    await request(id);
    await sandbox.settled();
    expect(statusesSent()).toEqual(["IDENTIFICATION:created"]);
    await sandbox.clock.advance("1m");
    expect(received.map((r) => r.headers["Solaris-Webhook-Attempt"])).toEqual(["1", "2"]);
    await sandbox.clock.advance("2m");
    expect(statusesSent()).toEqual(["IDENTIFICATION:created", "IDENTIFICATION:created", "IDENTIFICATION:created", "IDENTIFICATION:pending"]);
    expect(new Set(received.slice(0, 3).map((r) => r.headers["Solaris-Webhook-Id"])).size).toBe(1);
    expect(received[2]!.headers["Solaris-Webhook-Attempt"]).toBe("3");
    expect(sandbox.deliveries[0]!.attempts.map((a) => [a.attempt, a.status, a.outcome, a.at])).toEqual([
      [1, 500, "retry", at(0)],
      [2, 503, "retry", at(1)],
      [3, 200, "delivered", at(3)],
    ]);
  });

  it("does not retry a 422; a 410 cancels the subscription for that event type", async () => {
    answers.push(422);
    const { id } = await create("idnow");
    await request(id);
    await sandbox.clock.advance("1h");
    expect(sandbox.deliveries.map((d) => d.state)).toEqual(["rejected", "delivered"]);
    answers.push(410);
    await sandbox.simulate(id, "idnow.passed_under_review");
    await sandbox.simulate(id, "review.confirmed");
    await sandbox.clock.advance("1h");
    expect(sandbox.deliveries.map((d) => d.state)).toEqual(["rejected", "delivered", "cancelled", "cancelled"]);
    expect(received).toHaveLength(3);
  });

  it("delivers each webhook twice with deliverTwice, identical, for a consumer's deduplication", async () => {
    const got: WebhookRequest[] = [];
    const twice = createKycSandbox({ baseUrl: "https://twice.test", webhooks: { secret: SECRET, deliverTwice: true, onDelivery: (r) => void got.push(r) } });
    server.use(...twice.handlers);
    const client = createClient<paths>({ baseUrl: "https://twice.test", headers: { Authorization: "Bearer t" } });
    await client.POST(IDS, { params: { path: { person_id: PERSON } }, body: { method: "idnow" } });
    await twice.settled();
    expect(got).toHaveLength(2);
    expect(got[1]).toEqual(got[0]);
    expect(twice.deliveries[0]!.attempts.map((a) => a.outcome)).toEqual(["delivered", "duplicate"]);
    server.resetHandlers();
  });

  it("logs the webhooks as unsent when no receiver is configured", async () => {
    const quiet = createKycSandbox({ baseUrl: "https://quiet.test" });
    server.use(...quiet.handlers);
    const client = createClient<paths>({ baseUrl: "https://quiet.test", headers: { Authorization: "Bearer t" } });
    await client.POST(IDS, { params: { path: { person_id: PERSON } }, body: { method: "idnow" } });
    expect(quiet.deliveries.map((d) => [d.eventType, d.state, (d.payload as { status?: string }).status])).toEqual([["IDENTIFICATION", "unsent", "created"]]);
    server.resetHandlers();
  });
});

describe("createKycSandbox: one clock", () => {
  it("issues tokens that expire after 3599 s on the sandbox clock; the client fetches a new one without real waiting", async () => {
    const clock = sandbox.clock;
    const client = createKycClient({
      baseUrl: sandboxServer,
      auth: { clientId: "id", clientSecret: "secret", tokenUrl: "https://auth.solaris-sandbox.de/oauth2/token" },
      clock,
    });
    const created = await client.POST(IDS, { params: { path: { person_id: PERSON } }, body: { method: "idnow" } });
    expect(created.response.status).toBe(201);
    await clock.advance("3600s");
    // The old token is now refused by the sandbox; the client's cache expired on the same clock.
    const again = await client.GET(ID, { params: { path: { person_id: PERSON, id: created.data!.id } } });
    expect(again.response.status).toBe(200);
  });

  it("refuses a token it issued once its lifetime has passed", async () => {
    const { data } = await createClient<paths>({ baseUrl: "https://auth.solaris-sandbox.de" }).POST("/oauth2/token", {
      headers: { Authorization: `Basic ${Buffer.from("id:secret").toString("base64")}` },
      body: { grant_type: "client_credentials", scope: "partners" },
      bodySerializer: (body) => new URLSearchParams(body as Record<string, string>).toString(),
    });
    expect(data).toMatchObject({ expires_in: 3599, token_type: "bearer" });
    const withToken = createClient<paths>({ baseUrl: sandboxServer, headers: { Authorization: `Bearer ${data!.access_token}` } });
    const list = () => withToken.GET(IDS, { params: { path: { person_id: PERSON } } });
    expect((await list()).response.status).toBe(200);
    await sandbox.clock.advance("3599s");
    const refused = await list();
    expect(refused.response.status).toBe(401);
  });

  it("a sleep on the clock resolves when the test advances past it, not before", async () => {
    const { clock } = createKycSandbox();
    let woke = false;
    const sleeping = clock.sleep(10_000).then(() => (woke = true));
    await clock.advance("9s");
    expect(woke).toBe(false);
    await clock.advance("1s");
    await sleeping;
    expect(woke).toBe(true);
  });

  it("in auto-advance mode, an in-process client's requests finish before their timeout could fire", async () => {
    const auto = createKycSandbox({ baseUrl: "https://auto.test", clock: { autoAdvance: true } });
    server.use(...auto.handlers);
    const client = createKycClient({
      baseUrl: "https://auto.test",
      auth: { clientId: "id", clientSecret: "secret", tokenUrl: "https://auto.test/oauth2/token" },
      clock: auto.clock,
    });
    const start = auto.clock.now();
    for (let i = 0; i < 20; i++)
      expect((await client.POST(IDS, { params: { path: { person_id: PERSON } }, body: { method: "idnow" } })).response.status).toBe(201);
    expect(auto.clock.now()).toBe(start);
    server.resetHandlers();
  });

  it("in auto-advance mode a sleep moves the clock to its end at once", async () => {
    const { clock } = createKycSandbox({ clock: { autoAdvance: true } });
    const start = clock.now();
    await clock.sleep(5 * 60_000);
    expect(clock.now() - start).toBe(5 * 60_000);
  });
});
