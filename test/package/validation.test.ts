// Schema validation in the client (`validateResponses`) and in parseWebhook (`{ validate: true }`),
// over an injected fetch and the spec's own examples.
import { beforeAll, describe, expect, it } from "vitest";
import { examples } from "../../generated/examples.js";
import { KycApiError, KycWebhookError, REDACTED, createKycClient, parseWebhook, webhookEventTypes } from "../../src/index.js";
import { signWebhookBody } from "../../src/testing/sign.js";
import { BASE_URL, CLIENT_SECRET, TOKEN_URL, envelope, fakeFetch, getIdentification, json, makeClient, rejection } from "./helpers.js";

const identification = examples.getIdentification.responses["200"].idnow_successful.value;
// The example without its required `status`, and with its personal data still in it.
const drifted = (() => {
  const { status: _, ...rest } = identification;
  return rest;
})();

describe("createKycClient({ validateResponses })", () => {
  // The client loads the validators on first use; load them once here, so no test pays the transform.
  beforeAll(() => import("../../src/validators.js"), 60_000);

  it("off (the default): a drifting answer is returned as it is, and nothing is checked", async () => {
    const api = fakeFetch(() => json(drifted));
    const { kyc, logs } = makeClient(api.fetch);
    const { data } = await getIdentification(kyc);
    expect(data).toEqual(drifted);
    expect(logs.map((l) => l.event)).toEqual(["token", "response"]);
  });

  it("warn: logs the drifting answer, redacted, with its pointer, and returns it", async () => {
    const api = fakeFetch(() => json(drifted));
    const { kyc, logs } = makeClient(api.fetch, { validateResponses: "warn" });
    const { data } = await getIdentification(kyc);
    expect(data).toEqual(drifted);
    const warning = logs.find((l) => l.event === "validation");
    expect(warning).toMatchObject({
      level: "warn",
      method: "GET",
      status: 200,
      problems: [{ pointer: "/status", message: "must have required property 'status'" }],
    });
    expect(warning!.message).toContain("/status must have required property 'status'");
    expect(warning!.message).toContain("getIdentification");
    expect((warning!.body as Record<string, unknown>).address).toBe(REDACTED);
    expect(JSON.stringify(logs)).not.toContain(JSON.stringify((identification.address as { line_1: string }).line_1));
    expect(logs.map((l) => l.event)).toEqual(["token", "validation", "response"]);
  });

  it("throw: a drifting answer throws KycApiError invalid_response naming the pointer", async () => {
    const api = fakeFetch(() => json({ ...identification, method: "carrier_pigeon" }));
    const { kyc, logs } = makeClient(api.fetch, { validateResponses: "throw" });
    const error = await rejection(getIdentification(kyc));
    expect(error).toBeInstanceOf(KycApiError);
    expect(error).toMatchObject({ code: "invalid_response", status: 200, method: "GET" });
    expect((error as Error).message).toMatch(/does not match the spec \(getIdentification\): \/method must be one of: /);
    expect(logs.find((l) => l.event === "failure")).toMatchObject({ level: "error", problems: [{ pointer: "/method" }] });
  });

  it("throw: every example answer of the operation passes", async () => {
    const answers = Object.entries(examples.getIdentification.responses).flatMap(([status, byName]) =>
      Object.values(byName as Record<string, { value: unknown }>).map((e) => ({ status: status === "default" ? 418 : Number(status), body: e.value })),
    );
    expect(answers.length).toBeGreaterThan(3);
    for (const { status, body } of answers) {
      const api = fakeFetch(() => json(body, status));
      const { kyc } = makeClient(api.fetch, { validateResponses: "throw", retry: { maxAttempts: 1 } });
      const result = await getIdentification(kyc);
      expect(result.response.status).toBe(status);
    }
  });

  it("throw: an error answer is checked too (against its status, else `default`)", async () => {
    const broken = envelope(404, "model_not_found");
    delete (broken.errors[0] as Partial<(typeof broken.errors)[0]>).code;
    const api = fakeFetch(() => json(broken, 404));
    const { kyc } = makeClient(api.fetch, { validateResponses: "throw" });
    const error = await rejection(getIdentification(kyc));
    expect(error).toMatchObject({ code: "invalid_response", status: 404 });
    expect((error as Error).message).toContain("/errors/0/code must have required property 'code'");

    // 418 is not declared: checked against `default`.
    const teapot = envelope(418);
    delete (teapot.errors[0] as Partial<(typeof teapot.errors)[0]>).title;
    const undeclared = fakeFetch(() => json(teapot, 418));
    const second = makeClient(undeclared.fetch, { validateResponses: "throw" });
    const fallback = await rejection(getIdentification(second.kyc));
    expect((fallback as Error).message).toMatch(
      /418 with a body that does not match the spec \(getIdentification\): \/errors\/0\/title must have required property 'title'/,
    );
  });

  it("the 401 refresh and retries happen before the answer is checked", async () => {
    const api = fakeFetch((_, i) => (i === 0 ? json(envelope(401, "invalid_token"), 401) : i === 1 ? json(envelope(503), 503) : json(identification)));
    const { kyc, logs } = makeClient(api.fetch, { validateResponses: "throw" });
    const { data } = await getIdentification(kyc);
    expect(data).toEqual(identification);
    expect(logs.filter((l) => l.event === "retry").map((l) => l.status)).toEqual([401, 503]);
  });

  it("rejects an unknown mode", () => {
    expect(() =>
      createKycClient({ baseUrl: BASE_URL, auth: { clientId: "id", clientSecret: CLIENT_SECRET, tokenUrl: TOKEN_URL }, validateResponses: "loud" as "warn" }),
    ).toThrow(/validateResponses must be one of "off", "warn", "throw", got "loud"/);
  });
});

describe("parseWebhook(headers, body, secret, { validate: true })", () => {
  const SECRET = "whsec-test-123";
  const sign = (body: string) => signWebhookBody(body, SECRET);
  const [type, webhook] = Object.entries(webhookEventTypes)[0]!;
  const op = Object.values(examples).find((o) => "webhook" in o && o.webhook === webhook && "request" in o) as {
    request: Record<string, { value: Record<string, unknown> }>;
  };
  const payload = Object.values(op.request)[0]!.value;
  const deliver = (value: unknown) => {
    const body = JSON.stringify(value);
    return parseWebhook({ "Solaris-Webhook-Signature": sign(body), "Solaris-Webhook-Event-Type": type }, body, SECRET, { validate: true });
  };

  it("resolves with the event when the payload matches its schema", async () => {
    await expect(deliver(payload)).resolves.toEqual({ type, payload });
  });

  it("rejects a payload that breaks its schema with code invalid_payload naming the pointer", async () => {
    const required = Object.keys(payload)[0]!;
    const { [required]: _, ...rest } = payload;
    const error = await rejection(deliver(rest));
    expect(error).toBeInstanceOf(KycWebhookError);
    expect(error).toMatchObject({
      code: "invalid_payload",
      problems: expect.arrayContaining([{ pointer: `/${required}`, message: `must have required property '${required}'` }]),
    });
    expect((error as Error).message).toContain(`/${required} must have required property '${required}'`);
  });

  it("checks the signature first, as without validation", async () => {
    const body = JSON.stringify(payload);
    const error = await rejection(
      parseWebhook({ "Solaris-Webhook-Signature": sign(`${body} `), "Solaris-Webhook-Event-Type": type }, body, SECRET, { validate: true }),
    );
    expect(error).toMatchObject({ code: "invalid_signature" });
  });

  it("without the option it does not check the schema", async () => {
    const body = JSON.stringify({ not: "the payload" });
    const event = await parseWebhook({ "Solaris-Webhook-Signature": sign(body), "Solaris-Webhook-Event-Type": type }, body, SECRET);
    expect(event).toEqual({ type, payload: { not: "the payload" } });
  });
});
