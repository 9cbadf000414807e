// The root entry's types: the spec's types under readable names. One alias per component comes from
// generated/schema.ts (`IdentificationSession`, `Identification`, `IdentificationStatus`,
// `ErrorResponse`, `ResponseBadRequest`, ...; `ErrorObject` and `IdentificationDocument` are the
// spec's `Error` and `Document`, renamed so they do not shadow the globals).
import type { operations, paths } from "../generated/schema.js";

export type * from "../generated/schema.js";
export type { PiiField } from "../generated/pii.js";
export type { WebhookEventType, WebhookPayloads } from "../generated/webhooks.js";
export type { ParseWebhookOptions, WebhookEvent, WebhookHeaders } from "./webhooks.js";
export type { ValidationProblem } from "./validators.js";
export type { KycApiErrorCode, KycWebhookErrorCode } from "./errors.js";
export type { KycClock } from "./clock.js";
export type {
  ClientCredentialsAuth,
  KycClient,
  KycClientOptions,
  KycLogEntry,
  RetryOptions,
  TokenFunctionAuth,
} from "./client.js";

/** Every operationId of the spec: its paths' operations and its webhooks (`receiveIdentificationWebhook`, ...). */
export type OperationId = keyof operations;
export type ApiPath = keyof paths;

/** The JSON request body of an operation. */
export type RequestBody<Op extends OperationId> = operations[Op] extends { requestBody?: infer B }
  ? B extends { content: { "application/json": infer T } }
    ? T
    : never
  : never;

/** The JSON body an operation answers with a given status. */
export type ResponseBody<Op extends OperationId, Status extends keyof operations[Op]["responses"]> = operations[Op]["responses"][Status] extends {
  content: { "application/json": infer T };
}
  ? T
  : never;
export type {
  FinalSessionStatus,
  IdentificationWaitResult,
  PartnerActionIdentificationStatus,
  PartnerActionSessionStatus,
  ReachedReason,
  SessionWaitResult,
  WaitOptions,
  UntilTest,
  WaitUntil,
} from "./wait.js";
export type { IdentificationList, IdentificationPage, ListIdentificationsOptions } from "./paginate.js";
