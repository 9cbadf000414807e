// A stand-in for generated/lifecycles.ts (issue 19) in the shape /work/coord/PLAN.md decided, until
// that file is on this branch: the orderings of the spec's IdentificationStatus and
// IdentificationSessionStatus descriptions. Deleted when the generated data lands.
import type { components } from "../../../generated/schema.js";

type Method = components["schemas"]["IdentificationMethod"];
export type Actor = "customer" | "provider" | "partner" | "time" | "none";
export interface LifecycleStatus { actor: Actor; retry?: "same_identification" | "new_identification"; description: string }
export type LifecycleTrigger =
  | { kind: "operation"; operationId: string }
  | { kind: "simulation"; operationId: string; scenario?: string }
  | { kind: "customer" | "provider" | "time"; event: string };
export interface LifecycleSource { kind: "docs" | "sdk" | "inferred"; ref?: string; reason?: string }
export interface LifecycleTransition { from: string; to: string; trigger: LifecycleTrigger; source: LifecycleSource }
export interface Lifecycle { initial: string; final: readonly string[]; statuses: Record<string, LifecycleStatus>; transitions: readonly LifecycleTransition[] }

const inferred: LifecycleSource = { kind: "inferred", reason: "draft" };
const status = (actor: Actor): LifecycleStatus => ({ actor, description: "" });
const op = (from: string, to: string, operationId: string): LifecycleTransition => ({ from, to, trigger: { kind: "operation", operationId }, source: inferred });
const sim = (from: string, to: string, operationId: string, scenario?: string): LifecycleTransition => ({
  from,
  to,
  trigger: scenario ? { kind: "simulation", operationId, scenario } : { kind: "simulation", operationId },
  source: inferred,
});
const on = (kind: "customer" | "provider" | "time", from: string, to: string, event: string): LifecycleTransition => ({ from, to, trigger: { kind, event }, source: inferred });

const request = op("created", "pending", "requestIdentification");
const qes = [
  op("authorization_required", "confirmation_required", "authorizeIdentification"),
  on("customer", "confirmation_required", "confirmed", "qes.otp_confirmed"),
  on("provider", "confirmed", "successful", "bank.successful"),
  on("time", "authorization_required", "expired", "authorization.expired"),
  on("time", "confirmation_required", "expired", "confirmation.expired"),
];
const bankStatuses = {
  created: status("partner"),
  pending: status("customer"),
  authorization_required: status("partner"),
  confirmation_required: status("customer"),
  confirmed: status("provider"),
  successful: status("none"),
  failed: status("none"),
  expired: status("none"),
};

const idnow: Lifecycle = {
  initial: "created",
  final: ["successful", "failed", "expired"],
  statuses: {
    created: status("partner"),
    pending: status("customer"),
    pending_successful: status("provider"),
    pending_failed: status("provider"),
    aborted: { actor: "customer", retry: "same_identification", description: "" },
    canceled: { actor: "customer", retry: "same_identification", description: "" },
    successful: status("none"),
    failed: { actor: "none", retry: "new_identification", description: "" },
    expired: status("none"),
  },
  transitions: [
    request,
    on("provider", "pending", "successful", "idnow.successful"),
    on("provider", "pending", "pending_successful", "idnow.pending_successful"),
    on("provider", "pending_successful", "successful", "idnow.review_successful"),
    on("provider", "pending", "pending_failed", "idnow.pending_failed"),
    on("provider", "pending_failed", "failed", "idnow.review_failed"),
    on("provider", "pending", "failed", "idnow.failed"),
    on("customer", "pending", "aborted", "customer.aborted"),
    on("provider", "pending", "canceled", "idnow.canceled"),
    on("customer", "aborted", "pending", "customer.resumed"),
    on("customer", "canceled", "pending", "customer.resumed_after_cancel"),
    on("time", "pending", "expired", "expired"),
  ],
};

const bank: Lifecycle = {
  initial: "created",
  final: ["successful", "failed", "expired"],
  statuses: bankStatuses,
  transitions: [
    request,
    on("customer", "pending", "authorization_required", "bank.login_done"),
    on("provider", "pending", "failed", "bank.failed"),
    ...qes,
  ],
};

const bankId: Lifecycle = {
  initial: "created",
  final: ["successful", "failed", "expired"],
  statuses: { ...bankStatuses, identification_data_required: status("customer") },
  transitions: [
    request,
    on("customer", "pending", "identification_data_required", "bank.login_done"),
    sim("pending", "identification_data_required", "simulateBankIdUntilIdentificationDataRequired"),
    on("provider", "pending", "failed", "bank.failed"),
    on("customer", "identification_data_required", "authorization_required", "fourthline.data_uploaded"),
    ...qes,
  ],
};

const fourthline: Lifecycle = {
  initial: "created",
  final: ["successful", "failed", "rejected"],
  statuses: { created: status("partner"), pending: status("customer"), successful: status("none"), failed: status("none"), rejected: status("none") },
  transitions: [
    request,
    on("provider", "pending", "successful", "fourthline.successful"),
    on("provider", "pending", "failed", "fourthline.failed"),
    on("provider", "pending", "rejected", "fourthline.rejected"),
  ],
};

const simulateOutcome = "simulateIdentificationOutcome";
const bankPlus: Lifecycle = {
  initial: "created",
  final: ["successful", "failed"],
  statuses: {
    created: status("partner"),
    pending: status("customer"),
    aborted: status("customer"),
    canceled: status("customer"),
    pre_successful: status("provider"),
    pending_account_creation: status("provider"),
    pending_ref_transfer: status("customer"),
    successful: status("none"),
    failed: status("none"),
  },
  transitions: [
    request,
    ...["pending", "aborted", "canceled"].flatMap((from) => [
      sim(from, "pre_successful", simulateOutcome, "SUCCESSFUL_PRE_IDENT"),
      sim(from, "failed", simulateOutcome, "FAILED_PRE_IDENT"),
    ]),
    sim("pending", "aborted", simulateOutcome, "ABORTED_PRE_IDENT"),
    sim("pending", "canceled", simulateOutcome, "CANCELED_PRE_IDENT"),
    sim("pre_successful", "pending_ref_transfer", simulateOutcome, "SUCCESSFUL_ACCOUNT_OPENING"),
    sim("pre_successful", "failed", simulateOutcome, "FAILED_ACCOUNT_OPENING"),
    sim("pending_ref_transfer", "successful", simulateOutcome, "SUCCESSFUL_REFERENCE_TRANSFER"),
    sim("pending_ref_transfer", "failed", simulateOutcome, "FAILED_REFERENCE_TRANSFER_NAME_CHECK"),
    on("provider", "pending", "pre_successful", "idnow.pre_successful"),
    on("provider", "pre_successful", "pending_account_creation", "cdd.manual_review"),
    on("provider", "pre_successful", "pending_ref_transfer", "account.opened"),
    on("provider", "pending_account_creation", "pending_ref_transfer", "account.opened_after_review"),
    on("customer", "pending_ref_transfer", "successful", "transfer.valid"),
  ],
};

const simple: Lifecycle = {
  initial: "created",
  final: ["successful", "failed"],
  statuses: { created: status("partner"), pending: status("customer"), successful: status("none"), failed: status("none") },
  transitions: [request, on("provider", "pending", "successful", "provider.successful"), on("provider", "pending", "failed", "provider.failed")],
};

const sessions: Lifecycle = {
  initial: "created",
  final: ["successful", "rejected", "expired"],
  statuses: {
    created: status("customer"),
    pending: status("customer"),
    identification_data_required: status("customer"),
    authorization_required: status("partner"),
    confirmation_required: status("customer"),
    confirmed: status("provider"),
    pending_successful: status("provider"),
    successful: status("none"),
    rejected: status("none"),
    expired: status("none"),
  },
  transitions: [
    on("customer", "created", "pending", "session.started"),
    on("customer", "pending", "identification_data_required", "session.bank_login_done"),
    on("customer", "pending", "authorization_required", "session.bank_login_done_qes"),
    on("customer", "identification_data_required", "authorization_required", "session.data_uploaded"),
    on("customer", "authorization_required", "confirmation_required", "session.authorized"),
    on("customer", "confirmation_required", "confirmed", "session.otp_confirmed"),
    on("provider", "confirmed", "successful", "session.successful_after_qes"),
    on("provider", "pending", "pending_successful", "session.pending_successful"),
    on("provider", "pending", "successful", "session.successful"),
    on("provider", "pending_successful", "successful", "session.review_successful"),
    on("provider", "pending", "rejected", "session.rejected"),
    on("time", "created", "expired", "session.expired"),
    on("time", "pending", "expired", "session.expired_pending"),
  ],
};

export const lifecycles: { identifications: Record<Method, Lifecycle>; sessions: Lifecycle } = {
  identifications: {
    idnow,
    idnow_autoident: idnow,
    idnow_custom: simple,
    bank,
    bank_id: bankId,
    bank_plus: bankPlus,
    fourthline,
    manual: simple,
    postident: simple,
  },
  sessions,
};
