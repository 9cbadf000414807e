// GENERATED FILE, do not edit. Every named example of the spec, typed against the generated schema.
// Source: dist/openapi.json (bundled from spec/). Regenerate with `npm run generate`.

import type { paths, webhooks } from "./schema.js";

/** One named example: `value` has the schema type of its request body or response. */
export interface Example<T, M extends string = string> {
  summary: string;
  mediaType: M;
  value: T;
}

/** examples[operationId].request[name], examples[operationId].responses[status][name]. */
export interface Examples {
  authorizeIdentification: {
    method: "PATCH";
    path: "/v1/persons/{person_id}/identifications/{id}/authorize";
    responses: {
      "200": {
        bank: Example<paths["/v1/persons/{person_id}/identifications/{id}/authorize"]["patch"]["responses"][200]["content"]["application/json"], "application/json">;
      };
      "400": {
        invalid_model: Example<paths["/v1/persons/{person_id}/identifications/{id}/authorize"]["patch"]["responses"][400]["content"]["application/json"], "application/json">;
      };
      "401": {
        invalid_token: Example<paths["/v1/persons/{person_id}/identifications/{id}/authorize"]["patch"]["responses"][401]["content"]["application/json"], "application/json">;
        token_required: Example<paths["/v1/persons/{person_id}/identifications/{id}/authorize"]["patch"]["responses"][401]["content"]["application/json"], "application/json">;
      };
      "403": {
        unauthorized_action: Example<paths["/v1/persons/{person_id}/identifications/{id}/authorize"]["patch"]["responses"][403]["content"]["application/json"], "application/json">;
      };
      "404": {
        model_not_found: Example<paths["/v1/persons/{person_id}/identifications/{id}/authorize"]["patch"]["responses"][404]["content"]["application/json"], "application/json">;
      };
      "409": {
        record_not_unique: Example<paths["/v1/persons/{person_id}/identifications/{id}/authorize"]["patch"]["responses"][409]["content"]["application/json"], "application/json">;
      };
      "500": {
        generic_error: Example<paths["/v1/persons/{person_id}/identifications/{id}/authorize"]["patch"]["responses"][500]["content"]["application/json"], "application/json">;
      };
      "default": {
        unexpected_error: Example<paths["/v1/persons/{person_id}/identifications/{id}/authorize"]["patch"]["responses"]["default"]["content"]["application/json"], "application/json">;
      };
    };
  };
  checkIdentificationEligibility: {
    method: "POST";
    path: "/v1/persons/{person_id}/identification_eligibility_checks";
    request: {
      bank: Example<NonNullable<paths["/v1/persons/{person_id}/identification_eligibility_checks"]["post"]["requestBody"]>["content"]["application/json"], "application/json">;
      bank_not_eligible: Example<NonNullable<paths["/v1/persons/{person_id}/identification_eligibility_checks"]["post"]["requestBody"]>["content"]["application/json"], "application/json">;
    };
    responses: {
      "200": {
        bank: Example<paths["/v1/persons/{person_id}/identification_eligibility_checks"]["post"]["responses"][200]["content"]["application/json"], "application/json">;
        bank_not_eligible: Example<paths["/v1/persons/{person_id}/identification_eligibility_checks"]["post"]["responses"][200]["content"]["application/json"], "application/json">;
      };
      "400": {
        invalid_model: Example<paths["/v1/persons/{person_id}/identification_eligibility_checks"]["post"]["responses"][400]["content"]["application/json"], "application/json">;
      };
      "401": {
        invalid_token: Example<paths["/v1/persons/{person_id}/identification_eligibility_checks"]["post"]["responses"][401]["content"]["application/json"], "application/json">;
        token_required: Example<paths["/v1/persons/{person_id}/identification_eligibility_checks"]["post"]["responses"][401]["content"]["application/json"], "application/json">;
      };
      "403": {
        unauthorized_action: Example<paths["/v1/persons/{person_id}/identification_eligibility_checks"]["post"]["responses"][403]["content"]["application/json"], "application/json">;
      };
      "404": {
        model_not_found: Example<paths["/v1/persons/{person_id}/identification_eligibility_checks"]["post"]["responses"][404]["content"]["application/json"], "application/json">;
      };
      "500": {
        generic_error: Example<paths["/v1/persons/{person_id}/identification_eligibility_checks"]["post"]["responses"][500]["content"]["application/json"], "application/json">;
      };
      "default": {
        unexpected_error: Example<paths["/v1/persons/{person_id}/identification_eligibility_checks"]["post"]["responses"]["default"]["content"]["application/json"], "application/json">;
      };
    };
  };
  createAccessToken: {
    method: "POST";
    path: "/oauth2/token";
    request: {
      client_credentials: Example<NonNullable<paths["/oauth2/token"]["post"]["requestBody"]>["content"]["application/x-www-form-urlencoded"], "application/x-www-form-urlencoded">;
    };
    responses: {
      "200": {
        client_credentials: Example<paths["/oauth2/token"]["post"]["responses"][200]["content"]["application/json"], "application/json">;
      };
      "400": {
        unsupported_grant_type: Example<paths["/oauth2/token"]["post"]["responses"][400]["content"]["application/json"], "application/json">;
      };
      "401": {
        invalid_client: Example<paths["/oauth2/token"]["post"]["responses"][401]["content"]["application/json"], "application/json">;
      };
    };
  };
  createIdentification: {
    method: "POST";
    path: "/v1/persons/{person_id}/identifications";
    request: {
      bank: Example<NonNullable<paths["/v1/persons/{person_id}/identifications"]["post"]["requestBody"]>["content"]["application/json"], "application/json">;
      bank_plus: Example<NonNullable<paths["/v1/persons/{person_id}/identifications"]["post"]["requestBody"]>["content"]["application/json"], "application/json">;
      fourthline: Example<NonNullable<paths["/v1/persons/{person_id}/identifications"]["post"]["requestBody"]>["content"]["application/json"], "application/json">;
      idnow: Example<NonNullable<paths["/v1/persons/{person_id}/identifications"]["post"]["requestBody"]>["content"]["application/json"], "application/json">;
    };
    responses: {
      "201": {
        bank: Example<paths["/v1/persons/{person_id}/identifications"]["post"]["responses"][201]["content"]["application/json"], "application/json">;
        bank_plus: Example<paths["/v1/persons/{person_id}/identifications"]["post"]["responses"][201]["content"]["application/json"], "application/json">;
        fourthline: Example<paths["/v1/persons/{person_id}/identifications"]["post"]["responses"][201]["content"]["application/json"], "application/json">;
        idnow: Example<paths["/v1/persons/{person_id}/identifications"]["post"]["responses"][201]["content"]["application/json"], "application/json">;
      };
      "400": {
        invalid_model: Example<paths["/v1/persons/{person_id}/identifications"]["post"]["responses"][400]["content"]["application/json"], "application/json">;
      };
      "401": {
        invalid_token: Example<paths["/v1/persons/{person_id}/identifications"]["post"]["responses"][401]["content"]["application/json"], "application/json">;
        token_required: Example<paths["/v1/persons/{person_id}/identifications"]["post"]["responses"][401]["content"]["application/json"], "application/json">;
      };
      "403": {
        unauthorized_action: Example<paths["/v1/persons/{person_id}/identifications"]["post"]["responses"][403]["content"]["application/json"], "application/json">;
      };
      "404": {
        model_not_found: Example<paths["/v1/persons/{person_id}/identifications"]["post"]["responses"][404]["content"]["application/json"], "application/json">;
      };
      "409": {
        record_not_unique: Example<paths["/v1/persons/{person_id}/identifications"]["post"]["responses"][409]["content"]["application/json"], "application/json">;
      };
      "500": {
        generic_error: Example<paths["/v1/persons/{person_id}/identifications"]["post"]["responses"][500]["content"]["application/json"], "application/json">;
      };
      "default": {
        unexpected_error: Example<paths["/v1/persons/{person_id}/identifications"]["post"]["responses"]["default"]["content"]["application/json"], "application/json">;
      };
    };
  };
  createIdentificationSession: {
    method: "POST";
    path: "/v1/persons/{person_id}/identification_sessions";
    request: {
      bank_id: Example<NonNullable<paths["/v1/persons/{person_id}/identification_sessions"]["post"]["requestBody"]>["content"]["application/json"], "application/json">;
      idnow: Example<NonNullable<paths["/v1/persons/{person_id}/identification_sessions"]["post"]["requestBody"]>["content"]["application/json"], "application/json">;
      multiple_methods: Example<NonNullable<paths["/v1/persons/{person_id}/identification_sessions"]["post"]["requestBody"]>["content"]["application/json"], "application/json">;
    };
    responses: {
      "201": {
        bank_id: Example<paths["/v1/persons/{person_id}/identification_sessions"]["post"]["responses"][201]["content"]["application/json"], "application/json">;
        idnow: Example<paths["/v1/persons/{person_id}/identification_sessions"]["post"]["responses"][201]["content"]["application/json"], "application/json">;
        multiple_methods: Example<paths["/v1/persons/{person_id}/identification_sessions"]["post"]["responses"][201]["content"]["application/json"], "application/json">;
      };
      "400": {
        invalid_model: Example<paths["/v1/persons/{person_id}/identification_sessions"]["post"]["responses"][400]["content"]["application/json"], "application/json">;
      };
      "401": {
        invalid_token: Example<paths["/v1/persons/{person_id}/identification_sessions"]["post"]["responses"][401]["content"]["application/json"], "application/json">;
        token_required: Example<paths["/v1/persons/{person_id}/identification_sessions"]["post"]["responses"][401]["content"]["application/json"], "application/json">;
      };
      "403": {
        unauthorized_action: Example<paths["/v1/persons/{person_id}/identification_sessions"]["post"]["responses"][403]["content"]["application/json"], "application/json">;
      };
      "404": {
        model_not_found: Example<paths["/v1/persons/{person_id}/identification_sessions"]["post"]["responses"][404]["content"]["application/json"], "application/json">;
      };
      "409": {
        record_not_unique: Example<paths["/v1/persons/{person_id}/identification_sessions"]["post"]["responses"][409]["content"]["application/json"], "application/json">;
      };
      "500": {
        generic_error: Example<paths["/v1/persons/{person_id}/identification_sessions"]["post"]["responses"][500]["content"]["application/json"], "application/json">;
      };
      "default": {
        unexpected_error: Example<paths["/v1/persons/{person_id}/identification_sessions"]["post"]["responses"]["default"]["content"]["application/json"], "application/json">;
      };
    };
  };
  createSessionIdentification: {
    method: "POST";
    path: "/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications";
    request: {
      bank: Example<NonNullable<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications"]["post"]["requestBody"]>["content"]["application/json"], "application/json">;
      bank_id: Example<NonNullable<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications"]["post"]["requestBody"]>["content"]["application/json"], "application/json">;
      fourthline: Example<NonNullable<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications"]["post"]["requestBody"]>["content"]["application/json"], "application/json">;
      idnow: Example<NonNullable<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications"]["post"]["requestBody"]>["content"]["application/json"], "application/json">;
      idnow_pending: Example<NonNullable<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications"]["post"]["requestBody"]>["content"]["application/json"], "application/json">;
    };
    responses: {
      "201": {
        bank: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications"]["post"]["responses"][201]["content"]["application/json"], "application/json">;
        bank_id: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications"]["post"]["responses"][201]["content"]["application/json"], "application/json">;
        fourthline: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications"]["post"]["responses"][201]["content"]["application/json"], "application/json">;
        idnow: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications"]["post"]["responses"][201]["content"]["application/json"], "application/json">;
        idnow_pending: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications"]["post"]["responses"][201]["content"]["application/json"], "application/json">;
      };
      "400": {
        invalid_model: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications"]["post"]["responses"][400]["content"]["application/json"], "application/json">;
      };
      "401": {
        invalid_token: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications"]["post"]["responses"][401]["content"]["application/json"], "application/json">;
        token_required: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications"]["post"]["responses"][401]["content"]["application/json"], "application/json">;
      };
      "403": {
        unauthorized_action: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications"]["post"]["responses"][403]["content"]["application/json"], "application/json">;
      };
      "404": {
        model_not_found: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications"]["post"]["responses"][404]["content"]["application/json"], "application/json">;
      };
      "409": {
        record_not_unique: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications"]["post"]["responses"][409]["content"]["application/json"], "application/json">;
      };
      "500": {
        generic_error: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications"]["post"]["responses"][500]["content"]["application/json"], "application/json">;
      };
      "default": {
        unexpected_error: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications"]["post"]["responses"]["default"]["content"]["application/json"], "application/json">;
      };
    };
  };
  getIdentification: {
    method: "GET";
    path: "/v1/persons/{person_id}/identifications/{id}";
    responses: {
      "200": {
        bank_confirmation_required: Example<paths["/v1/persons/{person_id}/identifications/{id}"]["get"]["responses"][200]["content"]["application/json"], "application/json">;
        bank_plus_pending_ref_transfer: Example<paths["/v1/persons/{person_id}/identifications/{id}"]["get"]["responses"][200]["content"]["application/json"], "application/json">;
        fourthline_failed: Example<paths["/v1/persons/{person_id}/identifications/{id}"]["get"]["responses"][200]["content"]["application/json"], "application/json">;
        idnow_successful: Example<paths["/v1/persons/{person_id}/identifications/{id}"]["get"]["responses"][200]["content"]["application/json"], "application/json">;
      };
      "400": {
        invalid_model: Example<paths["/v1/persons/{person_id}/identifications/{id}"]["get"]["responses"][400]["content"]["application/json"], "application/json">;
      };
      "401": {
        invalid_token: Example<paths["/v1/persons/{person_id}/identifications/{id}"]["get"]["responses"][401]["content"]["application/json"], "application/json">;
        token_required: Example<paths["/v1/persons/{person_id}/identifications/{id}"]["get"]["responses"][401]["content"]["application/json"], "application/json">;
      };
      "403": {
        unauthorized_action: Example<paths["/v1/persons/{person_id}/identifications/{id}"]["get"]["responses"][403]["content"]["application/json"], "application/json">;
      };
      "404": {
        model_not_found: Example<paths["/v1/persons/{person_id}/identifications/{id}"]["get"]["responses"][404]["content"]["application/json"], "application/json">;
      };
      "500": {
        generic_error: Example<paths["/v1/persons/{person_id}/identifications/{id}"]["get"]["responses"][500]["content"]["application/json"], "application/json">;
      };
      "default": {
        unexpected_error: Example<paths["/v1/persons/{person_id}/identifications/{id}"]["get"]["responses"]["default"]["content"]["application/json"], "application/json">;
      };
    };
  };
  getIdentificationSession: {
    method: "GET";
    path: "/v1/persons/{person_id}/identification_sessions/{identification_session_id}";
    responses: {
      "200": {
        identification_data_required: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}"]["get"]["responses"][200]["content"]["application/json"], "application/json">;
        idnow: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}"]["get"]["responses"][200]["content"]["application/json"], "application/json">;
        successful: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}"]["get"]["responses"][200]["content"]["application/json"], "application/json">;
      };
      "400": {
        invalid_model: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}"]["get"]["responses"][400]["content"]["application/json"], "application/json">;
      };
      "401": {
        invalid_token: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}"]["get"]["responses"][401]["content"]["application/json"], "application/json">;
        token_required: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}"]["get"]["responses"][401]["content"]["application/json"], "application/json">;
      };
      "403": {
        unauthorized_action: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}"]["get"]["responses"][403]["content"]["application/json"], "application/json">;
      };
      "404": {
        model_not_found: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}"]["get"]["responses"][404]["content"]["application/json"], "application/json">;
      };
      "500": {
        generic_error: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}"]["get"]["responses"][500]["content"]["application/json"], "application/json">;
      };
      "default": {
        unexpected_error: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}"]["get"]["responses"]["default"]["content"]["application/json"], "application/json">;
      };
    };
  };
  getIdentificationSessionConfiguration: {
    method: "GET";
    path: "/v1/persons/{person_id}/identification_sessions/{identification_session_id}/configuration";
    responses: {
      "200": {
        fourthline: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/configuration"]["get"]["responses"][200]["content"]["application/json"], "application/json">;
        terms_not_accepted: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/configuration"]["get"]["responses"][200]["content"]["application/json"], "application/json">;
      };
      "400": {
        invalid_model: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/configuration"]["get"]["responses"][400]["content"]["application/json"], "application/json">;
      };
      "401": {
        invalid_token: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/configuration"]["get"]["responses"][401]["content"]["application/json"], "application/json">;
        token_required: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/configuration"]["get"]["responses"][401]["content"]["application/json"], "application/json">;
      };
      "403": {
        unauthorized_action: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/configuration"]["get"]["responses"][403]["content"]["application/json"], "application/json">;
      };
      "404": {
        model_not_found: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/configuration"]["get"]["responses"][404]["content"]["application/json"], "application/json">;
      };
      "500": {
        generic_error: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/configuration"]["get"]["responses"][500]["content"]["application/json"], "application/json">;
      };
      "default": {
        unexpected_error: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/configuration"]["get"]["responses"]["default"]["content"]["application/json"], "application/json">;
      };
    };
  };
  getSessionIdentification: {
    method: "GET";
    path: "/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications/{id}";
    responses: {
      "200": {
        bank_id_identification_data_required: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications/{id}"]["get"]["responses"][200]["content"]["application/json"], "application/json">;
        failed_account_snapshot: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications/{id}"]["get"]["responses"][200]["content"]["application/json"], "application/json">;
        fourthline_failed: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications/{id}"]["get"]["responses"][200]["content"]["application/json"], "application/json">;
        idnow_pending: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications/{id}"]["get"]["responses"][200]["content"]["application/json"], "application/json">;
        idnow_successful: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications/{id}"]["get"]["responses"][200]["content"]["application/json"], "application/json">;
      };
      "400": {
        invalid_model: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications/{id}"]["get"]["responses"][400]["content"]["application/json"], "application/json">;
      };
      "401": {
        invalid_token: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications/{id}"]["get"]["responses"][401]["content"]["application/json"], "application/json">;
        token_required: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications/{id}"]["get"]["responses"][401]["content"]["application/json"], "application/json">;
      };
      "403": {
        unauthorized_action: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications/{id}"]["get"]["responses"][403]["content"]["application/json"], "application/json">;
      };
      "404": {
        model_not_found: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications/{id}"]["get"]["responses"][404]["content"]["application/json"], "application/json">;
      };
      "500": {
        generic_error: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications/{id}"]["get"]["responses"][500]["content"]["application/json"], "application/json">;
      };
      "default": {
        unexpected_error: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications/{id}"]["get"]["responses"]["default"]["content"]["application/json"], "application/json">;
      };
    };
  };
  listIdentifications: {
    method: "GET";
    path: "/v1/persons/{person_id}/identifications";
    responses: {
      "200": {
        empty: Example<paths["/v1/persons/{person_id}/identifications"]["get"]["responses"][200]["content"]["application/json"], "application/json">;
        two_identifications: Example<paths["/v1/persons/{person_id}/identifications"]["get"]["responses"][200]["content"]["application/json"], "application/json">;
      };
      "400": {
        invalid_model: Example<paths["/v1/persons/{person_id}/identifications"]["get"]["responses"][400]["content"]["application/json"], "application/json">;
      };
      "401": {
        invalid_token: Example<paths["/v1/persons/{person_id}/identifications"]["get"]["responses"][401]["content"]["application/json"], "application/json">;
        token_required: Example<paths["/v1/persons/{person_id}/identifications"]["get"]["responses"][401]["content"]["application/json"], "application/json">;
      };
      "403": {
        unauthorized_action: Example<paths["/v1/persons/{person_id}/identifications"]["get"]["responses"][403]["content"]["application/json"], "application/json">;
      };
      "404": {
        model_not_found: Example<paths["/v1/persons/{person_id}/identifications"]["get"]["responses"][404]["content"]["application/json"], "application/json">;
      };
      "500": {
        generic_error: Example<paths["/v1/persons/{person_id}/identifications"]["get"]["responses"][500]["content"]["application/json"], "application/json">;
      };
      "default": {
        unexpected_error: Example<paths["/v1/persons/{person_id}/identifications"]["get"]["responses"]["default"]["content"]["application/json"], "application/json">;
      };
    };
  };
  listSupportedDocuments: {
    method: "GET";
    path: "/v1/persons/{person_id}/identifications/{id}/supported_documents";
    responses: {
      "200": {
        idnow: Example<paths["/v1/persons/{person_id}/identifications/{id}/supported_documents"]["get"]["responses"][200]["content"]["application/json"], "application/json">;
      };
      "400": {
        invalid_model: Example<paths["/v1/persons/{person_id}/identifications/{id}/supported_documents"]["get"]["responses"][400]["content"]["application/json"], "application/json">;
      };
      "401": {
        invalid_token: Example<paths["/v1/persons/{person_id}/identifications/{id}/supported_documents"]["get"]["responses"][401]["content"]["application/json"], "application/json">;
        token_required: Example<paths["/v1/persons/{person_id}/identifications/{id}/supported_documents"]["get"]["responses"][401]["content"]["application/json"], "application/json">;
      };
      "403": {
        unauthorized_action: Example<paths["/v1/persons/{person_id}/identifications/{id}/supported_documents"]["get"]["responses"][403]["content"]["application/json"], "application/json">;
      };
      "404": {
        model_not_found: Example<paths["/v1/persons/{person_id}/identifications/{id}/supported_documents"]["get"]["responses"][404]["content"]["application/json"], "application/json">;
      };
      "500": {
        generic_error: Example<paths["/v1/persons/{person_id}/identifications/{id}/supported_documents"]["get"]["responses"][500]["content"]["application/json"], "application/json">;
      };
      "default": {
        unexpected_error: Example<paths["/v1/persons/{person_id}/identifications/{id}/supported_documents"]["get"]["responses"]["default"]["content"]["application/json"], "application/json">;
      };
    };
  };
  listSupportedDocumentsFromFourthline: {
    method: "GET";
    path: "/v1/persons/{person_id}/identifications/{id}/supported_documents_from_fourthline";
    responses: {
      "200": {
        fourthline: Example<paths["/v1/persons/{person_id}/identifications/{id}/supported_documents_from_fourthline"]["get"]["responses"][200]["content"]["application/json"], "application/json">;
      };
      "400": {
        invalid_model: Example<paths["/v1/persons/{person_id}/identifications/{id}/supported_documents_from_fourthline"]["get"]["responses"][400]["content"]["application/json"], "application/json">;
      };
      "401": {
        invalid_token: Example<paths["/v1/persons/{person_id}/identifications/{id}/supported_documents_from_fourthline"]["get"]["responses"][401]["content"]["application/json"], "application/json">;
        token_required: Example<paths["/v1/persons/{person_id}/identifications/{id}/supported_documents_from_fourthline"]["get"]["responses"][401]["content"]["application/json"], "application/json">;
      };
      "403": {
        unauthorized_action: Example<paths["/v1/persons/{person_id}/identifications/{id}/supported_documents_from_fourthline"]["get"]["responses"][403]["content"]["application/json"], "application/json">;
      };
      "404": {
        model_not_found: Example<paths["/v1/persons/{person_id}/identifications/{id}/supported_documents_from_fourthline"]["get"]["responses"][404]["content"]["application/json"], "application/json">;
      };
      "500": {
        generic_error: Example<paths["/v1/persons/{person_id}/identifications/{id}/supported_documents_from_fourthline"]["get"]["responses"][500]["content"]["application/json"], "application/json">;
      };
      "default": {
        unexpected_error: Example<paths["/v1/persons/{person_id}/identifications/{id}/supported_documents_from_fourthline"]["get"]["responses"]["default"]["content"]["application/json"], "application/json">;
      };
    };
  };
  receiveIdentificationReferenceTransferAttemptWebhook: {
    method: "POST";
    webhook: "IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT";
    request: {
      last_attempt: Example<NonNullable<webhooks["IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT"]["post"]["requestBody"]>["content"]["application/json"], "application/json">;
      name_not_matched: Example<NonNullable<webhooks["IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT"]["post"]["requestBody"]>["content"]["application/json"], "application/json">;
    };
    responses: {
      "200": {
        delivered: Example<webhooks["IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT"]["post"]["responses"][200]["content"]["text/plain"], "text/plain">;
      };
      "410": {
        gone: Example<webhooks["IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT"]["post"]["responses"][410]["content"]["text/plain"], "text/plain">;
      };
      "422": {
        rejected: Example<webhooks["IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT"]["post"]["responses"][422]["content"]["text/plain"], "text/plain">;
      };
    };
  };
  receiveIdentificationSessionWebhook: {
    method: "POST";
    webhook: "IDENTIFICATION_SESSION";
    request: {
      expired: Example<NonNullable<webhooks["IDENTIFICATION_SESSION"]["post"]["requestBody"]>["content"]["application/json"], "application/json">;
      successful: Example<NonNullable<webhooks["IDENTIFICATION_SESSION"]["post"]["requestBody"]>["content"]["application/json"], "application/json">;
    };
    responses: {
      "200": {
        delivered: Example<webhooks["IDENTIFICATION_SESSION"]["post"]["responses"][200]["content"]["text/plain"], "text/plain">;
      };
      "410": {
        gone: Example<webhooks["IDENTIFICATION_SESSION"]["post"]["responses"][410]["content"]["text/plain"], "text/plain">;
      };
      "422": {
        rejected: Example<webhooks["IDENTIFICATION_SESSION"]["post"]["responses"][422]["content"]["text/plain"], "text/plain">;
      };
    };
  };
  receiveIdentificationWebhook: {
    method: "POST";
    webhook: "IDENTIFICATION";
    request: {
      bank_authorization_required: Example<NonNullable<webhooks["IDENTIFICATION"]["post"]["requestBody"]>["content"]["application/json"], "application/json">;
      bank_plus_successful: Example<NonNullable<webhooks["IDENTIFICATION"]["post"]["requestBody"]>["content"]["application/json"], "application/json">;
      idnow_pending: Example<NonNullable<webhooks["IDENTIFICATION"]["post"]["requestBody"]>["content"]["application/json"], "application/json">;
      idnow_successful: Example<NonNullable<webhooks["IDENTIFICATION"]["post"]["requestBody"]>["content"]["application/json"], "application/json">;
    };
    responses: {
      "200": {
        delivered: Example<webhooks["IDENTIFICATION"]["post"]["responses"][200]["content"]["text/plain"], "text/plain">;
      };
      "410": {
        gone: Example<webhooks["IDENTIFICATION"]["post"]["responses"][410]["content"]["text/plain"], "text/plain">;
      };
      "422": {
        rejected: Example<webhooks["IDENTIFICATION"]["post"]["responses"][422]["content"]["text/plain"], "text/plain">;
      };
    };
  };
  requestIdentification: {
    method: "PATCH";
    path: "/v1/persons/{person_id}/identifications/{id}/request";
    request: {
      bank: Example<NonNullable<paths["/v1/persons/{person_id}/identifications/{id}/request"]["patch"]["requestBody"]>["content"]["application/json"], "application/json">;
      idnow: Example<NonNullable<paths["/v1/persons/{person_id}/identifications/{id}/request"]["patch"]["requestBody"]>["content"]["application/json"], "application/json">;
    };
    responses: {
      "200": {
        bank: Example<paths["/v1/persons/{person_id}/identifications/{id}/request"]["patch"]["responses"][200]["content"]["application/json"], "application/json">;
        idnow: Example<paths["/v1/persons/{person_id}/identifications/{id}/request"]["patch"]["responses"][200]["content"]["application/json"], "application/json">;
      };
      "400": {
        invalid_model: Example<paths["/v1/persons/{person_id}/identifications/{id}/request"]["patch"]["responses"][400]["content"]["application/json"], "application/json">;
      };
      "401": {
        invalid_token: Example<paths["/v1/persons/{person_id}/identifications/{id}/request"]["patch"]["responses"][401]["content"]["application/json"], "application/json">;
        token_required: Example<paths["/v1/persons/{person_id}/identifications/{id}/request"]["patch"]["responses"][401]["content"]["application/json"], "application/json">;
      };
      "403": {
        unauthorized_action: Example<paths["/v1/persons/{person_id}/identifications/{id}/request"]["patch"]["responses"][403]["content"]["application/json"], "application/json">;
      };
      "404": {
        model_not_found: Example<paths["/v1/persons/{person_id}/identifications/{id}/request"]["patch"]["responses"][404]["content"]["application/json"], "application/json">;
      };
      "409": {
        record_not_unique: Example<paths["/v1/persons/{person_id}/identifications/{id}/request"]["patch"]["responses"][409]["content"]["application/json"], "application/json">;
      };
      "500": {
        generic_error: Example<paths["/v1/persons/{person_id}/identifications/{id}/request"]["patch"]["responses"][500]["content"]["application/json"], "application/json">;
      };
      "default": {
        unexpected_error: Example<paths["/v1/persons/{person_id}/identifications/{id}/request"]["patch"]["responses"]["default"]["content"]["application/json"], "application/json">;
      };
    };
  };
  simulateBankIdUntilIdentificationDataRequired: {
    method: "POST";
    path: "/v1/persons/{person_id}/identification_sessions/{identification_session_id}/simulate_bank_id_until_identification_data_required";
    responses: {
      "200": {
        bank_id_identification_data_required: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/simulate_bank_id_until_identification_data_required"]["post"]["responses"][200]["content"]["application/json"], "application/json">;
      };
      "400": {
        invalid_model: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/simulate_bank_id_until_identification_data_required"]["post"]["responses"][400]["content"]["application/json"], "application/json">;
      };
      "401": {
        invalid_token: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/simulate_bank_id_until_identification_data_required"]["post"]["responses"][401]["content"]["application/json"], "application/json">;
        token_required: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/simulate_bank_id_until_identification_data_required"]["post"]["responses"][401]["content"]["application/json"], "application/json">;
      };
      "403": {
        unauthorized_action: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/simulate_bank_id_until_identification_data_required"]["post"]["responses"][403]["content"]["application/json"], "application/json">;
      };
      "404": {
        model_not_found: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/simulate_bank_id_until_identification_data_required"]["post"]["responses"][404]["content"]["application/json"], "application/json">;
      };
      "409": {
        record_not_unique: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/simulate_bank_id_until_identification_data_required"]["post"]["responses"][409]["content"]["application/json"], "application/json">;
      };
      "500": {
        generic_error: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/simulate_bank_id_until_identification_data_required"]["post"]["responses"][500]["content"]["application/json"], "application/json">;
      };
      "default": {
        unexpected_error: Example<paths["/v1/persons/{person_id}/identification_sessions/{identification_session_id}/simulate_bank_id_until_identification_data_required"]["post"]["responses"]["default"]["content"]["application/json"], "application/json">;
      };
    };
  };
  simulateIdentificationOutcome: {
    method: "PATCH";
    path: "/v1/persons/{person_id}/identifications/{id}/simulate_outcome";
    request: {
      failed_reference_transfer: Example<NonNullable<paths["/v1/persons/{person_id}/identifications/{id}/simulate_outcome"]["patch"]["requestBody"]>["content"]["application/json"], "application/json">;
      successful_pre_ident: Example<NonNullable<paths["/v1/persons/{person_id}/identifications/{id}/simulate_outcome"]["patch"]["requestBody"]>["content"]["application/json"], "application/json">;
    };
    responses: {
      "200": {
        failed_reference_transfer: Example<paths["/v1/persons/{person_id}/identifications/{id}/simulate_outcome"]["patch"]["responses"][200]["content"]["application/json"], "application/json">;
        successful_pre_ident: Example<paths["/v1/persons/{person_id}/identifications/{id}/simulate_outcome"]["patch"]["responses"][200]["content"]["application/json"], "application/json">;
      };
      "400": {
        invalid_model: Example<paths["/v1/persons/{person_id}/identifications/{id}/simulate_outcome"]["patch"]["responses"][400]["content"]["application/json"], "application/json">;
      };
      "401": {
        invalid_token: Example<paths["/v1/persons/{person_id}/identifications/{id}/simulate_outcome"]["patch"]["responses"][401]["content"]["application/json"], "application/json">;
        token_required: Example<paths["/v1/persons/{person_id}/identifications/{id}/simulate_outcome"]["patch"]["responses"][401]["content"]["application/json"], "application/json">;
      };
      "403": {
        unauthorized_action: Example<paths["/v1/persons/{person_id}/identifications/{id}/simulate_outcome"]["patch"]["responses"][403]["content"]["application/json"], "application/json">;
      };
      "404": {
        model_not_found: Example<paths["/v1/persons/{person_id}/identifications/{id}/simulate_outcome"]["patch"]["responses"][404]["content"]["application/json"], "application/json">;
      };
      "409": {
        record_not_unique: Example<paths["/v1/persons/{person_id}/identifications/{id}/simulate_outcome"]["patch"]["responses"][409]["content"]["application/json"], "application/json">;
      };
      "500": {
        generic_error: Example<paths["/v1/persons/{person_id}/identifications/{id}/simulate_outcome"]["patch"]["responses"][500]["content"]["application/json"], "application/json">;
      };
      "default": {
        unexpected_error: Example<paths["/v1/persons/{person_id}/identifications/{id}/simulate_outcome"]["patch"]["responses"]["default"]["content"]["application/json"], "application/json">;
      };
    };
  };
}

export const examples: Examples = {
  authorizeIdentification: {
    method: "PATCH",
    path: "/v1/persons/{person_id}/identifications/{id}/authorize",
    responses: {
      "200": {
        bank: {
          summary: "Bankident waiting for the customer's SMS OTP",
          mediaType: "application/json",
          value: {
            "id": "a7a57dadfcc83117b5c3b72f4113be25cidt",
            "reference": null,
            "url": "https://fts-payment-initiation-wizard.solaris-sandbox.de/index.html?wizard_session_key=bfo5r16AMLlt6ZEX9Oh3JUWIkTelorupBwzIlJRR&interface_id=da05",
            "status": "confirmation_required",
            "completed_at": null,
            "method": "bank",
            "proof_of_address_type": null,
            "proof_of_address_issued_at": null,
            "language": null,
            "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
            "address": null,
            "failure_reason": null,
            "iban": "DE89370400440532013000",
            "authorization_expires_at": "2021-09-14T18:48:28.000Z",
            "confirmation_expires_at": "2021-09-14T18:53:28.000Z",
            "provider_status_code": null,
            "account_verification_error": null,
            "idnow_process_type": null
          },
        },
      },
      "400": {
        invalid_model: {
          summary: "Invalid request body",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "84b61fb9bf2117b3653a91ba9fc18d8bex",
                "status": 400,
                "code": "invalid_model",
                "title": "Invalid Model",
                "detail": "identification_methods is not included in the list",
                "source": {
                  "field": "identification_methods",
                  "message": "is not included in the list"
                }
              }
            ]
          },
        },
      },
      "401": {
        invalid_token: {
          summary: "Expired or invalid access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "6c4d2e4f3b0e5d8f9a1b2c3d4e5f6071ex",
                "status": "401",
                "code": "invalid_token",
                "title": "Invalid Token",
                "detail": "The access token is invalid or has expired."
              }
            ]
          },
        },
        token_required: {
          summary: "No access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "5b3c1f3e2a9d4c7e8f0a1b2c3d4e5f60ex",
                "status": 401,
                "code": "token_required",
                "title": "Token Required",
                "detail": "An access token is required to access this resource."
              }
            ]
          },
        },
      },
      "403": {
        unauthorized_action: {
          summary: "Action not allowed for this partner",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                "status": "403",
                "code": "unauthorized_action",
                "title": "Unauthorized Action",
                "detail": "Unauthorized action is not allowed."
              }
            ]
          },
        },
      },
      "404": {
        model_not_found: {
          summary: "Unknown person or resource",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "7d5e3f5a4c1f6e9a0b1c2d3e4f5a6b72ex",
                "status": 404,
                "code": "model_not_found",
                "title": "Model Not Found",
                "detail": "Couldn't find 'Solaris::Person' for id 'dc1a6812a14f6cc338cd084208535bcdcper'."
              }
            ]
          },
        },
      },
      "409": {
        record_not_unique: {
          summary: "Conflicting state",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                "status": "409",
                "code": "record_not_unique",
                "title": "Record Not Unique",
                "detail": "The identification is not in a state that allows this action."
              }
            ]
          },
        },
      },
      "500": {
        generic_error: {
          summary: "Server error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "e8915041-9d8c-4d96-9dd1-04e8522ecdbf",
                "status": "500",
                "code": "generic_error",
                "title": "Generic Error",
                "detail": "There was an error."
              }
            ]
          },
        },
      },
      "default": {
        unexpected_error: {
          summary: "Unexpected gateway error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "8e6f4a6b5d2a7f0b1c2d3e4f5a6b7c83ex",
                "status": 502,
                "code": "bad_gateway",
                "title": "Bad Gateway",
                "detail": "The upstream service did not answer."
              }
            ]
          },
        },
      },
    },
  },
  checkIdentificationEligibility: {
    method: "POST",
    path: "/v1/persons/{person_id}/identification_eligibility_checks",
    request: {
      bank: {
        summary: "Check Bankident eligibility",
        mediaType: "application/json",
        value: {
          "method": "bank"
        },
      },
      bank_not_eligible: {
        summary: "Check Bankident eligibility",
        mediaType: "application/json",
        value: {
          "method": "bank"
        },
      },
    },
    responses: {
      "200": {
        bank: {
          summary: "Eligible for Bankident (the reference's example)",
          mediaType: "application/json",
          value: {
            "method": "bank",
            "eligible": true,
            "reasons": [
              "match_for_person_data_not_found"
            ]
          },
        },
        bank_not_eligible: {
          summary: "Not eligible for Bankident",
          mediaType: "application/json",
          value: {
            "method": "bank",
            "eligible": false,
            "reasons": [
              "match_for_person_data_not_found",
              "mobile_number_not_verified"
            ]
          },
        },
      },
      "400": {
        invalid_model: {
          summary: "Invalid request body",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "84b61fb9bf2117b3653a91ba9fc18d8bex",
                "status": 400,
                "code": "invalid_model",
                "title": "Invalid Model",
                "detail": "identification_methods is not included in the list",
                "source": {
                  "field": "identification_methods",
                  "message": "is not included in the list"
                }
              }
            ]
          },
        },
      },
      "401": {
        invalid_token: {
          summary: "Expired or invalid access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "6c4d2e4f3b0e5d8f9a1b2c3d4e5f6071ex",
                "status": "401",
                "code": "invalid_token",
                "title": "Invalid Token",
                "detail": "The access token is invalid or has expired."
              }
            ]
          },
        },
        token_required: {
          summary: "No access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "5b3c1f3e2a9d4c7e8f0a1b2c3d4e5f60ex",
                "status": 401,
                "code": "token_required",
                "title": "Token Required",
                "detail": "An access token is required to access this resource."
              }
            ]
          },
        },
      },
      "403": {
        unauthorized_action: {
          summary: "Action not allowed for this partner",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                "status": "403",
                "code": "unauthorized_action",
                "title": "Unauthorized Action",
                "detail": "Unauthorized action is not allowed."
              }
            ]
          },
        },
      },
      "404": {
        model_not_found: {
          summary: "Unknown person or resource",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "7d5e3f5a4c1f6e9a0b1c2d3e4f5a6b72ex",
                "status": 404,
                "code": "model_not_found",
                "title": "Model Not Found",
                "detail": "Couldn't find 'Solaris::Person' for id 'dc1a6812a14f6cc338cd084208535bcdcper'."
              }
            ]
          },
        },
      },
      "500": {
        generic_error: {
          summary: "Server error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "e8915041-9d8c-4d96-9dd1-04e8522ecdbf",
                "status": "500",
                "code": "generic_error",
                "title": "Generic Error",
                "detail": "There was an error."
              }
            ]
          },
        },
      },
      "default": {
        unexpected_error: {
          summary: "Unexpected gateway error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "8e6f4a6b5d2a7f0b1c2d3e4f5a6b7c83ex",
                "status": 502,
                "code": "bad_gateway",
                "title": "Bad Gateway",
                "detail": "The upstream service did not answer."
              }
            ]
          },
        },
      },
    },
  },
  createAccessToken: {
    method: "POST",
    path: "/oauth2/token",
    request: {
      client_credentials: {
        summary: "Client-credentials grant for the partner API",
        mediaType: "application/x-www-form-urlencoded",
        value: {
          "grant_type": "client_credentials",
          "scope": "partners"
        },
      },
    },
    responses: {
      "200": {
        client_credentials: {
          summary: "Token for one hour (the reference's example)",
          mediaType: "application/json",
          value: {
            "access_token": "7TosiPbZUa22LTfL3JcyTZvG2C5v...",
            "expires_in": 3599,
            "scope": "partners",
            "token_type": "bearer"
          },
        },
      },
      "400": {
        unsupported_grant_type: {
          summary: "Grant type other than client_credentials",
          mediaType: "application/json",
          value: {
            "error": "unsupported_grant_type",
            "error_description": "The authorization grant type is not supported by the authorization server."
          },
        },
      },
      "401": {
        invalid_client: {
          summary: "Wrong client id or secret",
          mediaType: "application/json",
          value: {
            "error": "invalid_client",
            "error_description": "Client authentication failed."
          },
        },
      },
    },
  },
  createIdentification: {
    method: "POST",
    path: "/v1/persons/{person_id}/identifications",
    request: {
      bank: {
        summary: "Bankident with the customer's IBAN",
        mediaType: "application/json",
        value: {
          "method": "bank",
          "iban": "DE89370400440532013000"
        },
      },
      bank_plus: {
        summary: "BankIdent Plus in German",
        mediaType: "application/json",
        value: {
          "method": "bank_plus",
          "language": "DE"
        },
      },
      fourthline: {
        summary: "Fourthline",
        mediaType: "application/json",
        value: {
          "method": "fourthline"
        },
      },
      idnow: {
        summary: "IDnow video in English",
        mediaType: "application/json",
        value: {
          "method": "idnow",
          "language": "EN"
        },
      },
    },
    responses: {
      "201": {
        bank: {
          summary: "Bankident identification created",
          mediaType: "application/json",
          value: {
            "id": "a7a57dadfcc83117b5c3b72f4113be25cidt",
            "reference": null,
            "url": null,
            "status": "created",
            "completed_at": null,
            "method": "bank",
            "proof_of_address_type": null,
            "proof_of_address_issued_at": null,
            "language": null,
            "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
            "address": null,
            "failure_reason": null,
            "iban": "DE89370400440532013000",
            "authorization_expires_at": null,
            "confirmation_expires_at": null,
            "provider_status_code": null,
            "account_verification_error": null,
            "idnow_process_type": null
          },
        },
        bank_plus: {
          summary: "BankIdent Plus identification created",
          mediaType: "application/json",
          value: {
            "id": "6f8b0d2c4e5a7b9d1f3c5e7a9b1d3f5ccidt",
            "reference": null,
            "url": null,
            "status": "created",
            "completed_at": null,
            "method": "bank_plus",
            "proof_of_address_type": null,
            "proof_of_address_issued_at": null,
            "language": "DE",
            "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
            "address": null,
            "failure_reason": null,
            "iban": null,
            "authorization_expires_at": null,
            "confirmation_expires_at": null,
            "provider_status_code": null,
            "account_verification_error": null,
            "idnow_process_type": null
          },
        },
        fourthline: {
          summary: "Fourthline identification created",
          mediaType: "application/json",
          value: {
            "id": "7a9c1e3d5f6b8c0e2a4d6f8b0c2e4a6dcidt",
            "reference": null,
            "url": null,
            "status": "created",
            "completed_at": null,
            "method": "fourthline",
            "proof_of_address_type": null,
            "proof_of_address_issued_at": null,
            "language": null,
            "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
            "address": null,
            "failure_reason": null,
            "iban": null,
            "authorization_expires_at": null,
            "confirmation_expires_at": null,
            "provider_status_code": null,
            "account_verification_error": null,
            "idnow_process_type": null
          },
        },
        idnow: {
          summary: "IDnow identification created",
          mediaType: "application/json",
          value: {
            "id": "5e7a9c1b3d4f6a8c0e2b4d6f8a0c2e4bcidt",
            "reference": null,
            "url": null,
            "status": "created",
            "completed_at": null,
            "method": "idnow"
          },
        },
      },
      "400": {
        invalid_model: {
          summary: "Invalid request body",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "84b61fb9bf2117b3653a91ba9fc18d8bex",
                "status": 400,
                "code": "invalid_model",
                "title": "Invalid Model",
                "detail": "identification_methods is not included in the list",
                "source": {
                  "field": "identification_methods",
                  "message": "is not included in the list"
                }
              }
            ]
          },
        },
      },
      "401": {
        invalid_token: {
          summary: "Expired or invalid access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "6c4d2e4f3b0e5d8f9a1b2c3d4e5f6071ex",
                "status": "401",
                "code": "invalid_token",
                "title": "Invalid Token",
                "detail": "The access token is invalid or has expired."
              }
            ]
          },
        },
        token_required: {
          summary: "No access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "5b3c1f3e2a9d4c7e8f0a1b2c3d4e5f60ex",
                "status": 401,
                "code": "token_required",
                "title": "Token Required",
                "detail": "An access token is required to access this resource."
              }
            ]
          },
        },
      },
      "403": {
        unauthorized_action: {
          summary: "Action not allowed for this partner",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                "status": "403",
                "code": "unauthorized_action",
                "title": "Unauthorized Action",
                "detail": "Unauthorized action is not allowed."
              }
            ]
          },
        },
      },
      "404": {
        model_not_found: {
          summary: "Unknown person or resource",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "7d5e3f5a4c1f6e9a0b1c2d3e4f5a6b72ex",
                "status": 404,
                "code": "model_not_found",
                "title": "Model Not Found",
                "detail": "Couldn't find 'Solaris::Person' for id 'dc1a6812a14f6cc338cd084208535bcdcper'."
              }
            ]
          },
        },
      },
      "409": {
        record_not_unique: {
          summary: "Conflicting state",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                "status": "409",
                "code": "record_not_unique",
                "title": "Record Not Unique",
                "detail": "The identification is not in a state that allows this action."
              }
            ]
          },
        },
      },
      "500": {
        generic_error: {
          summary: "Server error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "e8915041-9d8c-4d96-9dd1-04e8522ecdbf",
                "status": "500",
                "code": "generic_error",
                "title": "Generic Error",
                "detail": "There was an error."
              }
            ]
          },
        },
      },
      "default": {
        unexpected_error: {
          summary: "Unexpected gateway error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "8e6f4a6b5d2a7f0b1c2d3e4f5a6b7c83ex",
                "status": 502,
                "code": "bad_gateway",
                "title": "Bad Gateway",
                "detail": "The upstream service did not answer."
              }
            ]
          },
        },
      },
    },
  },
  createIdentificationSession: {
    method: "POST",
    path: "/v1/persons/{person_id}/identification_sessions",
    request: {
      bank_id: {
        summary: "Bankident + Fourthline session",
        mediaType: "application/json",
        value: {
          "callback_url": "https://example.com/kyc/callback",
          "identification_methods": [
            "bank_id"
          ]
        },
      },
      idnow: {
        summary: "IDnow session (the reference's example)",
        mediaType: "application/json",
        value: {
          "callback_url": "someurl.com",
          "identification_methods": [
            "idnow"
          ]
        },
      },
      multiple_methods: {
        summary: "Session offering several methods",
        mediaType: "application/json",
        value: {
          "callback_url": "https://example.com/kyc/callback",
          "identification_methods": [
            "bank_id",
            "idnow"
          ]
        },
      },
    },
    responses: {
      "201": {
        bank_id: {
          summary: "Bankident + Fourthline session created",
          mediaType: "application/json",
          value: {
            "id": "5c1f0a7e9b3d4e2f8a6c0d1e2f3a4b5cises",
            "url": "https://person-onboarding.solaris-sandbox.de/kT3pQ9vX2mL8sR4wY7zB1nC6dF0gH5jK",
            "callback_url": "https://example.com/kyc/callback",
            "identification_methods": [
              "bank_id"
            ],
            "status": "created"
          },
        },
        idnow: {
          summary: "IDnow session created (the reference's example)",
          mediaType: "application/json",
          value: {
            "id": "acdede097f821bd8037465d691f69506ises",
            "url": "https://person-onboarding.solaris-staging.de/9AXlUH0ptsZoFef2n8LKiqpEAizdJTjVQ4tzZeu1LpvqbK201REXFG_EBwiGTw0PLlHWCaA7NLOOcUh1u_a7HUpp7wYMNlGnzALka-v_9MVOxOIfN73lFjFg7JMtBdJO",
            "callback_url": "https://www.callbackurl.com",
            "identification_methods": [
              "idnow"
            ],
            "status": "created"
          },
        },
        multiple_methods: {
          summary: "Session offering several methods created",
          mediaType: "application/json",
          value: {
            "id": "6d2a1b8f0c4e5f3a9b7d1e2f3a4b5c6dises",
            "url": "https://person-onboarding.solaris-sandbox.de/pW4nR8tY1qZ6vB3xC9mL2kJ7hG5fD0sA",
            "callback_url": "https://example.com/kyc/callback",
            "identification_methods": [
              "bank_id",
              "idnow"
            ],
            "status": "created"
          },
        },
      },
      "400": {
        invalid_model: {
          summary: "Invalid request body",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "84b61fb9bf2117b3653a91ba9fc18d8bex",
                "status": 400,
                "code": "invalid_model",
                "title": "Invalid Model",
                "detail": "identification_methods is not included in the list",
                "source": {
                  "field": "identification_methods",
                  "message": "is not included in the list"
                }
              }
            ]
          },
        },
      },
      "401": {
        invalid_token: {
          summary: "Expired or invalid access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "6c4d2e4f3b0e5d8f9a1b2c3d4e5f6071ex",
                "status": "401",
                "code": "invalid_token",
                "title": "Invalid Token",
                "detail": "The access token is invalid or has expired."
              }
            ]
          },
        },
        token_required: {
          summary: "No access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "5b3c1f3e2a9d4c7e8f0a1b2c3d4e5f60ex",
                "status": 401,
                "code": "token_required",
                "title": "Token Required",
                "detail": "An access token is required to access this resource."
              }
            ]
          },
        },
      },
      "403": {
        unauthorized_action: {
          summary: "Action not allowed for this partner",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                "status": "403",
                "code": "unauthorized_action",
                "title": "Unauthorized Action",
                "detail": "Unauthorized action is not allowed."
              }
            ]
          },
        },
      },
      "404": {
        model_not_found: {
          summary: "Unknown person or resource",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "7d5e3f5a4c1f6e9a0b1c2d3e4f5a6b72ex",
                "status": 404,
                "code": "model_not_found",
                "title": "Model Not Found",
                "detail": "Couldn't find 'Solaris::Person' for id 'dc1a6812a14f6cc338cd084208535bcdcper'."
              }
            ]
          },
        },
      },
      "409": {
        record_not_unique: {
          summary: "Conflicting state",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                "status": "409",
                "code": "record_not_unique",
                "title": "Record Not Unique",
                "detail": "The identification is not in a state that allows this action."
              }
            ]
          },
        },
      },
      "500": {
        generic_error: {
          summary: "Server error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "e8915041-9d8c-4d96-9dd1-04e8522ecdbf",
                "status": "500",
                "code": "generic_error",
                "title": "Generic Error",
                "detail": "There was an error."
              }
            ]
          },
        },
      },
      "default": {
        unexpected_error: {
          summary: "Unexpected gateway error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "8e6f4a6b5d2a7f0b1c2d3e4f5a6b7c83ex",
                "status": 502,
                "code": "bad_gateway",
                "title": "Bad Gateway",
                "detail": "The upstream service did not answer."
              }
            ]
          },
        },
      },
    },
  },
  createSessionIdentification: {
    method: "POST",
    path: "/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications",
    request: {
      bank: {
        summary: "Bankident with the customer's IBAN",
        mediaType: "application/json",
        value: {
          "method": "bank",
          "iban": "DE89370400440532013000"
        },
      },
      bank_id: {
        summary: "Bankident + Fourthline with the customer's IBAN",
        mediaType: "application/json",
        value: {
          "method": "bank_id",
          "iban": "DE89370400440532013000"
        },
      },
      fourthline: {
        summary: "Fourthline",
        mediaType: "application/json",
        value: {
          "method": "fourthline"
        },
      },
      idnow: {
        summary: "IDnow with proof of address and device data (the reference's example)",
        mediaType: "application/json",
        value: {
          "method": "idnow",
          "language": "EN",
          "proof_of_address_type": "GAS_BILL",
          "proof_of_address_issued_at": "2021-12-03",
          "device_data": "Web;179ac83968ab42f79e960c1753a4078fdcon;jVl14emA+OcyALb9F+CMFg==;NU7aFh0jdzM15wj8hQtqbA5LbzEFWDI1bUwZf/zbau0P2MIEUE+LsifBKvxjCYNUyz647bpSjnQ6Tu8IK22sxFlTGEFaHKBigzmP8Nc8FvVSWKzslmSWTFJM5AYc+EGTZLprlcdrLldsZLS5PpHfPMmvtqCXVTnGhYV7GvutI1w5/67yK7pCQDxDicKjqlMg1naMiwCuqP1U1lUtf+lTdmJ1T1lXMPARffTn4XAr66vUxN++sy7qytkdcOeCsaxZnLspUEvqu+2ILHF8pOJFG7gYC11rqWOyHG3Ns1E1dZ57ybrgGTKfctFOdx2IMXnz1/i/pDC5QokRr2BTIZZ/9Tj+xXzWpzNwHtRWWK5VEufyVRPyMXQdmry7UYKrouAzlLCYSMv7GcPwOZz+gDjCkrNia7/DGBBFLOvtlufDztPpvkH2jmN32/oJHl1Qu6zpxG3Lyl8RNdyukuNYfiPw0ECoXsXObwQc7Ja8R+V5S7QZeV1VV9aavlH1+Xl9v0OlOJ1XujO7izWESMIfzAuaL6ACYhdkmkC3kicjOWUjaY3OJYrrXxQ+MScnJOQ9neMRWij7YqNxP8F259zVjqqyaL6hN8EZU/pi+cZUVkfFvMYT5ugE9JXjkFfyy4UQeSmNRjDXRzu40LyweqUns8u3GOIFzfZ9eVOv+q7OV+RpVLOJLz1Za8RPIh3UKltCzOTmO8OpDz2aGoqNdL4zAaLl4EKRoarEiSG9K2/GoyHchi6xdHYA6DqQg5xQM4s50RUySGwWLxBB3ZlMpZpdZAVBrLSyl1SWqYTosdyURtiiX0So+kdik5XJ5Vsh0v75rNP5Yrv3t5/u94wx51zKlpDH8Uiap7kP0eibRmmN196kxMcOf8Q50JM1Yt8cJiawTWdGHzGRcNtEkpon5VLp/kwDU+4IPwlW976hKsom0PTB/EVxo5CWuL6kPiaEWUrWOL7BZ2jkuebHT2jBAJuFBaeac7IYnrAMoLgfY33Vs3EtVk8H12iDX3O9JmGsDGXP0/vBx0uFEgrTt6HjwabWGRHpPPPCorSrjfuySwKlnZtp1KkeNrOso8K8DBW6e+6j1YYaxTjBUZSLl1qgzd1dpz85vB/trWdyS3i+APHw/AsP/Y4cmu/CFZqpe1Sgye1+YNP3Hs3LpxJKM3prnAoaCmrHp5aUKo5KdicAnilBTzBAV2zGBWHrBwWLWHl+RDQpncyWD2/ZCswxtXbQAhlmVD7FvBXnT0Yyg5gaFo5GVBcURzBYtwbdl3+6sqKtR3XC22GBw0OOqZ9/QvMHmCO/K89rEjfLEaVX4eKhrdzjxOwOxmE5lXrLqfscV90Yo9Uj1awvpF5TL5vW85asT2iVHYjZ1JsQ5oLp3VUfIAqTNmpcjRk763hMsTUIrn3VfpLkGajZbtxD2FuNNMoRZQBfiOAxPUDFmspxWagNSbmUZ8FqPX/6asQIJIyvAk4cvzgV9OjzdkoEcFP2OGjFnddZtLmBh9BZDWtS3VOL98lp+cH/JAn8pDab2l6zIwHRccePbuBcGZZgU39FOVpI+sbHZJ6QEhiUA8SdT7SLcTf4P1tBbdN5+dpjaWfTph1cgZyW8EsAIFc81vR6tBqSSpxmS164ADWZW+PYz4b4SRVklT3Cs2tJ/TTMM240pnkNJUd3G/0PbBGVPea5+XUs1bF5cT0fiHWA032Dm87biMEU89fdPkvnSlIsN/MbLT2kj2tPZqhOrqTxCg26jimd+2kNdZ2fwvT8JQfO0hVidnPDPLXH5aA6T6+bKqfpvJE6USAif8fPQ0rW4+315LKH5wG8Qj0omO2Ynii0IE6cR0lAGrtoLsXMf3kDqFms+Z2h79pYQrnhUSntZ3tjt3pwgejJ8ZKXdN7kYWT8UiQnLnkfLJnh1e8a4UURe7GU9UwnqqFXeHrstb8XXxiIX7syFG5iLdN9IExi5BefYnAikCTU+ssMWnnhppX6jFV43u+KEaa1/7AqibMc3Kt+kUxHlQsAo2TCg+u/39rsgNs5eWym7YptvBCN6L4Q4QRoKNFo8CJerS4dTxksD2zeGL4BLIsvMbcm6rlHrKCR5PeWRiFpK8QwwaOyiTGL5NN2Xl6F0M4vf5gnWikZTrppv7bLUYZhrU1uGiv968ZGEq+A7w2oLvbZS7l+DZuN4rPF5SzPWq94jC1NiYjaPrGyTQIISRiBLXil5puqCobYHAIeVQzHBgki3/N+Pwk4iCrxf3pqnUSNmtrmvphmo9Vp3xAaPSFsUYfIyOPiO5gcNUoGQ1kHZ3Yoksqh6U1hRCzlkMSbX6kzDYUNEgc47t2AKxLM5IpYCWAv+uefNAAb/4+f7Qh4sMqtXHc5lGK3GN8ABTIVeFphtJg36Y6xg8OTrBR5ItS/tdy6zyfTLfZFocRbfjsLfoiCeHJO0sEZIWgHsu80FVZmo4G84N6zNZkdjnFDZkgRYP9OSqMbPCXyb5Xj1H6g67rNjtY67B3613uGJ0pHCQpl0Lmz2apUMq9EVRz5tZT+RA8sCRcK4mkBEWzdC7ngI5+dfX2dEqu157rsc0yU4OWNElLWC3F1TXOsB2/n1+LBHpjKLIMok2afui1H9+eof1zLAba4hrnYEFI4WjvEAvcsyPI/eONNdxk7liVNNaD7j6vvwYKOxTZoriKwvGxeNApC+Z8xQ8HpnEaRIUqb2Eh1SfpyDta8J1dXnRF1HTq2pOvfitomb701g0diB7+StEpCxiRLCx3TEJcroqBiCE3szXdc9VSVyfklkHmbJE33CY8tGm1YEvaXAY7a5yWLHWHzqQvNuZkQ1DNbJAkP9dt1t8Fv3njG2lXFmAOJkZwpvm9qEHZTmuUmflIMhu9nMsgZd5VMjalTmHqZdy7zmnAz8LhYiUDMbPDNOd4UTehvTanDEBBYTJB6CYv6QnBYwuAPsZwRnZdHbpl6lIXStmgsxV3DLtKAUy8eoqCdDOMyep9L4ArSWEJstEBNkZ5zgk7bOspvF1V8HrhFzJCiwR7WC+GHJTHLH1S8FfmHFTXJHecvq6tpMncaJFbo4jSfm9ozBAVAAN2mCn/yBbmX9tPmXdGEsTSpdp6vVWKEdHZ1rjCqmgDENxh75H5uT9DeZ0mAKwkP5Ai+bN3hT0y1XGE44b/aJ7PEObogYAioej/Z690zKx+fHxP50juTgt+UIQ+l/mpcYnbcYe4lkXrqGpwxFU8OrRzzfJX/s90VVlzrQVAPNW/mvYkt+MqSVwI1EP62faXlXnDqbmVFUmMGeoquP58cwqSBaNL/oi2Rg7GVvdvus+i2Qpm1SHtnPVUhTwWFigiWw/T2ZZeUs4nk+Q/xOFa/"
        },
      },
      idnow_pending: {
        summary: "IDnow video in German",
        mediaType: "application/json",
        value: {
          "method": "idnow",
          "language": "DE"
        },
      },
    },
    responses: {
      "201": {
        bank: {
          summary: "Bankident waiting for the bank login",
          mediaType: "application/json",
          value: {
            "id": "3b5d7f9a1c2e4a6b8d0f2c4e6a8b0d1fcidt",
            "reference": null,
            "url": "https://fts-payment-initiation-wizard.solaris-sandbox.de/index.html?wizard_session_key=bfo5r16AMLlt6ZEX9Oh3JUWIkTelorupBwzIlJRR&interface_id=da05",
            "status": "pending",
            "completed_at": null,
            "method": "bank",
            "proof_of_address_type": null,
            "proof_of_address_issued_at": null,
            "language": null,
            "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
            "address": null,
            "failure_reason": null,
            "iban": "DE89370400440532013000",
            "authorization_expires_at": null,
            "confirmation_expires_at": null,
            "provider_status_code": null,
            "account_verification_error": null,
            "idnow_process_type": null
          },
        },
        bank_id: {
          summary: "Bankident + Fourthline waiting for the bank login",
          mediaType: "application/json",
          value: {
            "id": "2a4c6e8f0b1d3f5a7c9e1b3d5f7a9c0ecidt",
            "reference": null,
            "url": "https://fts-payment-initiation-wizard.solaris-sandbox.de/index.html?wizard_session_key=bfo5r16AMLlt6ZEX9Oh3JUWIkTelorupBwzIlJRR&interface_id=da05",
            "status": "pending",
            "completed_at": null,
            "method": "bank_id",
            "proof_of_address_type": null,
            "proof_of_address_issued_at": null,
            "language": null,
            "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
            "address": null,
            "failure_reason": null,
            "iban": "DE89370400440532013000",
            "authorization_expires_at": null,
            "confirmation_expires_at": null,
            "provider_status_code": null,
            "account_verification_error": null,
            "idnow_process_type": null
          },
        },
        fourthline: {
          summary: "Fourthline identification created",
          mediaType: "application/json",
          value: {
            "id": "4c6e8a0b2d3f5b7c9e1a3d5f7b9c1e2acidt",
            "reference": null,
            "url": null,
            "status": "created",
            "completed_at": null,
            "method": "fourthline",
            "proof_of_address_type": null,
            "proof_of_address_issued_at": null,
            "language": null,
            "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
            "address": null,
            "failure_reason": null,
            "iban": null,
            "authorization_expires_at": null,
            "confirmation_expires_at": null,
            "provider_status_code": null,
            "account_verification_error": null,
            "idnow_process_type": null
          },
        },
        idnow: {
          summary: "IDnow identification (the reference's example)",
          mediaType: "application/json",
          value: {
            "id": "9dfe2f4edaa67138be0c0c1cd3a7d849cidt",
            "reference": "TST-ELCCJ",
            "url": "https://go.test.idnow.de/company_id/identifications/identification_id",
            "status": "successful",
            "completed_at": "2021-09-14T18:18:28.000Z",
            "method": "idnow",
            "proof_of_address_type": "GAS_BILL",
            "proof_of_address_issued_at": "2021-12-03",
            "language": "EN",
            "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
            "address": {
              "line_1": "BERLINER STR. 45",
              "line_2": "Erste Etage",
              "postal_code": "14169",
              "city": "Berlin",
              "country": "DE",
              "state": "BE"
            },
            "documents": [
              {
                "id": "69ec2a9d8dbaf5ea1b13124098a34ea3cdoc",
                "name": "id_document_front.jpg",
                "content_type": "image/jpeg",
                "document_type": "ID_DOCUMENT",
                "size": 184211,
                "customer_accessible": false,
                "created_at": "2021-09-14T18:17:02.000Z",
                "deleted_at": null
              },
              {
                "id": "7a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7dcdoc",
                "name": "proof_of_address.pdf",
                "content_type": "application/pdf",
                "document_type": "PROOF_OF_ADDRESS",
                "size": 95310,
                "customer_accessible": false,
                "created_at": "2021-09-14T18:17:40.000Z",
                "deleted_at": null
              }
            ],
            "failure_reason": "string",
            "iban": "DE11010101010101010100",
            "authorization_expires_at": "string",
            "confirmation_expires_at": "string",
            "provider_status_code": 1000,
            "account_verification_error": "accounts_failed",
            "idnow_process_type": "eid"
          },
        },
        idnow_pending: {
          summary: "IDnow identification waiting for the customer",
          mediaType: "application/json",
          value: {
            "id": "1f3e5d7c9b0a2e4d6c8b0a1f3e5d7c9bcidt",
            "reference": "TST-KQWXZ",
            "url": "https://go.test.idnow.de/solarisbankvideoident/identifications/1f3e5d7c9b0a2e4d6c8b0a1f3e5d7c9bcidt",
            "status": "pending",
            "completed_at": null,
            "method": "idnow",
            "proof_of_address_type": null,
            "proof_of_address_issued_at": null,
            "language": "DE",
            "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
            "address": null,
            "failure_reason": null,
            "iban": null,
            "authorization_expires_at": null,
            "confirmation_expires_at": null,
            "provider_status_code": null,
            "account_verification_error": null,
            "idnow_process_type": null,
            "estimated_waiting_time": 5
          },
        },
      },
      "400": {
        invalid_model: {
          summary: "Invalid request body",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "84b61fb9bf2117b3653a91ba9fc18d8bex",
                "status": 400,
                "code": "invalid_model",
                "title": "Invalid Model",
                "detail": "identification_methods is not included in the list",
                "source": {
                  "field": "identification_methods",
                  "message": "is not included in the list"
                }
              }
            ]
          },
        },
      },
      "401": {
        invalid_token: {
          summary: "Expired or invalid access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "6c4d2e4f3b0e5d8f9a1b2c3d4e5f6071ex",
                "status": "401",
                "code": "invalid_token",
                "title": "Invalid Token",
                "detail": "The access token is invalid or has expired."
              }
            ]
          },
        },
        token_required: {
          summary: "No access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "5b3c1f3e2a9d4c7e8f0a1b2c3d4e5f60ex",
                "status": 401,
                "code": "token_required",
                "title": "Token Required",
                "detail": "An access token is required to access this resource."
              }
            ]
          },
        },
      },
      "403": {
        unauthorized_action: {
          summary: "Action not allowed for this partner",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                "status": "403",
                "code": "unauthorized_action",
                "title": "Unauthorized Action",
                "detail": "Unauthorized action is not allowed."
              }
            ]
          },
        },
      },
      "404": {
        model_not_found: {
          summary: "Unknown person or resource",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "7d5e3f5a4c1f6e9a0b1c2d3e4f5a6b72ex",
                "status": 404,
                "code": "model_not_found",
                "title": "Model Not Found",
                "detail": "Couldn't find 'Solaris::Person' for id 'dc1a6812a14f6cc338cd084208535bcdcper'."
              }
            ]
          },
        },
      },
      "409": {
        record_not_unique: {
          summary: "Conflicting state",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                "status": "409",
                "code": "record_not_unique",
                "title": "Record Not Unique",
                "detail": "The identification is not in a state that allows this action."
              }
            ]
          },
        },
      },
      "500": {
        generic_error: {
          summary: "Server error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "e8915041-9d8c-4d96-9dd1-04e8522ecdbf",
                "status": "500",
                "code": "generic_error",
                "title": "Generic Error",
                "detail": "There was an error."
              }
            ]
          },
        },
      },
      "default": {
        unexpected_error: {
          summary: "Unexpected gateway error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "8e6f4a6b5d2a7f0b1c2d3e4f5a6b7c83ex",
                "status": 502,
                "code": "bad_gateway",
                "title": "Bad Gateway",
                "detail": "The upstream service did not answer."
              }
            ]
          },
        },
      },
    },
  },
  getIdentification: {
    method: "GET",
    path: "/v1/persons/{person_id}/identifications/{id}",
    responses: {
      "200": {
        bank_confirmation_required: {
          summary: "Bankident waiting for the customer's SMS OTP",
          mediaType: "application/json",
          value: {
            "id": "a7a57dadfcc83117b5c3b72f4113be25cidt",
            "reference": null,
            "url": "https://fts-payment-initiation-wizard.solaris-sandbox.de/index.html?wizard_session_key=bfo5r16AMLlt6ZEX9Oh3JUWIkTelorupBwzIlJRR&interface_id=da05",
            "status": "confirmation_required",
            "completed_at": null,
            "method": "bank",
            "proof_of_address_type": null,
            "proof_of_address_issued_at": null,
            "language": null,
            "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
            "address": null,
            "failure_reason": null,
            "iban": "DE89370400440532013000",
            "authorization_expires_at": "2021-09-14T18:48:28.000Z",
            "confirmation_expires_at": "2021-09-14T18:53:28.000Z",
            "provider_status_code": null,
            "account_verification_error": null,
            "idnow_process_type": null
          },
        },
        bank_plus_pending_ref_transfer: {
          summary: "BankIdent Plus waiting for the reference transfer",
          mediaType: "application/json",
          value: {
            "id": "6f8b0d2c4e5a7b9d1f3c5e7a9b1d3f5ccidt",
            "reference": "TST-PLQRS",
            "url": "https://go.test.idnow.de/solarisbankplus/identifications/6f8b0d2c4e5a7b9d1f3c5e7a9b1d3f5ccidt",
            "status": "pending_ref_transfer",
            "completed_at": null,
            "method": "bank_plus",
            "proof_of_address_type": null,
            "proof_of_address_issued_at": null,
            "language": "DE",
            "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
            "address": null,
            "failure_reason": null,
            "iban": null,
            "authorization_expires_at": null,
            "confirmation_expires_at": null,
            "provider_status_code": null,
            "account_verification_error": null,
            "idnow_process_type": null
          },
        },
        fourthline_failed: {
          summary: "Fourthline failed with a retryable provider status",
          mediaType: "application/json",
          value: {
            "id": "4c6e8a0b2d3f5b7c9e1a3d5f7b9c1e2acidt",
            "reference": null,
            "url": null,
            "status": "failed",
            "completed_at": "2021-09-15T09:12:44.000Z",
            "method": "fourthline",
            "proof_of_address_type": null,
            "proof_of_address_issued_at": null,
            "language": null,
            "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
            "address": null,
            "failure_reason": null,
            "iban": null,
            "authorization_expires_at": null,
            "confirmation_expires_at": null,
            "provider_status_code": 2001,
            "account_verification_error": null,
            "idnow_process_type": null
          },
        },
        idnow_successful: {
          summary: "IDnow identification (the reference's example)",
          mediaType: "application/json",
          value: {
            "id": "9dfe2f4edaa67138be0c0c1cd3a7d849cidt",
            "reference": "TST-ELCCJ",
            "url": "https://go.test.idnow.de/company_id/identifications/identification_id",
            "status": "successful",
            "completed_at": "2021-09-14T18:18:28.000Z",
            "method": "idnow",
            "proof_of_address_type": "GAS_BILL",
            "proof_of_address_issued_at": "2021-12-03",
            "language": "EN",
            "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
            "address": {
              "line_1": "BERLINER STR. 45",
              "line_2": "Erste Etage",
              "postal_code": "14169",
              "city": "Berlin",
              "country": "DE",
              "state": "BE"
            },
            "documents": [
              {
                "id": "69ec2a9d8dbaf5ea1b13124098a34ea3cdoc",
                "name": "id_document_front.jpg",
                "content_type": "image/jpeg",
                "document_type": "ID_DOCUMENT",
                "size": 184211,
                "customer_accessible": false,
                "created_at": "2021-09-14T18:17:02.000Z",
                "deleted_at": null
              },
              {
                "id": "7a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7dcdoc",
                "name": "proof_of_address.pdf",
                "content_type": "application/pdf",
                "document_type": "PROOF_OF_ADDRESS",
                "size": 95310,
                "customer_accessible": false,
                "created_at": "2021-09-14T18:17:40.000Z",
                "deleted_at": null
              }
            ],
            "failure_reason": "string",
            "iban": "DE11010101010101010100",
            "authorization_expires_at": "string",
            "confirmation_expires_at": "string",
            "provider_status_code": 1000,
            "account_verification_error": "accounts_failed",
            "idnow_process_type": "eid"
          },
        },
      },
      "400": {
        invalid_model: {
          summary: "Invalid request body",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "84b61fb9bf2117b3653a91ba9fc18d8bex",
                "status": 400,
                "code": "invalid_model",
                "title": "Invalid Model",
                "detail": "identification_methods is not included in the list",
                "source": {
                  "field": "identification_methods",
                  "message": "is not included in the list"
                }
              }
            ]
          },
        },
      },
      "401": {
        invalid_token: {
          summary: "Expired or invalid access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "6c4d2e4f3b0e5d8f9a1b2c3d4e5f6071ex",
                "status": "401",
                "code": "invalid_token",
                "title": "Invalid Token",
                "detail": "The access token is invalid or has expired."
              }
            ]
          },
        },
        token_required: {
          summary: "No access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "5b3c1f3e2a9d4c7e8f0a1b2c3d4e5f60ex",
                "status": 401,
                "code": "token_required",
                "title": "Token Required",
                "detail": "An access token is required to access this resource."
              }
            ]
          },
        },
      },
      "403": {
        unauthorized_action: {
          summary: "Action not allowed for this partner",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                "status": "403",
                "code": "unauthorized_action",
                "title": "Unauthorized Action",
                "detail": "Unauthorized action is not allowed."
              }
            ]
          },
        },
      },
      "404": {
        model_not_found: {
          summary: "Unknown person or resource",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "7d5e3f5a4c1f6e9a0b1c2d3e4f5a6b72ex",
                "status": 404,
                "code": "model_not_found",
                "title": "Model Not Found",
                "detail": "Couldn't find 'Solaris::Person' for id 'dc1a6812a14f6cc338cd084208535bcdcper'."
              }
            ]
          },
        },
      },
      "500": {
        generic_error: {
          summary: "Server error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "e8915041-9d8c-4d96-9dd1-04e8522ecdbf",
                "status": "500",
                "code": "generic_error",
                "title": "Generic Error",
                "detail": "There was an error."
              }
            ]
          },
        },
      },
      "default": {
        unexpected_error: {
          summary: "Unexpected gateway error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "8e6f4a6b5d2a7f0b1c2d3e4f5a6b7c83ex",
                "status": 502,
                "code": "bad_gateway",
                "title": "Bad Gateway",
                "detail": "The upstream service did not answer."
              }
            ]
          },
        },
      },
    },
  },
  getIdentificationSession: {
    method: "GET",
    path: "/v1/persons/{person_id}/identification_sessions/{identification_session_id}",
    responses: {
      "200": {
        identification_data_required: {
          summary: "Bankident + Fourthline session waiting for the ID scan",
          mediaType: "application/json",
          value: {
            "id": "5c1f0a7e9b3d4e2f8a6c0d1e2f3a4b5cises",
            "url": "https://person-onboarding.solaris-sandbox.de/kT3pQ9vX2mL8sR4wY7zB1nC6dF0gH5jK",
            "callback_url": "https://example.com/kyc/callback",
            "identification_methods": [
              "bank_id"
            ],
            "status": "identification_data_required"
          },
        },
        idnow: {
          summary: "IDnow session created (the reference's example)",
          mediaType: "application/json",
          value: {
            "id": "acdede097f821bd8037465d691f69506ises",
            "url": "https://person-onboarding.solaris-staging.de/9AXlUH0ptsZoFef2n8LKiqpEAizdJTjVQ4tzZeu1LpvqbK201REXFG_EBwiGTw0PLlHWCaA7NLOOcUh1u_a7HUpp7wYMNlGnzALka-v_9MVOxOIfN73lFjFg7JMtBdJO",
            "callback_url": "https://www.callbackurl.com",
            "identification_methods": [
              "idnow"
            ],
            "status": "created"
          },
        },
        successful: {
          summary: "Session completed successfully",
          mediaType: "application/json",
          value: {
            "id": "5c1f0a7e9b3d4e2f8a6c0d1e2f3a4b5cises",
            "url": "https://person-onboarding.solaris-sandbox.de/kT3pQ9vX2mL8sR4wY7zB1nC6dF0gH5jK",
            "callback_url": "https://example.com/kyc/callback",
            "identification_methods": [
              "bank_id"
            ],
            "status": "successful"
          },
        },
      },
      "400": {
        invalid_model: {
          summary: "Invalid request body",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "84b61fb9bf2117b3653a91ba9fc18d8bex",
                "status": 400,
                "code": "invalid_model",
                "title": "Invalid Model",
                "detail": "identification_methods is not included in the list",
                "source": {
                  "field": "identification_methods",
                  "message": "is not included in the list"
                }
              }
            ]
          },
        },
      },
      "401": {
        invalid_token: {
          summary: "Expired or invalid access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "6c4d2e4f3b0e5d8f9a1b2c3d4e5f6071ex",
                "status": "401",
                "code": "invalid_token",
                "title": "Invalid Token",
                "detail": "The access token is invalid or has expired."
              }
            ]
          },
        },
        token_required: {
          summary: "No access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "5b3c1f3e2a9d4c7e8f0a1b2c3d4e5f60ex",
                "status": 401,
                "code": "token_required",
                "title": "Token Required",
                "detail": "An access token is required to access this resource."
              }
            ]
          },
        },
      },
      "403": {
        unauthorized_action: {
          summary: "Action not allowed for this partner",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                "status": "403",
                "code": "unauthorized_action",
                "title": "Unauthorized Action",
                "detail": "Unauthorized action is not allowed."
              }
            ]
          },
        },
      },
      "404": {
        model_not_found: {
          summary: "Unknown person or resource",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "7d5e3f5a4c1f6e9a0b1c2d3e4f5a6b72ex",
                "status": 404,
                "code": "model_not_found",
                "title": "Model Not Found",
                "detail": "Couldn't find 'Solaris::Person' for id 'dc1a6812a14f6cc338cd084208535bcdcper'."
              }
            ]
          },
        },
      },
      "500": {
        generic_error: {
          summary: "Server error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "e8915041-9d8c-4d96-9dd1-04e8522ecdbf",
                "status": "500",
                "code": "generic_error",
                "title": "Generic Error",
                "detail": "There was an error."
              }
            ]
          },
        },
      },
      "default": {
        unexpected_error: {
          summary: "Unexpected gateway error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "8e6f4a6b5d2a7f0b1c2d3e4f5a6b7c83ex",
                "status": 502,
                "code": "bad_gateway",
                "title": "Bad Gateway",
                "detail": "The upstream service did not answer."
              }
            ]
          },
        },
      },
    },
  },
  getIdentificationSessionConfiguration: {
    method: "GET",
    path: "/v1/persons/{person_id}/identification_sessions/{identification_session_id}/configuration",
    responses: {
      "200": {
        fourthline: {
          summary: "Terms pre-accepted, Fourthline provider (the reference's example)",
          mediaType: "application/json",
          value: {
            "terms_and_conditions_pre_accepted": true,
            "fourthline_provider": "fourthline"
          },
        },
        terms_not_accepted: {
          summary: "Terms not yet accepted",
          mediaType: "application/json",
          value: {
            "terms_and_conditions_pre_accepted": false,
            "fourthline_provider": "SolarisBank"
          },
        },
      },
      "400": {
        invalid_model: {
          summary: "Invalid request body",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "84b61fb9bf2117b3653a91ba9fc18d8bex",
                "status": 400,
                "code": "invalid_model",
                "title": "Invalid Model",
                "detail": "identification_methods is not included in the list",
                "source": {
                  "field": "identification_methods",
                  "message": "is not included in the list"
                }
              }
            ]
          },
        },
      },
      "401": {
        invalid_token: {
          summary: "Expired or invalid access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "6c4d2e4f3b0e5d8f9a1b2c3d4e5f6071ex",
                "status": "401",
                "code": "invalid_token",
                "title": "Invalid Token",
                "detail": "The access token is invalid or has expired."
              }
            ]
          },
        },
        token_required: {
          summary: "No access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "5b3c1f3e2a9d4c7e8f0a1b2c3d4e5f60ex",
                "status": 401,
                "code": "token_required",
                "title": "Token Required",
                "detail": "An access token is required to access this resource."
              }
            ]
          },
        },
      },
      "403": {
        unauthorized_action: {
          summary: "Action not allowed for this partner",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                "status": "403",
                "code": "unauthorized_action",
                "title": "Unauthorized Action",
                "detail": "Unauthorized action is not allowed."
              }
            ]
          },
        },
      },
      "404": {
        model_not_found: {
          summary: "Unknown person or resource",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "7d5e3f5a4c1f6e9a0b1c2d3e4f5a6b72ex",
                "status": 404,
                "code": "model_not_found",
                "title": "Model Not Found",
                "detail": "Couldn't find 'Solaris::Person' for id 'dc1a6812a14f6cc338cd084208535bcdcper'."
              }
            ]
          },
        },
      },
      "500": {
        generic_error: {
          summary: "Server error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "e8915041-9d8c-4d96-9dd1-04e8522ecdbf",
                "status": "500",
                "code": "generic_error",
                "title": "Generic Error",
                "detail": "There was an error."
              }
            ]
          },
        },
      },
      "default": {
        unexpected_error: {
          summary: "Unexpected gateway error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "8e6f4a6b5d2a7f0b1c2d3e4f5a6b7c83ex",
                "status": 502,
                "code": "bad_gateway",
                "title": "Bad Gateway",
                "detail": "The upstream service did not answer."
              }
            ]
          },
        },
      },
    },
  },
  getSessionIdentification: {
    method: "GET",
    path: "/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications/{id}",
    responses: {
      "200": {
        bank_id_identification_data_required: {
          summary: "Bankident + Fourthline waiting for the ID scan and selfie",
          mediaType: "application/json",
          value: {
            "id": "2a4c6e8f0b1d3f5a7c9e1b3d5f7a9c0ecidt",
            "reference": null,
            "url": "https://fts-payment-initiation-wizard.solaris-sandbox.de/index.html?wizard_session_key=bfo5r16AMLlt6ZEX9Oh3JUWIkTelorupBwzIlJRR&interface_id=da05",
            "status": "identification_data_required",
            "completed_at": null,
            "method": "bank_id",
            "proof_of_address_type": null,
            "proof_of_address_issued_at": null,
            "language": null,
            "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
            "address": null,
            "failure_reason": null,
            "iban": "DE89370400440532013000",
            "authorization_expires_at": null,
            "confirmation_expires_at": null,
            "provider_status_code": null,
            "account_verification_error": null,
            "idnow_process_type": null
          },
        },
        failed_account_snapshot: {
          summary: "Bankident failed: account snapshot failed",
          mediaType: "application/json",
          value: {
            "id": "3b5d7f9a1c2e4a6b8d0f2c4e6a8b0d1fcidt",
            "reference": null,
            "url": "https://fts-payment-initiation-wizard.solaris-sandbox.de/index.html?wizard_session_key=bfo5r16AMLlt6ZEX9Oh3JUWIkTelorupBwzIlJRR&interface_id=da05",
            "status": "failed",
            "completed_at": null,
            "method": "bank",
            "proof_of_address_type": null,
            "proof_of_address_issued_at": null,
            "language": null,
            "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
            "address": null,
            "failure_reason": "account_snapshot_failed",
            "iban": "DE89370400440532013000",
            "authorization_expires_at": null,
            "confirmation_expires_at": null,
            "provider_status_code": null,
            "account_verification_error": "accounts_failed",
            "idnow_process_type": null
          },
        },
        fourthline_failed: {
          summary: "Fourthline failed with a retryable provider status",
          mediaType: "application/json",
          value: {
            "id": "4c6e8a0b2d3f5b7c9e1a3d5f7b9c1e2acidt",
            "reference": null,
            "url": null,
            "status": "failed",
            "completed_at": "2021-09-15T09:12:44.000Z",
            "method": "fourthline",
            "proof_of_address_type": null,
            "proof_of_address_issued_at": null,
            "language": null,
            "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
            "address": null,
            "failure_reason": null,
            "iban": null,
            "authorization_expires_at": null,
            "confirmation_expires_at": null,
            "provider_status_code": 2001,
            "account_verification_error": null,
            "idnow_process_type": null
          },
        },
        idnow_pending: {
          summary: "IDnow identification waiting for the customer",
          mediaType: "application/json",
          value: {
            "id": "1f3e5d7c9b0a2e4d6c8b0a1f3e5d7c9bcidt",
            "reference": "TST-KQWXZ",
            "url": "https://go.test.idnow.de/solarisbankvideoident/identifications/1f3e5d7c9b0a2e4d6c8b0a1f3e5d7c9bcidt",
            "status": "pending",
            "completed_at": null,
            "method": "idnow",
            "proof_of_address_type": null,
            "proof_of_address_issued_at": null,
            "language": "DE",
            "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
            "address": null,
            "failure_reason": null,
            "iban": null,
            "authorization_expires_at": null,
            "confirmation_expires_at": null,
            "provider_status_code": null,
            "account_verification_error": null,
            "idnow_process_type": null,
            "estimated_waiting_time": 5
          },
        },
        idnow_successful: {
          summary: "IDnow identification (the reference's example)",
          mediaType: "application/json",
          value: {
            "id": "9dfe2f4edaa67138be0c0c1cd3a7d849cidt",
            "reference": "TST-ELCCJ",
            "url": "https://go.test.idnow.de/company_id/identifications/identification_id",
            "status": "successful",
            "completed_at": "2021-09-14T18:18:28.000Z",
            "method": "idnow",
            "proof_of_address_type": "GAS_BILL",
            "proof_of_address_issued_at": "2021-12-03",
            "language": "EN",
            "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
            "address": {
              "line_1": "BERLINER STR. 45",
              "line_2": "Erste Etage",
              "postal_code": "14169",
              "city": "Berlin",
              "country": "DE",
              "state": "BE"
            },
            "documents": [
              {
                "id": "69ec2a9d8dbaf5ea1b13124098a34ea3cdoc",
                "name": "id_document_front.jpg",
                "content_type": "image/jpeg",
                "document_type": "ID_DOCUMENT",
                "size": 184211,
                "customer_accessible": false,
                "created_at": "2021-09-14T18:17:02.000Z",
                "deleted_at": null
              },
              {
                "id": "7a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7dcdoc",
                "name": "proof_of_address.pdf",
                "content_type": "application/pdf",
                "document_type": "PROOF_OF_ADDRESS",
                "size": 95310,
                "customer_accessible": false,
                "created_at": "2021-09-14T18:17:40.000Z",
                "deleted_at": null
              }
            ],
            "failure_reason": "string",
            "iban": "DE11010101010101010100",
            "authorization_expires_at": "string",
            "confirmation_expires_at": "string",
            "provider_status_code": 1000,
            "account_verification_error": "accounts_failed",
            "idnow_process_type": "eid"
          },
        },
      },
      "400": {
        invalid_model: {
          summary: "Invalid request body",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "84b61fb9bf2117b3653a91ba9fc18d8bex",
                "status": 400,
                "code": "invalid_model",
                "title": "Invalid Model",
                "detail": "identification_methods is not included in the list",
                "source": {
                  "field": "identification_methods",
                  "message": "is not included in the list"
                }
              }
            ]
          },
        },
      },
      "401": {
        invalid_token: {
          summary: "Expired or invalid access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "6c4d2e4f3b0e5d8f9a1b2c3d4e5f6071ex",
                "status": "401",
                "code": "invalid_token",
                "title": "Invalid Token",
                "detail": "The access token is invalid or has expired."
              }
            ]
          },
        },
        token_required: {
          summary: "No access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "5b3c1f3e2a9d4c7e8f0a1b2c3d4e5f60ex",
                "status": 401,
                "code": "token_required",
                "title": "Token Required",
                "detail": "An access token is required to access this resource."
              }
            ]
          },
        },
      },
      "403": {
        unauthorized_action: {
          summary: "Action not allowed for this partner",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                "status": "403",
                "code": "unauthorized_action",
                "title": "Unauthorized Action",
                "detail": "Unauthorized action is not allowed."
              }
            ]
          },
        },
      },
      "404": {
        model_not_found: {
          summary: "Unknown person or resource",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "7d5e3f5a4c1f6e9a0b1c2d3e4f5a6b72ex",
                "status": 404,
                "code": "model_not_found",
                "title": "Model Not Found",
                "detail": "Couldn't find 'Solaris::Person' for id 'dc1a6812a14f6cc338cd084208535bcdcper'."
              }
            ]
          },
        },
      },
      "500": {
        generic_error: {
          summary: "Server error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "e8915041-9d8c-4d96-9dd1-04e8522ecdbf",
                "status": "500",
                "code": "generic_error",
                "title": "Generic Error",
                "detail": "There was an error."
              }
            ]
          },
        },
      },
      "default": {
        unexpected_error: {
          summary: "Unexpected gateway error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "8e6f4a6b5d2a7f0b1c2d3e4f5a6b7c83ex",
                "status": 502,
                "code": "bad_gateway",
                "title": "Bad Gateway",
                "detail": "The upstream service did not answer."
              }
            ]
          },
        },
      },
    },
  },
  listIdentifications: {
    method: "GET",
    path: "/v1/persons/{person_id}/identifications",
    responses: {
      "200": {
        empty: {
          summary: "A person without identifications",
          mediaType: "application/json",
          value: [],
        },
        two_identifications: {
          summary: "Two identifications of one person",
          mediaType: "application/json",
          value: [
            {
              "id": "5e7a9c1b3d4f6a8c0e2b4d6f8a0c2e4bcidt",
              "reference": "TST-XQBMA",
              "url": "https://go.test.idnow.de/solarisbankvideoident/identifications/5e7a9c1b3d4f6a8c0e2b4d6f8a0c2e4bcidt",
              "status": "successful",
              "completed_at": "2021-09-14T18:18:28.000Z",
              "method": "idnow",
              "proof_of_address_type": null,
              "proof_of_address_issued_at": null,
              "language": "EN",
              "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
              "address": null,
              "failure_reason": null,
              "iban": null,
              "authorization_expires_at": null,
              "confirmation_expires_at": null,
              "provider_status_code": null,
              "account_verification_error": null,
              "idnow_process_type": "video"
            },
            {
              "id": "a7a57dadfcc83117b5c3b72f4113be25cidt",
              "reference": null,
              "url": "https://fts-payment-initiation-wizard.solaris-sandbox.de/index.html?wizard_session_key=bfo5r16AMLlt6ZEX9Oh3JUWIkTelorupBwzIlJRR&interface_id=da05",
              "status": "failed",
              "completed_at": null,
              "method": "bank",
              "proof_of_address_type": null,
              "proof_of_address_issued_at": null,
              "language": null,
              "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
              "address": null,
              "failure_reason": "joint_account",
              "iban": "DE89370400440532013000",
              "authorization_expires_at": null,
              "confirmation_expires_at": null,
              "provider_status_code": null,
              "account_verification_error": null,
              "idnow_process_type": null
            }
          ],
        },
      },
      "400": {
        invalid_model: {
          summary: "Invalid request body",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "84b61fb9bf2117b3653a91ba9fc18d8bex",
                "status": 400,
                "code": "invalid_model",
                "title": "Invalid Model",
                "detail": "identification_methods is not included in the list",
                "source": {
                  "field": "identification_methods",
                  "message": "is not included in the list"
                }
              }
            ]
          },
        },
      },
      "401": {
        invalid_token: {
          summary: "Expired or invalid access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "6c4d2e4f3b0e5d8f9a1b2c3d4e5f6071ex",
                "status": "401",
                "code": "invalid_token",
                "title": "Invalid Token",
                "detail": "The access token is invalid or has expired."
              }
            ]
          },
        },
        token_required: {
          summary: "No access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "5b3c1f3e2a9d4c7e8f0a1b2c3d4e5f60ex",
                "status": 401,
                "code": "token_required",
                "title": "Token Required",
                "detail": "An access token is required to access this resource."
              }
            ]
          },
        },
      },
      "403": {
        unauthorized_action: {
          summary: "Action not allowed for this partner",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                "status": "403",
                "code": "unauthorized_action",
                "title": "Unauthorized Action",
                "detail": "Unauthorized action is not allowed."
              }
            ]
          },
        },
      },
      "404": {
        model_not_found: {
          summary: "Unknown person or resource",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "7d5e3f5a4c1f6e9a0b1c2d3e4f5a6b72ex",
                "status": 404,
                "code": "model_not_found",
                "title": "Model Not Found",
                "detail": "Couldn't find 'Solaris::Person' for id 'dc1a6812a14f6cc338cd084208535bcdcper'."
              }
            ]
          },
        },
      },
      "500": {
        generic_error: {
          summary: "Server error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "e8915041-9d8c-4d96-9dd1-04e8522ecdbf",
                "status": "500",
                "code": "generic_error",
                "title": "Generic Error",
                "detail": "There was an error."
              }
            ]
          },
        },
      },
      "default": {
        unexpected_error: {
          summary: "Unexpected gateway error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "8e6f4a6b5d2a7f0b1c2d3e4f5a6b7c83ex",
                "status": 502,
                "code": "bad_gateway",
                "title": "Bad Gateway",
                "detail": "The upstream service did not answer."
              }
            ]
          },
        },
      },
    },
  },
  listSupportedDocuments: {
    method: "GET",
    path: "/v1/persons/{person_id}/identifications/{id}/supported_documents",
    responses: {
      "200": {
        idnow: {
          summary: "Passports from three countries, German ID cards",
          mediaType: "application/json",
          value: [
            {
              "type": "PASSPORT",
              "issuing_countries": [
                "AT",
                "DE",
                "FR"
              ]
            },
            {
              "type": "IDCARD",
              "issuing_countries": [
                "DE"
              ]
            }
          ],
        },
      },
      "400": {
        invalid_model: {
          summary: "Invalid request body",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "84b61fb9bf2117b3653a91ba9fc18d8bex",
                "status": 400,
                "code": "invalid_model",
                "title": "Invalid Model",
                "detail": "identification_methods is not included in the list",
                "source": {
                  "field": "identification_methods",
                  "message": "is not included in the list"
                }
              }
            ]
          },
        },
      },
      "401": {
        invalid_token: {
          summary: "Expired or invalid access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "6c4d2e4f3b0e5d8f9a1b2c3d4e5f6071ex",
                "status": "401",
                "code": "invalid_token",
                "title": "Invalid Token",
                "detail": "The access token is invalid or has expired."
              }
            ]
          },
        },
        token_required: {
          summary: "No access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "5b3c1f3e2a9d4c7e8f0a1b2c3d4e5f60ex",
                "status": 401,
                "code": "token_required",
                "title": "Token Required",
                "detail": "An access token is required to access this resource."
              }
            ]
          },
        },
      },
      "403": {
        unauthorized_action: {
          summary: "Action not allowed for this partner",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                "status": "403",
                "code": "unauthorized_action",
                "title": "Unauthorized Action",
                "detail": "Unauthorized action is not allowed."
              }
            ]
          },
        },
      },
      "404": {
        model_not_found: {
          summary: "Unknown person or resource",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "7d5e3f5a4c1f6e9a0b1c2d3e4f5a6b72ex",
                "status": 404,
                "code": "model_not_found",
                "title": "Model Not Found",
                "detail": "Couldn't find 'Solaris::Person' for id 'dc1a6812a14f6cc338cd084208535bcdcper'."
              }
            ]
          },
        },
      },
      "500": {
        generic_error: {
          summary: "Server error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "e8915041-9d8c-4d96-9dd1-04e8522ecdbf",
                "status": "500",
                "code": "generic_error",
                "title": "Generic Error",
                "detail": "There was an error."
              }
            ]
          },
        },
      },
      "default": {
        unexpected_error: {
          summary: "Unexpected gateway error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "8e6f4a6b5d2a7f0b1c2d3e4f5a6b7c83ex",
                "status": 502,
                "code": "bad_gateway",
                "title": "Bad Gateway",
                "detail": "The upstream service did not answer."
              }
            ]
          },
        },
      },
    },
  },
  listSupportedDocumentsFromFourthline: {
    method: "GET",
    path: "/v1/persons/{person_id}/identifications/{id}/supported_documents_from_fourthline",
    responses: {
      "200": {
        fourthline: {
          summary: "Documents Fourthline accepts",
          mediaType: "application/json",
          value: [
            {
              "type": "PASSPORT",
              "issuing_countries": [
                "ES",
                "IT",
                "NL"
              ]
            },
            {
              "type": "IDCARD",
              "issuing_countries": [
                "ES",
                "IT"
              ]
            },
            {
              "type": "RESIDENCE_PERMIT",
              "issuing_countries": [
                "NL"
              ]
            }
          ],
        },
      },
      "400": {
        invalid_model: {
          summary: "Invalid request body",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "84b61fb9bf2117b3653a91ba9fc18d8bex",
                "status": 400,
                "code": "invalid_model",
                "title": "Invalid Model",
                "detail": "identification_methods is not included in the list",
                "source": {
                  "field": "identification_methods",
                  "message": "is not included in the list"
                }
              }
            ]
          },
        },
      },
      "401": {
        invalid_token: {
          summary: "Expired or invalid access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "6c4d2e4f3b0e5d8f9a1b2c3d4e5f6071ex",
                "status": "401",
                "code": "invalid_token",
                "title": "Invalid Token",
                "detail": "The access token is invalid or has expired."
              }
            ]
          },
        },
        token_required: {
          summary: "No access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "5b3c1f3e2a9d4c7e8f0a1b2c3d4e5f60ex",
                "status": 401,
                "code": "token_required",
                "title": "Token Required",
                "detail": "An access token is required to access this resource."
              }
            ]
          },
        },
      },
      "403": {
        unauthorized_action: {
          summary: "Action not allowed for this partner",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                "status": "403",
                "code": "unauthorized_action",
                "title": "Unauthorized Action",
                "detail": "Unauthorized action is not allowed."
              }
            ]
          },
        },
      },
      "404": {
        model_not_found: {
          summary: "Unknown person or resource",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "7d5e3f5a4c1f6e9a0b1c2d3e4f5a6b72ex",
                "status": 404,
                "code": "model_not_found",
                "title": "Model Not Found",
                "detail": "Couldn't find 'Solaris::Person' for id 'dc1a6812a14f6cc338cd084208535bcdcper'."
              }
            ]
          },
        },
      },
      "500": {
        generic_error: {
          summary: "Server error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "e8915041-9d8c-4d96-9dd1-04e8522ecdbf",
                "status": "500",
                "code": "generic_error",
                "title": "Generic Error",
                "detail": "There was an error."
              }
            ]
          },
        },
      },
      "default": {
        unexpected_error: {
          summary: "Unexpected gateway error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "8e6f4a6b5d2a7f0b1c2d3e4f5a6b7c83ex",
                "status": 502,
                "code": "bad_gateway",
                "title": "Bad Gateway",
                "detail": "The upstream service did not answer."
              }
            ]
          },
        },
      },
    },
  },
  receiveIdentificationReferenceTransferAttemptWebhook: {
    method: "POST",
    webhook: "IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT",
    request: {
      last_attempt: {
        summary: "Name not matched, no attempt left",
        mediaType: "application/json",
        value: {
          "id": "9dfe2f4edaa67138be0c0c1cd3a7d849cidt",
          "method": "bank_plus",
          "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
          "remaining_attempts": 0,
          "reason": "name_not_matched"
        },
      },
      name_not_matched: {
        summary: "Name not matched, two attempts left",
        mediaType: "application/json",
        value: {
          "id": "9dfe2f4edaa67138be0c0c1cd3a7d849cidt",
          "method": "bank_plus",
          "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
          "remaining_attempts": 2,
          "reason": "name_not_matched"
        },
      },
    },
    responses: {
      "200": {
        delivered: {
          summary: "Delivered",
          mediaType: "text/plain",
          value: "OK",
        },
      },
      "410": {
        gone: {
          summary: "Subscription cancelled",
          mediaType: "text/plain",
          value: "Gone",
        },
      },
      "422": {
        rejected: {
          summary: "Notification rejected",
          mediaType: "text/plain",
          value: "Unprocessable",
        },
      },
    },
  },
  receiveIdentificationSessionWebhook: {
    method: "POST",
    webhook: "IDENTIFICATION_SESSION",
    request: {
      expired: {
        summary: "Session expired",
        mediaType: "application/json",
        value: {
          "id": "acdede097f821bd8037465d691f69506ises",
          "status": "expired",
          "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper"
        },
      },
      successful: {
        summary: "Session completed successfully",
        mediaType: "application/json",
        value: {
          "id": "5c1f0a7e9b3d4e2f8a6c0d1e2f3a4b5cises",
          "status": "successful",
          "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
          "identification_methods": [
            "bank_id"
          ]
        },
      },
    },
    responses: {
      "200": {
        delivered: {
          summary: "Delivered",
          mediaType: "text/plain",
          value: "OK",
        },
      },
      "410": {
        gone: {
          summary: "Subscription cancelled",
          mediaType: "text/plain",
          value: "Gone",
        },
      },
      "422": {
        rejected: {
          summary: "Notification rejected",
          mediaType: "text/plain",
          value: "Unprocessable",
        },
      },
    },
  },
  receiveIdentificationWebhook: {
    method: "POST",
    webhook: "IDENTIFICATION",
    request: {
      bank_authorization_required: {
        summary: "Bankident waiting for authorization",
        mediaType: "application/json",
        value: {
          "id": "a7a57dadfcc83117b5c3b72f4113be25cidt",
          "reference": null,
          "url": "https://fts-payment-initiation-wizard.solaris-sandbox.de/index.html?wizard_session_key=bfo5r16AMLlt6ZEX9Oh3JUWIkTelorupBwzIlJRR&interface_id=da05",
          "status": "authorization_required",
          "completed_at": null,
          "method": "bank",
          "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
          "authorization_expires_at": "2021-09-14T18:48:28.000Z",
          "confirmation_expires_at": null
        },
      },
      bank_plus_successful: {
        summary: "BankIdent Plus successful with the opened account",
        mediaType: "application/json",
        value: {
          "id": "6f8b0d2c4e5a7b9d1f3c5e7a9b1d3f5ccidt",
          "reference": "TST-PLQRS",
          "url": null,
          "status": "successful",
          "completed_at": "2021-09-16T10:02:11.000Z",
          "method": "bank_plus",
          "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
          "metadata": {
            "account_bic": "SOBKDEB2XXX",
            "account_currency": "EUR",
            "account_id": "0b5d9c1e3f7a4b2c8d6e0f1a2b3c4d5eacct",
            "iban": "DE02100100100006820101"
          }
        },
      },
      idnow_pending: {
        summary: "IDnow identification ready: redirect the customer",
        mediaType: "application/json",
        value: {
          "id": "5e7a9c1b3d4f6a8c0e2b4d6f8a0c2e4bcidt",
          "reference": "TST-XQBMA",
          "url": "https://go.test.idnow.de/solarisbankvideoident/identifications/5e7a9c1b3d4f6a8c0e2b4d6f8a0c2e4bcidt",
          "status": "pending",
          "completed_at": null,
          "method": "idnow",
          "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper"
        },
      },
      idnow_successful: {
        summary: "IDnow identification successful (the reference's example)",
        mediaType: "application/json",
        value: {
          "id": "9dfe2f4edaa67138be0c0c1cd3a7d849cidt",
          "reference": "TST-ELCCJ",
          "url": "https://go.test.idnow.de/",
          "status": "successful",
          "completed_at": "2021-09-14T18:18:28.000Z",
          "method": "idnow",
          "metadata": {
            "account_bic": "SOBKDEB2XXX",
            "account_currency": "EUR",
            "account_id": "string",
            "iban": "string"
          }
        },
      },
    },
    responses: {
      "200": {
        delivered: {
          summary: "Delivered",
          mediaType: "text/plain",
          value: "OK",
        },
      },
      "410": {
        gone: {
          summary: "Subscription cancelled",
          mediaType: "text/plain",
          value: "Gone",
        },
      },
      "422": {
        rejected: {
          summary: "Notification rejected",
          mediaType: "text/plain",
          value: "Unprocessable",
        },
      },
    },
  },
  requestIdentification: {
    method: "PATCH",
    path: "/v1/persons/{person_id}/identifications/{id}/request",
    request: {
      bank: {
        summary: "Start a Bankident identification with device data",
        mediaType: "application/json",
        value: {
          "device_data": "Web;179ac83968ab42f79e960c1753a4078fdcon;jVl14emA+OcyALb9F+CMFg==;NU7aFh0jdzM15wj8hQtqbA5LbzEFWDI1bUwZf"
        },
      },
      idnow: {
        summary: "Start an IDnow identification",
        mediaType: "application/json",
        value: {},
      },
    },
    responses: {
      "200": {
        bank: {
          summary: "Bankident identification started",
          mediaType: "application/json",
          value: {
            "id": "a7a57dadfcc83117b5c3b72f4113be25cidt",
            "reference": null,
            "url": "https://fts-payment-initiation-wizard.solaris-sandbox.de/index.html?wizard_session_key=bfo5r16AMLlt6ZEX9Oh3JUWIkTelorupBwzIlJRR&interface_id=da05",
            "status": "pending",
            "completed_at": null,
            "method": "bank",
            "proof_of_address_type": null,
            "proof_of_address_issued_at": null,
            "language": null,
            "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
            "address": null,
            "failure_reason": null,
            "iban": "DE89370400440532013000",
            "authorization_expires_at": null,
            "confirmation_expires_at": null,
            "provider_status_code": null,
            "account_verification_error": null,
            "idnow_process_type": null
          },
        },
        idnow: {
          summary: "IDnow identification started",
          mediaType: "application/json",
          value: {
            "id": "5e7a9c1b3d4f6a8c0e2b4d6f8a0c2e4bcidt",
            "reference": "TST-XQBMA",
            "url": "https://go.test.idnow.de/solarisbankvideoident/identifications/5e7a9c1b3d4f6a8c0e2b4d6f8a0c2e4bcidt",
            "status": "pending",
            "completed_at": null,
            "method": "idnow",
            "estimated_waiting_time": 5
          },
        },
      },
      "400": {
        invalid_model: {
          summary: "Invalid request body",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "84b61fb9bf2117b3653a91ba9fc18d8bex",
                "status": 400,
                "code": "invalid_model",
                "title": "Invalid Model",
                "detail": "identification_methods is not included in the list",
                "source": {
                  "field": "identification_methods",
                  "message": "is not included in the list"
                }
              }
            ]
          },
        },
      },
      "401": {
        invalid_token: {
          summary: "Expired or invalid access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "6c4d2e4f3b0e5d8f9a1b2c3d4e5f6071ex",
                "status": "401",
                "code": "invalid_token",
                "title": "Invalid Token",
                "detail": "The access token is invalid or has expired."
              }
            ]
          },
        },
        token_required: {
          summary: "No access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "5b3c1f3e2a9d4c7e8f0a1b2c3d4e5f60ex",
                "status": 401,
                "code": "token_required",
                "title": "Token Required",
                "detail": "An access token is required to access this resource."
              }
            ]
          },
        },
      },
      "403": {
        unauthorized_action: {
          summary: "Action not allowed for this partner",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                "status": "403",
                "code": "unauthorized_action",
                "title": "Unauthorized Action",
                "detail": "Unauthorized action is not allowed."
              }
            ]
          },
        },
      },
      "404": {
        model_not_found: {
          summary: "Unknown person or resource",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "7d5e3f5a4c1f6e9a0b1c2d3e4f5a6b72ex",
                "status": 404,
                "code": "model_not_found",
                "title": "Model Not Found",
                "detail": "Couldn't find 'Solaris::Person' for id 'dc1a6812a14f6cc338cd084208535bcdcper'."
              }
            ]
          },
        },
      },
      "409": {
        record_not_unique: {
          summary: "Conflicting state",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                "status": "409",
                "code": "record_not_unique",
                "title": "Record Not Unique",
                "detail": "The identification is not in a state that allows this action."
              }
            ]
          },
        },
      },
      "500": {
        generic_error: {
          summary: "Server error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "e8915041-9d8c-4d96-9dd1-04e8522ecdbf",
                "status": "500",
                "code": "generic_error",
                "title": "Generic Error",
                "detail": "There was an error."
              }
            ]
          },
        },
      },
      "default": {
        unexpected_error: {
          summary: "Unexpected gateway error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "8e6f4a6b5d2a7f0b1c2d3e4f5a6b7c83ex",
                "status": 502,
                "code": "bad_gateway",
                "title": "Bad Gateway",
                "detail": "The upstream service did not answer."
              }
            ]
          },
        },
      },
    },
  },
  simulateBankIdUntilIdentificationDataRequired: {
    method: "POST",
    path: "/v1/persons/{person_id}/identification_sessions/{identification_session_id}/simulate_bank_id_until_identification_data_required",
    responses: {
      "200": {
        bank_id_identification_data_required: {
          summary: "Bankident + Fourthline waiting for the ID scan and selfie",
          mediaType: "application/json",
          value: {
            "id": "2a4c6e8f0b1d3f5a7c9e1b3d5f7a9c0ecidt",
            "reference": null,
            "url": "https://fts-payment-initiation-wizard.solaris-sandbox.de/index.html?wizard_session_key=bfo5r16AMLlt6ZEX9Oh3JUWIkTelorupBwzIlJRR&interface_id=da05",
            "status": "identification_data_required",
            "completed_at": null,
            "method": "bank_id",
            "proof_of_address_type": null,
            "proof_of_address_issued_at": null,
            "language": null,
            "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
            "address": null,
            "failure_reason": null,
            "iban": "DE89370400440532013000",
            "authorization_expires_at": null,
            "confirmation_expires_at": null,
            "provider_status_code": null,
            "account_verification_error": null,
            "idnow_process_type": null
          },
        },
      },
      "400": {
        invalid_model: {
          summary: "Invalid request body",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "84b61fb9bf2117b3653a91ba9fc18d8bex",
                "status": 400,
                "code": "invalid_model",
                "title": "Invalid Model",
                "detail": "identification_methods is not included in the list",
                "source": {
                  "field": "identification_methods",
                  "message": "is not included in the list"
                }
              }
            ]
          },
        },
      },
      "401": {
        invalid_token: {
          summary: "Expired or invalid access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "6c4d2e4f3b0e5d8f9a1b2c3d4e5f6071ex",
                "status": "401",
                "code": "invalid_token",
                "title": "Invalid Token",
                "detail": "The access token is invalid or has expired."
              }
            ]
          },
        },
        token_required: {
          summary: "No access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "5b3c1f3e2a9d4c7e8f0a1b2c3d4e5f60ex",
                "status": 401,
                "code": "token_required",
                "title": "Token Required",
                "detail": "An access token is required to access this resource."
              }
            ]
          },
        },
      },
      "403": {
        unauthorized_action: {
          summary: "Action not allowed for this partner",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                "status": "403",
                "code": "unauthorized_action",
                "title": "Unauthorized Action",
                "detail": "Unauthorized action is not allowed."
              }
            ]
          },
        },
      },
      "404": {
        model_not_found: {
          summary: "Unknown person or resource",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "7d5e3f5a4c1f6e9a0b1c2d3e4f5a6b72ex",
                "status": 404,
                "code": "model_not_found",
                "title": "Model Not Found",
                "detail": "Couldn't find 'Solaris::Person' for id 'dc1a6812a14f6cc338cd084208535bcdcper'."
              }
            ]
          },
        },
      },
      "409": {
        record_not_unique: {
          summary: "Conflicting state",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                "status": "409",
                "code": "record_not_unique",
                "title": "Record Not Unique",
                "detail": "The identification is not in a state that allows this action."
              }
            ]
          },
        },
      },
      "500": {
        generic_error: {
          summary: "Server error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "e8915041-9d8c-4d96-9dd1-04e8522ecdbf",
                "status": "500",
                "code": "generic_error",
                "title": "Generic Error",
                "detail": "There was an error."
              }
            ]
          },
        },
      },
      "default": {
        unexpected_error: {
          summary: "Unexpected gateway error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "8e6f4a6b5d2a7f0b1c2d3e4f5a6b7c83ex",
                "status": 502,
                "code": "bad_gateway",
                "title": "Bad Gateway",
                "detail": "The upstream service did not answer."
              }
            ]
          },
        },
      },
    },
  },
  simulateIdentificationOutcome: {
    method: "PATCH",
    path: "/v1/persons/{person_id}/identifications/{id}/simulate_outcome",
    request: {
      failed_reference_transfer: {
        summary: "Fail the reference transfer's name check",
        mediaType: "application/json",
        value: {
          "scenario": "FAILED_REFERENCE_TRANSFER_NAME_CHECK"
        },
      },
      successful_pre_ident: {
        summary: "Pass the IDnow part",
        mediaType: "application/json",
        value: {
          "scenario": "SUCCESSFUL_PRE_IDENT"
        },
      },
    },
    responses: {
      "200": {
        failed_reference_transfer: {
          summary: "BankIdent Plus failed at the reference transfer",
          mediaType: "application/json",
          value: {
            "id": "6f8b0d2c4e5a7b9d1f3c5e7a9b1d3f5ccidt",
            "reference": "TST-PLQRS",
            "url": "https://go.test.idnow.de/solarisbankplus/identifications/6f8b0d2c4e5a7b9d1f3c5e7a9b1d3f5ccidt",
            "status": "failed",
            "completed_at": "2021-09-16T10:02:11.000Z",
            "method": "bank_plus",
            "proof_of_address_type": null,
            "proof_of_address_issued_at": null,
            "language": "DE",
            "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
            "address": null,
            "failure_reason": null,
            "iban": null,
            "authorization_expires_at": null,
            "confirmation_expires_at": null,
            "provider_status_code": null,
            "account_verification_error": null,
            "idnow_process_type": null
          },
        },
        successful_pre_ident: {
          summary: "BankIdent Plus past the IDnow part",
          mediaType: "application/json",
          value: {
            "id": "6f8b0d2c4e5a7b9d1f3c5e7a9b1d3f5ccidt",
            "reference": "TST-PLQRS",
            "url": "https://go.test.idnow.de/solarisbankplus/identifications/6f8b0d2c4e5a7b9d1f3c5e7a9b1d3f5ccidt",
            "status": "pre_successful",
            "completed_at": null,
            "method": "bank_plus",
            "proof_of_address_type": null,
            "proof_of_address_issued_at": null,
            "language": "DE",
            "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
            "address": null,
            "failure_reason": null,
            "iban": null,
            "authorization_expires_at": null,
            "confirmation_expires_at": null,
            "provider_status_code": null,
            "account_verification_error": null,
            "idnow_process_type": null
          },
        },
      },
      "400": {
        invalid_model: {
          summary: "Invalid request body",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "84b61fb9bf2117b3653a91ba9fc18d8bex",
                "status": 400,
                "code": "invalid_model",
                "title": "Invalid Model",
                "detail": "identification_methods is not included in the list",
                "source": {
                  "field": "identification_methods",
                  "message": "is not included in the list"
                }
              }
            ]
          },
        },
      },
      "401": {
        invalid_token: {
          summary: "Expired or invalid access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "6c4d2e4f3b0e5d8f9a1b2c3d4e5f6071ex",
                "status": "401",
                "code": "invalid_token",
                "title": "Invalid Token",
                "detail": "The access token is invalid or has expired."
              }
            ]
          },
        },
        token_required: {
          summary: "No access token",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "5b3c1f3e2a9d4c7e8f0a1b2c3d4e5f60ex",
                "status": 401,
                "code": "token_required",
                "title": "Token Required",
                "detail": "An access token is required to access this resource."
              }
            ]
          },
        },
      },
      "403": {
        unauthorized_action: {
          summary: "Action not allowed for this partner",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                "status": "403",
                "code": "unauthorized_action",
                "title": "Unauthorized Action",
                "detail": "Unauthorized action is not allowed."
              }
            ]
          },
        },
      },
      "404": {
        model_not_found: {
          summary: "Unknown person or resource",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "7d5e3f5a4c1f6e9a0b1c2d3e4f5a6b72ex",
                "status": 404,
                "code": "model_not_found",
                "title": "Model Not Found",
                "detail": "Couldn't find 'Solaris::Person' for id 'dc1a6812a14f6cc338cd084208535bcdcper'."
              }
            ]
          },
        },
      },
      "409": {
        record_not_unique: {
          summary: "Conflicting state",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                "status": "409",
                "code": "record_not_unique",
                "title": "Record Not Unique",
                "detail": "The identification is not in a state that allows this action."
              }
            ]
          },
        },
      },
      "500": {
        generic_error: {
          summary: "Server error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "e8915041-9d8c-4d96-9dd1-04e8522ecdbf",
                "status": "500",
                "code": "generic_error",
                "title": "Generic Error",
                "detail": "There was an error."
              }
            ]
          },
        },
      },
      "default": {
        unexpected_error: {
          summary: "Unexpected gateway error",
          mediaType: "application/json",
          value: {
            "errors": [
              {
                "id": "8e6f4a6b5d2a7f0b1c2d3e4f5a6b7c83ex",
                "status": 502,
                "code": "bad_gateway",
                "title": "Bad Gateway",
                "detail": "The upstream service did not answer."
              }
            ]
          },
        },
      },
    },
  },
};

// `webhooks` is imported even when no webhook exists yet; keep it used so the file compiles.
export type ExampleWebhooks = keyof webhooks;
