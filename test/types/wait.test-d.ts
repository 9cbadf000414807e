// Type tests of the poller and the paginator: compiled by `npm run test:types` (tsc), never run.
import { expectTypeOf } from "vitest";
import { createKycClient, listIdentifications, waitForIdentification, waitForIdentificationSession } from "../../src/index.js";
import type {
  Identification,
  IdentificationPage,
  IdentificationSession,
  IdentificationSessionStatus,
  IdentificationStatus,
  IdentificationWaitResult,
  SessionWaitResult,
} from "../../src/types.js";

const kyc = createKycClient({ baseUrl: "https://api.solaris-sandbox.de", auth: { getToken: async () => "token" } });
const person_id = "dc1a6812a14f6cc338cd084208535bcdcper";
const id = "a7a57dadfcc83117b5c3b72f4113be25cidt";

export async function waiting() {
  const result = await waitForIdentification(kyc, { person_id, id, method: "bank" }, { timeoutMs: 60_000 });
  switch (result.state) {
    case "reached":
      expectTypeOf(result.identification).toEqualTypeOf<Identification>();
      if (result.reason === "final") expectTypeOf(result.status).toEqualTypeOf<"successful" | "failed" | "expired">();
      if (result.reason === "partner_action") {
        expectTypeOf(result.status).toEqualTypeOf<"created" | "pending" | "authorization_required" | "confirmation_required" | "confirmed">();
        // idnow's pending_successful is no status of a bank identification
        expectTypeOf<"pending_successful">().not.toExtend<typeof result.status>();
      }
      // No `until` was given: nothing reaches this reason.
      if (result.reason === "until") expectTypeOf(result.status).toBeNever();
      break;
    case "timed_out":
    case "aborted":
      expectTypeOf(result.last).toEqualTypeOf<Identification | undefined>();
      // @ts-expect-error only a reached result has a status
      result.status;
      break;
    default:
      expectTypeOf(result).toBeNever();
  }

  // A status list narrows the "until" status to its members.
  const confirmed = await waitForIdentification(kyc, { person_id, id }, { timeoutMs: 60_000, until: ["confirmed", "confirmation_required"] });
  if (confirmed.state === "reached" && confirmed.reason === "until") expectTypeOf(confirmed.status).toEqualTypeOf<"confirmed" | "confirmation_required">();
  // Without a method, a final status is any method's final status.
  if (confirmed.state === "reached" && confirmed.reason === "final") expectTypeOf(confirmed.status).toExtend<IdentificationStatus>();

  // A predicate sees the spec's status type and the identification.
  const predicate = await waitForIdentification(
    kyc,
    { person_id, id },
    {
      timeoutMs: 60_000,
      until: (status, identification) => {
        expectTypeOf(status).toEqualTypeOf<IdentificationStatus>();
        expectTypeOf(identification).toEqualTypeOf<Identification>();
        return identification.url != null;
      },
    },
  );
  if (predicate.state === "reached" && predicate.reason === "until") expectTypeOf(predicate.status).toEqualTypeOf<IdentificationStatus>();
  expectTypeOf(predicate).toEqualTypeOf<IdentificationWaitResult<IdentificationMethod, IdentificationStatus>>();

  // @ts-expect-error a status the spec does not have
  await waitForIdentification(kyc, { person_id, id }, { timeoutMs: 1, until: ["video_call"] });
  // @ts-expect-error timeoutMs is required
  await waitForIdentification(kyc, { person_id, id }, {});
  // @ts-expect-error a method the spec does not have
  await waitForIdentification(kyc, { person_id, id, method: "selfie" }, { timeoutMs: 1 });

  const session = await waitForIdentificationSession(
    kyc,
    { person_id, identification_session_id: "acdede097f821bd8037465d691f69506ises" },
    { timeoutMs: 1, onProgress: (status) => expectTypeOf(status).toEqualTypeOf<IdentificationSessionStatus>() },
  );
  expectTypeOf(session).toEqualTypeOf<SessionWaitResult>();
  if (session.state === "reached") {
    expectTypeOf(session.session).toEqualTypeOf<IdentificationSession>();
    if (session.reason === "final") expectTypeOf(session.status).toEqualTypeOf<"successful" | "rejected" | "expired">();
  }
}

type IdentificationMethod = Identification["method"];

export async function paging() {
  for await (const identification of listIdentifications(kyc, { person_id })) expectTypeOf(identification).toEqualTypeOf<Identification>();
  for await (const page of listIdentifications(kyc, { person_id, pageSize: 1000 }).pages()) {
    expectTypeOf(page).toEqualTypeOf<IdentificationPage>();
    expectTypeOf(page.total).toEqualTypeOf<number | undefined>();
  }
  // @ts-expect-error person_id is required
  listIdentifications(kyc, { pageSize: 10 });
}
