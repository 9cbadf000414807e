// Whole flows per identification method to each of its final statuses, written by hand from the
// spec's lifecycle pages (spec/lifecycles/*.yaml and their sources), with the statuses the
// IDENTIFICATION webhooks must carry. The in-process and the HTTP sandbox tests drive the same table.
//
// A step is the partner's call ("request", "authorize", "outcome:<SCENARIO>" for simulate_outcome),
// time passing ("+24h"), or an event the test simulates (anything else).
export interface Flow {
  method: "idnow" | "idnow_autoident" | "idnow_custom" | "manual" | "postident" | "bank" | "bank_id" | "bank_plus" | "fourthline";
  final: string;
  steps: string[];
  /** Every IDENTIFICATION webhook's status, in order (the first is the creation). */
  webhooks: string[];
}

const IDNOW_PATH = ["created", "pending"];
export const flows: Flow[] = [
  { method: "idnow", final: "successful", steps: ["request", "idnow.successful"], webhooks: [...IDNOW_PATH, "successful"] },
  {
    method: "idnow",
    final: "failed",
    steps: ["request", "idnow.doubtful_under_review", "review.failed"],
    webhooks: [...IDNOW_PATH, "pending_failed", "failed"],
  },
  { method: "idnow", final: "expired", steps: ["request", "idnow.aborted", "+24h"], webhooks: [...IDNOW_PATH, "aborted", "expired"] },
  {
    method: "idnow_autoident",
    final: "successful",
    steps: ["request", "autoident.passed_under_review", "review.confirmed"],
    webhooks: [...IDNOW_PATH, "pending_successful", "successful"],
  },
  { method: "idnow_autoident", final: "failed", steps: ["request", "autoident.failed"], webhooks: [...IDNOW_PATH, "failed"] },
  { method: "idnow_autoident", final: "expired", steps: ["request", "+24h"], webhooks: [...IDNOW_PATH, "expired"] },
  { method: "idnow_custom", final: "successful", steps: ["request", "provider.completed"], webhooks: [...IDNOW_PATH, "successful"] },
  { method: "manual", final: "failed", steps: ["request", "provider.failed"], webhooks: [...IDNOW_PATH, "failed"] },
  { method: "postident", final: "successful", steps: ["request", "provider.completed"], webhooks: [...IDNOW_PATH, "successful"] },
  {
    method: "bank",
    final: "successful",
    steps: ["request", "bank.account_verified", "authorize", "qes.otp_confirmed", "qes.signed"],
    webhooks: [...IDNOW_PATH, "authorization_required", "confirmation_required", "confirmed", "successful"],
  },
  { method: "bank", final: "failed", steps: ["request", "bank.account_check_failed"], webhooks: [...IDNOW_PATH, "failed"] },
  {
    method: "bank",
    final: "expired",
    steps: ["request", "bank.account_verified", "authorize", "+24h"],
    webhooks: [...IDNOW_PATH, "authorization_required", "confirmation_required", "expired"],
  },
  {
    method: "bank_id",
    final: "successful",
    steps: ["request", "bank.account_verified", "fourthline.data_verified", "authorize", "qes.otp_confirmed", "qes.signed"],
    webhooks: [...IDNOW_PATH, "identification_data_required", "authorization_required", "confirmation_required", "confirmed", "successful"],
  },
  {
    method: "bank_id",
    final: "failed",
    steps: ["request", "bank.account_verified", "fourthline.data_rejected"],
    webhooks: [...IDNOW_PATH, "identification_data_required", "failed"],
  },
  {
    method: "bank_id",
    final: "expired",
    steps: ["request", "bank.account_verified", "fourthline.data_verified", "+24h"],
    webhooks: [...IDNOW_PATH, "identification_data_required", "authorization_required", "expired"],
  },
  {
    method: "bank_plus",
    final: "successful",
    steps: ["request", "pre_ident.successful", "cdd.yellow", "review.green", "reference_transfer.valid"],
    webhooks: [...IDNOW_PATH, "pre_successful", "pending_account_creation", "pending_ref_transfer", "successful"],
  },
  {
    method: "bank_plus",
    final: "successful",
    steps: ["request", "outcome:SUCCESSFUL_PRE_IDENT", "outcome:SUCCESSFUL_ACCOUNT_OPENING", "outcome:SUCCESSFUL_REFERENCE_TRANSFER"],
    webhooks: [...IDNOW_PATH, "pre_successful", "pending_ref_transfer", "successful"],
  },
  // From `aborted` the lifecycle lets only SUCCESSFUL_PRE_IDENT through simulate_outcome; the customer restarts first.
  {
    method: "bank_plus",
    final: "failed",
    steps: ["request", "outcome:ABORTED_PRE_IDENT", "pre_ident.restarted_after_abort", "outcome:FAILED_PRE_IDENT"],
    webhooks: [...IDNOW_PATH, "aborted", "pending", "failed"],
  },
  {
    method: "bank_plus",
    final: "expired",
    steps: ["request", "pre_ident.successful", "cdd.green", "+24h"],
    webhooks: [...IDNOW_PATH, "pre_successful", "pending_ref_transfer", "expired"],
  },
  {
    method: "fourthline",
    final: "successful",
    steps: ["fourthline.kyc_uploaded", "fourthline.processed", "fourthline.successful_after_processing"],
    webhooks: ["created", "pending", "processed", "successful"],
  },
  { method: "fourthline", final: "rejected", steps: ["fourthline.kyc_uploaded", "fourthline.rejected"], webhooks: ["created", "pending", "rejected"] },
  {
    method: "fourthline",
    final: "fraud",
    steps: ["fourthline.kyc_uploaded", "fourthline.failed", "fourthline.kyc_uploaded_again", "fourthline.fraud"],
    webhooks: ["created", "pending", "failed", "pending", "fraud"],
  },
];

/** One action a flow step needs: the test supplies how (in process or over HTTP). */
export interface FlowDriver {
  create(method: Flow["method"]): Promise<string>;
  call(id: string, step: "request" | "authorize" | `outcome:${string}`): Promise<number>;
  simulate(id: string, event: string): Promise<void>;
  advance(duration: string): Promise<void>;
  status(id: string): Promise<string>;
}

/** Runs the flow's steps; returns the status code of each partner call (all must be 200). */
export async function runFlow(flow: Flow, driver: FlowDriver): Promise<{ id: string; calls: number[]; status: string }> {
  const id = await driver.create(flow.method);
  const calls: number[] = [];
  for (const step of flow.steps) {
    if (step === "request" || step === "authorize" || step.startsWith("outcome:")) calls.push(await driver.call(id, step as "request"));
    else if (step.startsWith("+")) await driver.advance(step.slice(1));
    else await driver.simulate(id, step);
  }
  return { id, calls, status: await driver.status(id) };
}
