export { createKycClient } from "./client.js";
export { KycApiError, KycWebhookError } from "./errors.js";
export { parseWebhook, verifyWebhookSignature, EVENT_TYPE_HEADER, SIGNATURE_HEADER } from "./webhooks.js";
export { redact, REDACTED } from "./redact.js";
export { piiFields } from "../generated/pii.js";
export { webhookEventTypes } from "../generated/webhooks.js";
export { lifecycles, isFinalStatus, nextStatuses, isFinalSessionStatus, nextSessionStatuses } from "./lifecycles.js";
export type {
  Actor,
  FinalIdentificationStatusOf,
  IdentificationLifecycles,
  IdentificationStatusOf,
  Lifecycle,
  LifecycleSource,
  LifecycleStatus,
  LifecycleTransition,
  LifecycleTrigger,
  Lifecycles,
  SessionLifecycle,
} from "../generated/lifecycles.js";
export type * from "./types.js";
export { mockPrefer, MOCK_DEFAULT_STATUS, type MockStatus, type MockExample } from "./prefer.js";
export { waitForIdentification, waitForIdentificationSession } from "./wait.js";
export { listIdentifications } from "./paginate.js";
