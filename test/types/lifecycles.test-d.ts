// Compile-time checks of the lifecycle data and helpers: each method's statuses are its own union,
// nextStatuses answers in that union, any string is accepted (Solaris adds statuses without notice)
// and the data is read-only.
import { expectTypeOf } from "vitest";
import {
  isFinalSessionStatus,
  isFinalStatus,
  lifecycles,
  nextSessionStatuses,
  nextStatuses,
  type FinalIdentificationStatusOf,
  type IdentificationStatusOf,
  type LifecycleTrigger,
  type components,
} from "../../src/index.js";

type IdentificationStatus = components["schemas"]["IdentificationStatus"];
type IdentificationMethod = components["schemas"]["IdentificationMethod"];
type SessionStatus = components["schemas"]["IdentificationSessionStatus"];

// A method's statuses, written out from the sources: Bankident has no IDnow or Fourthline outcomes.
expectTypeOf<IdentificationStatusOf<"bank">>().toEqualTypeOf<
  "created" | "pending" | "authorization_required" | "confirmation_required" | "confirmed" | "successful" | "failed" | "expired"
>();
expectTypeOf<FinalIdentificationStatusOf<"fourthline">>().toEqualTypeOf<"successful" | "rejected" | "fraud">();
// A union of methods gives the union of their statuses, all within the spec's enum.
expectTypeOf<IdentificationStatusOf<"bank" | "fourthline">>().toEqualTypeOf<IdentificationStatusOf<"bank"> | IdentificationStatusOf<"fourthline">>();
expectTypeOf<IdentificationStatusOf<IdentificationMethod>>().toMatchTypeOf<IdentificationStatus>();

expectTypeOf(nextStatuses("bank", "authorization_required")).toEqualTypeOf<readonly IdentificationStatusOf<"bank">[]>();
expectTypeOf(nextSessionStatuses("pending")).toEqualTypeOf<readonly SessionStatus[]>();
expectTypeOf(isFinalStatus("idnow", "aborted")).toEqualTypeOf<boolean>();
expectTypeOf(isFinalSessionStatus("expired")).toEqualTypeOf<boolean>();

// What an answer carries compiles as it is: a method and a status of the wide types.
declare const identification: { method: IdentificationMethod; status: IdentificationStatus };
expectTypeOf(nextStatuses(identification.method, identification.status)).toEqualTypeOf<readonly IdentificationStatusOf<IdentificationMethod>[]>();
// A status or method the spec does not list (yet) is accepted, and answered with false / [].
isFinalStatus("bank", "video_review");
nextStatuses("carrier_pigeon" as string, "created");

// The data is typed per method and read-only.
expectTypeOf(lifecycles.identifications.bank.initial).toEqualTypeOf<IdentificationStatusOf<"bank">>();
expectTypeOf(lifecycles.identifications.bank.statuses.confirmed.actor).toEqualTypeOf<"customer" | "provider" | "partner" | "time" | "none">();
// @ts-expect-error idnow has no authorization step
void lifecycles.identifications.idnow.statuses.authorization_required;
// @ts-expect-error the lifecycles are read-only
lifecycles.identifications.bank.initial = "pending";
// The operation of a trigger is an operationId of the spec.
expectTypeOf<Extract<LifecycleTrigger, { kind: "operation" }>["operationId"]>().toEqualTypeOf<keyof import("../../generated/schema.js").operations>();
