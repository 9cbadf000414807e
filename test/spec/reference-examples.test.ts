// The documented examples of the reference notes (../shared/reference/solaris-kyc-api.md, §6),
// each validated against the spec's schema for it. Placeholders in the notes (`<32hex>`, `…`)
// are filled with fake values; the partial authorize example (E8) is left out: its body is cut.
import { describe, expect, it } from "vitest";
import { validate } from "./schema.js";

const identificationId = "5e7a9c1b3d4f6a8c0e2b4d6f8a0c2e4bcidt";
const cases: Array<[string, string, unknown]> = [
  ["E1 create session request", "/components/schemas/CreateIdentificationSessionRequest", { callback_url: "someurl.com", identification_methods: ["idnow"] }],
  [
    "E3 session configuration",
    "/components/schemas/IdentificationSessionConfiguration",
    { terms_and_conditions_pre_accepted: true, fourthline_provider: "fourthline" },
  ],
  [
    "E5 identification, documents collapsed",
    "/components/schemas/Identification",
    {
      id: "9dfe2f4edaa67138be0c0c1cd3a7d849cidt",
      reference: "TST-ELCCJ",
      url: "https://go.test.idnow.de/company_id/identifications/identification_id",
      status: "successful",
      completed_at: "2021-09-14T18:18:28.000Z",
      method: "idnow",
      proof_of_address_type: "GAS_BILL",
      proof_of_address_issued_at: "2021-12-03",
      language: "EN",
      person_id: "992de312a545bb24a88ddbf57ae8b1ffcper",
      address: { line_1: "BERLINER STR. 45", line_2: "Erste Etage", postal_code: "14169", city: "Berlin", country: "DE", state: "BE" },
      documents: [{}, {}],
      failure_reason: "string",
      iban: "DE11010101010101010100",
      authorization_expires_at: "string",
      confirmation_expires_at: "string",
      provider_status_code: 1000,
      account_verification_error: "accounts_failed",
      idnow_process_type: "eid",
    },
  ],
  ["E6 eligibility request", "/components/schemas/EligibilityCheckRequest", { method: "bank" }],
  ["E6 eligibility response", "/components/schemas/EligibilityCheck", { method: "bank", eligible: true, reasons: ["match_for_person_data_not_found"] }],
  ["E7 create identification request", "/components/schemas/CreateIdentificationRequest", { method: "idnow", language: "EN" }],
  [
    "E7 identification created",
    "/components/schemas/Identification",
    { id: identificationId, reference: null, url: null, status: "created", completed_at: null, method: "idnow" },
  ],
  ["E7 request identification request", "/components/schemas/RequestIdentificationRequest", {}],
  [
    "E7 identification requested",
    "/components/schemas/Identification",
    {
      id: identificationId,
      url: "https://go.test.idnow.de/company/identifications/x",
      status: "pending",
      reference: "TST-XXXXX",
      completed_at: null,
      method: "idnow",
      estimated_waiting_time: 5,
    },
  ],
  ["E10 simulate outcome request", "/components/schemas/SimulateOutcomeRequest", { scenario: "SUCCESSFUL_PRE_IDENT" }],
  [
    "E11 403, string status",
    "/components/schemas/ErrorResponse",
    {
      errors: [
        {
          id: "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
          status: "403",
          code: "unauthorized_action",
          title: "Unauthorized Action",
          detail: "Unauthorized action is not allowed.",
        },
      ],
    },
  ],
  [
    "E11 401, integer status",
    "/components/schemas/ErrorResponse",
    { errors: [{ id: "x", status: 401, code: "token_required", title: "Token Required", detail: "…" }] },
  ],
  ["E11 404", "/components/schemas/ErrorResponse", { errors: [{ id: "x", status: 404, code: "model_not_found", title: "Model Not Found", detail: "…" }] }],
  [
    "E11 500",
    "/components/schemas/ErrorResponse",
    { errors: [{ id: "e8915041-9d8c-4d96-9dd1-04e8522ecdbf", status: "500", code: "generic_error", title: "Generic Error", detail: "There was an error." }] },
  ],
  [
    "errors page 400 with source",
    "/components/schemas/ErrorResponse",
    {
      errors: [
        {
          id: "84b61fb9bf2117b3653a91ba9fc18d8bex",
          status: 400,
          code: "invalid_model",
          title: "Invalid Model",
          detail: "employment_status is not included in the list...",
          source: { field: "employment_status", message: "is not included in the list..." },
        },
      ],
    },
  ],
  [
    "E12 IDENTIFICATION webhook",
    "/components/schemas/IdentificationWebhookPayload",
    {
      id: "9dfe2f4edaa67138be0c0c1cd3a7d849cidt",
      reference: "TST-ELCCJ",
      url: "https://go.test.idnow.de/",
      status: "successful",
      completed_at: "2021-09-14T18:18:28.000Z",
      method: "idnow",
      metadata: { account_bic: "SOBKDEB2XXX", account_currency: "EUR", account_id: "string", iban: "string" },
    },
  ],
  ["E13 token request", "/components/schemas/TokenRequest", { grant_type: "client_credentials", scope: "partners" }],
  [
    "E13 token response",
    "/components/schemas/AccessToken",
    { access_token: "7TosiPbZUa22LTfL3JcyTZvG2C5v...", expires_in: 3599, scope: "partners", token_type: "bearer" },
  ],
];

describe("documented examples of the reference", () => {
  it.each(cases)("%s validates", (_name, pointer, value) => {
    expect(validate(pointer, value)).toEqual([]);
  });

  it("and the schemas reject what the reference rules out", () => {
    expect(validate("/components/schemas/CreateIdentificationSessionRequest", { identification_methods: ["IDNOW"] })).not.toEqual([]);
    expect(validate("/components/schemas/CreateIdentificationSessionRequest", { identification_methods: ["manual"] })).not.toEqual([]);
    expect(validate("/components/schemas/CreateSessionIdentificationRequest", { method: "idnow", proof_of_address_issued_at: "03.12.2021" })).not.toEqual([]);
    expect(validate("/components/schemas/SimulateOutcomeRequest", {})).not.toEqual([]);
  });
});
