// GENERATED FILE, do not edit. Every validator of the spec, by operationId and webhook (Ajv standalone code in validators-*.ts).
// Source: dist/openapi.json (bundled from spec/). Regenerate with `npm run generate`.

import {
  listIdentifications__response__200,
  listSupportedDocuments__response__200,
  receiveIdentificationReferenceTransferAttemptWebhook__response__200,
  schema_AccessToken,
  schema_CreateIdentificationRequest,
  schema_CreateIdentificationSessionRequest,
  schema_CreateSessionIdentificationRequest,
  schema_EligibilityCheck,
  schema_EligibilityCheckRequest,
  schema_ErrorResponse,
  schema_Identification,
  schema_IdentificationReferenceTransferAttemptWebhookPayload,
  schema_IdentificationSession,
  schema_IdentificationSessionConfiguration,
  schema_IdentificationSessionWebhookPayload,
  schema_IdentificationWebhookPayload,
  schema_OAuthError,
  schema_RequestIdentificationRequest,
  schema_SimulateOutcomeRequest,
} from "./validators-body.js";
import {
  authorizeIdentification__path,
  checkIdentificationEligibility__path,
  coerced_schema_TokenRequest,
  createSessionIdentification__path,
  getIdentification__query,
  getSessionIdentification__path,
  listIdentifications__query,
  receiveIdentificationReferenceTransferAttemptWebhook__header,
  receiveIdentificationSessionWebhook__header,
  receiveIdentificationWebhook__header,
} from "./validators-params.js";

/** One error of Ajv's compiled code (`ErrorObject` of ajv). */
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, any>;
  message?: string;
}

/** A compiled validator: true when valid; otherwise `errors` says why. May coerce parameter values in place. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

export interface OperationValidators {
  /** "GET", "POST", ... */
  method: string;
  /** The path template; null for a webhook. */
  path: string | null;
  /** One object schema per location; header names lower-cased. null: no parameter there. */
  params: { path: CompiledValidator | null; query: CompiledValidator | null; header: CompiledValidator | null };
  /** Query parameters with `style: deepObject` (`page[size]=10` in the URL). */
  deepObject: readonly string[];
  /** The declared header parameters, spelled as in the spec. */
  headers: readonly string[];
  body: CompiledValidator | null;
  bodyRequired: boolean;
  /** By declared status ("default" included); null: the response has no body schema. */
  responses: Readonly<Record<string, CompiledValidator | null>>;
}

export type ValidatedOperationId = "authorizeIdentification" | "checkIdentificationEligibility" | "createAccessToken" | "createIdentification" | "createIdentificationSession" | "createSessionIdentification" | "getIdentification" | "getIdentificationSession" | "getIdentificationSessionConfiguration" | "getSessionIdentification" | "listIdentifications" | "listSupportedDocuments" | "listSupportedDocumentsFromFourthline" | "receiveIdentificationReferenceTransferAttemptWebhook" | "receiveIdentificationSessionWebhook" | "receiveIdentificationWebhook" | "requestIdentification" | "simulateBankIdUntilIdentificationDataRequired" | "simulateIdentificationOutcome";

export const operationValidators: { readonly [K in ValidatedOperationId]: OperationValidators } = {
  authorizeIdentification: {
    method: "PATCH",
    path: "/v1/persons/{person_id}/identifications/{id}/authorize",
    params: { path: authorizeIdentification__path, query: null, header: null },
    deepObject: [],
    headers: [],
    body: null,
    bodyRequired: false,
    responses: { "200": schema_Identification, "400": schema_ErrorResponse, "401": schema_ErrorResponse, "403": schema_ErrorResponse, "404": schema_ErrorResponse, "409": schema_ErrorResponse, "500": schema_ErrorResponse, "default": schema_ErrorResponse },
  },
  checkIdentificationEligibility: {
    method: "POST",
    path: "/v1/persons/{person_id}/identification_eligibility_checks",
    params: { path: checkIdentificationEligibility__path, query: null, header: null },
    deepObject: [],
    headers: [],
    body: schema_EligibilityCheckRequest,
    bodyRequired: true,
    responses: { "200": schema_EligibilityCheck, "400": schema_ErrorResponse, "401": schema_ErrorResponse, "403": schema_ErrorResponse, "404": schema_ErrorResponse, "500": schema_ErrorResponse, "default": schema_ErrorResponse },
  },
  createAccessToken: {
    method: "POST",
    path: "/oauth2/token",
    params: { path: null, query: null, header: null },
    deepObject: [],
    headers: [],
    body: coerced_schema_TokenRequest,
    bodyRequired: true,
    responses: { "200": schema_AccessToken, "400": schema_OAuthError, "401": schema_OAuthError },
  },
  createIdentification: {
    method: "POST",
    path: "/v1/persons/{person_id}/identifications",
    params: { path: checkIdentificationEligibility__path, query: null, header: null },
    deepObject: [],
    headers: [],
    body: schema_CreateIdentificationRequest,
    bodyRequired: true,
    responses: { "201": schema_Identification, "400": schema_ErrorResponse, "401": schema_ErrorResponse, "403": schema_ErrorResponse, "404": schema_ErrorResponse, "409": schema_ErrorResponse, "500": schema_ErrorResponse, "default": schema_ErrorResponse },
  },
  createIdentificationSession: {
    method: "POST",
    path: "/v1/persons/{person_id}/identification_sessions",
    params: { path: checkIdentificationEligibility__path, query: null, header: null },
    deepObject: [],
    headers: [],
    body: schema_CreateIdentificationSessionRequest,
    bodyRequired: true,
    responses: { "201": schema_IdentificationSession, "400": schema_ErrorResponse, "401": schema_ErrorResponse, "403": schema_ErrorResponse, "404": schema_ErrorResponse, "409": schema_ErrorResponse, "500": schema_ErrorResponse, "default": schema_ErrorResponse },
  },
  createSessionIdentification: {
    method: "POST",
    path: "/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications",
    params: { path: createSessionIdentification__path, query: null, header: null },
    deepObject: [],
    headers: [],
    body: schema_CreateSessionIdentificationRequest,
    bodyRequired: true,
    responses: { "201": schema_Identification, "400": schema_ErrorResponse, "401": schema_ErrorResponse, "403": schema_ErrorResponse, "404": schema_ErrorResponse, "409": schema_ErrorResponse, "500": schema_ErrorResponse, "default": schema_ErrorResponse },
  },
  getIdentification: {
    method: "GET",
    path: "/v1/persons/{person_id}/identifications/{id}",
    params: { path: authorizeIdentification__path, query: getIdentification__query, header: null },
    deepObject: [],
    headers: [],
    body: null,
    bodyRequired: false,
    responses: { "200": schema_Identification, "400": schema_ErrorResponse, "401": schema_ErrorResponse, "403": schema_ErrorResponse, "404": schema_ErrorResponse, "500": schema_ErrorResponse, "default": schema_ErrorResponse },
  },
  getIdentificationSession: {
    method: "GET",
    path: "/v1/persons/{person_id}/identification_sessions/{identification_session_id}",
    params: { path: createSessionIdentification__path, query: null, header: null },
    deepObject: [],
    headers: [],
    body: null,
    bodyRequired: false,
    responses: { "200": schema_IdentificationSession, "400": schema_ErrorResponse, "401": schema_ErrorResponse, "403": schema_ErrorResponse, "404": schema_ErrorResponse, "500": schema_ErrorResponse, "default": schema_ErrorResponse },
  },
  getIdentificationSessionConfiguration: {
    method: "GET",
    path: "/v1/persons/{person_id}/identification_sessions/{identification_session_id}/configuration",
    params: { path: createSessionIdentification__path, query: null, header: null },
    deepObject: [],
    headers: [],
    body: null,
    bodyRequired: false,
    responses: { "200": schema_IdentificationSessionConfiguration, "400": schema_ErrorResponse, "401": schema_ErrorResponse, "403": schema_ErrorResponse, "404": schema_ErrorResponse, "500": schema_ErrorResponse, "default": schema_ErrorResponse },
  },
  getSessionIdentification: {
    method: "GET",
    path: "/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications/{id}",
    params: { path: getSessionIdentification__path, query: null, header: null },
    deepObject: [],
    headers: [],
    body: null,
    bodyRequired: false,
    responses: { "200": schema_Identification, "400": schema_ErrorResponse, "401": schema_ErrorResponse, "403": schema_ErrorResponse, "404": schema_ErrorResponse, "500": schema_ErrorResponse, "default": schema_ErrorResponse },
  },
  listIdentifications: {
    method: "GET",
    path: "/v1/persons/{person_id}/identifications",
    params: { path: checkIdentificationEligibility__path, query: listIdentifications__query, header: null },
    deepObject: ["page"],
    headers: [],
    body: null,
    bodyRequired: false,
    responses: { "200": listIdentifications__response__200, "400": schema_ErrorResponse, "401": schema_ErrorResponse, "403": schema_ErrorResponse, "404": schema_ErrorResponse, "500": schema_ErrorResponse, "default": schema_ErrorResponse },
  },
  listSupportedDocuments: {
    method: "GET",
    path: "/v1/persons/{person_id}/identifications/{id}/supported_documents",
    params: { path: authorizeIdentification__path, query: null, header: null },
    deepObject: [],
    headers: [],
    body: null,
    bodyRequired: false,
    responses: { "200": listSupportedDocuments__response__200, "400": schema_ErrorResponse, "401": schema_ErrorResponse, "403": schema_ErrorResponse, "404": schema_ErrorResponse, "500": schema_ErrorResponse, "default": schema_ErrorResponse },
  },
  listSupportedDocumentsFromFourthline: {
    method: "GET",
    path: "/v1/persons/{person_id}/identifications/{id}/supported_documents_from_fourthline",
    params: { path: authorizeIdentification__path, query: null, header: null },
    deepObject: [],
    headers: [],
    body: null,
    bodyRequired: false,
    responses: { "200": listSupportedDocuments__response__200, "400": schema_ErrorResponse, "401": schema_ErrorResponse, "403": schema_ErrorResponse, "404": schema_ErrorResponse, "500": schema_ErrorResponse, "default": schema_ErrorResponse },
  },
  receiveIdentificationReferenceTransferAttemptWebhook: {
    method: "POST",
    path: null,
    params: { path: null, query: null, header: receiveIdentificationReferenceTransferAttemptWebhook__header },
    deepObject: [],
    headers: ["Solaris-Entity-Id","Solaris-Webhook-Attempt","Solaris-Webhook-Event-Type","Solaris-Webhook-Id","Solaris-Webhook-Signature","Solaris-Webhook-Subscription-Id"],
    body: schema_IdentificationReferenceTransferAttemptWebhookPayload,
    bodyRequired: true,
    responses: { "200": receiveIdentificationReferenceTransferAttemptWebhook__response__200, "410": receiveIdentificationReferenceTransferAttemptWebhook__response__200, "422": receiveIdentificationReferenceTransferAttemptWebhook__response__200 },
  },
  receiveIdentificationSessionWebhook: {
    method: "POST",
    path: null,
    params: { path: null, query: null, header: receiveIdentificationSessionWebhook__header },
    deepObject: [],
    headers: ["Solaris-Entity-Id","Solaris-Webhook-Attempt","Solaris-Webhook-Event-Type","Solaris-Webhook-Id","Solaris-Webhook-Signature","Solaris-Webhook-Subscription-Id"],
    body: schema_IdentificationSessionWebhookPayload,
    bodyRequired: true,
    responses: { "200": receiveIdentificationReferenceTransferAttemptWebhook__response__200, "410": receiveIdentificationReferenceTransferAttemptWebhook__response__200, "422": receiveIdentificationReferenceTransferAttemptWebhook__response__200 },
  },
  receiveIdentificationWebhook: {
    method: "POST",
    path: null,
    params: { path: null, query: null, header: receiveIdentificationWebhook__header },
    deepObject: [],
    headers: ["Solaris-Entity-Id","Solaris-Webhook-Attempt","Solaris-Webhook-Event-Type","Solaris-Webhook-Id","Solaris-Webhook-Signature","Solaris-Webhook-Subscription-Id"],
    body: schema_IdentificationWebhookPayload,
    bodyRequired: true,
    responses: { "200": receiveIdentificationReferenceTransferAttemptWebhook__response__200, "410": receiveIdentificationReferenceTransferAttemptWebhook__response__200, "422": receiveIdentificationReferenceTransferAttemptWebhook__response__200 },
  },
  requestIdentification: {
    method: "PATCH",
    path: "/v1/persons/{person_id}/identifications/{id}/request",
    params: { path: authorizeIdentification__path, query: null, header: null },
    deepObject: [],
    headers: [],
    body: schema_RequestIdentificationRequest,
    bodyRequired: false,
    responses: { "200": schema_Identification, "400": schema_ErrorResponse, "401": schema_ErrorResponse, "403": schema_ErrorResponse, "404": schema_ErrorResponse, "409": schema_ErrorResponse, "500": schema_ErrorResponse, "default": schema_ErrorResponse },
  },
  simulateBankIdUntilIdentificationDataRequired: {
    method: "POST",
    path: "/v1/persons/{person_id}/identification_sessions/{identification_session_id}/simulate_bank_id_until_identification_data_required",
    params: { path: createSessionIdentification__path, query: null, header: null },
    deepObject: [],
    headers: [],
    body: null,
    bodyRequired: false,
    responses: { "200": schema_Identification, "400": schema_ErrorResponse, "401": schema_ErrorResponse, "403": schema_ErrorResponse, "404": schema_ErrorResponse, "409": schema_ErrorResponse, "500": schema_ErrorResponse, "default": schema_ErrorResponse },
  },
  simulateIdentificationOutcome: {
    method: "PATCH",
    path: "/v1/persons/{person_id}/identifications/{id}/simulate_outcome",
    params: { path: authorizeIdentification__path, query: null, header: null },
    deepObject: [],
    headers: [],
    body: schema_SimulateOutcomeRequest,
    bodyRequired: true,
    responses: { "200": schema_Identification, "400": schema_ErrorResponse, "401": schema_ErrorResponse, "403": schema_ErrorResponse, "404": schema_ErrorResponse, "409": schema_ErrorResponse, "500": schema_ErrorResponse, "default": schema_ErrorResponse },
  },
};

/** Webhook name (its key in the spec's `webhooks`) → the validator of its payload. */
export const webhookPayloadValidators: Readonly<Record<string, CompiledValidator>> = {
  "IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT": schema_IdentificationReferenceTransferAttemptWebhookPayload,
  "IDENTIFICATION_SESSION": schema_IdentificationSessionWebhookPayload,
  "IDENTIFICATION": schema_IdentificationWebhookPayload,
};
