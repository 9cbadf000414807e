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
