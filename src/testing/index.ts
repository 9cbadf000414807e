// solaris-kyc/testing: test an integration against the contract, offline and in-process.
// MSW handlers answering with the spec's named examples, and signed webhook deliveries.
// Needs the optional peer dependency msw, 2 or 3 (`npm install -D msw`); openapi-msw's typed `http`
// is in solaris-kyc/testing/openapi-msw. Node-only: signWebhookBody signs synchronously with node:crypto.
export {
  createKycHandlers,
  kycHandler,
  type KycAnswer,
  type KycBodyAnswer,
  type KycExampleChoice,
  type KycHandlerOptions,
  type KycHandlersOptions,
  type KycStatus,
} from "./handlers.js";
export {
  webhookDelivery,
  webhookExampleNames,
  type DeepPartial,
  type WebhookDelivery,
  type WebhookDeliveryOptions,
  type WebhookExampleName,
} from "./delivery.js";
export { signWebhookBody } from "./sign.js";
export {
  createKycSandbox,
  createSandboxClock,
  type AttemptOutcome,
  type DeliveryAttempt,
  type DeliveryState,
  type Duration,
  type Expiries,
  type HistoryEntry,
  type KycSandbox,
  type KycSandboxOptions,
  type LifecycleTrigger,
  type SandboxClock,
  type SandboxClockOptions,
  type SandboxDelivery,
  type SandboxWebhookOptions,
  type SimulateOptions,
  type WebhookRequest,
} from "./sandbox/index.js";
export { serveKycSandbox, CONTROL_PREFIX, type KycSandboxServer, type ServeKycSandboxOptions } from "./sandbox/http.js";
