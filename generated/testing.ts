// GENERATED FILE, do not edit. What the testing kit (solaris-kyc/testing) needs beyond examples.ts.
// Source: dist/openapi.json (bundled from spec/). Regenerate with `npm run generate`.

/** The sandbox server of the spec (its top-level `servers`). */
export const sandboxServer = "https://api.solaris-sandbox.de";

/**
 * Per operation of `paths`: its sandbox server, its auth scheme, its default answer (the first
 * example of the lowest 2xx status, in the spec's order) and the example value of each header a status declares.
 */
export const operationAnswers = {
  "authorizeIdentification": {
    "method": "PATCH",
    "path": "/v1/persons/{person_id}/identifications/{id}/authorize",
    "server": "https://api.solaris-sandbox.de",
    "auth": "bearer",
    "defaultAnswer": {
      "status": 200,
      "example": "bank"
    },
    "headers": {}
  },
  "checkIdentificationEligibility": {
    "method": "POST",
    "path": "/v1/persons/{person_id}/identification_eligibility_checks",
    "server": "https://api.solaris-sandbox.de",
    "auth": "bearer",
    "defaultAnswer": {
      "status": 200,
      "example": "bank"
    },
    "headers": {}
  },
  "createAccessToken": {
    "method": "POST",
    "path": "/oauth2/token",
    "server": "https://auth.solaris-sandbox.de",
    "auth": "basic",
    "defaultAnswer": {
      "status": 200,
      "example": "client_credentials"
    },
    "headers": {}
  },
  "createIdentification": {
    "method": "POST",
    "path": "/v1/persons/{person_id}/identifications",
    "server": "https://api.solaris-sandbox.de",
    "auth": "bearer",
    "defaultAnswer": {
      "status": 201,
      "example": "idnow"
    },
    "headers": {}
  },
  "createIdentificationSession": {
    "method": "POST",
    "path": "/v1/persons/{person_id}/identification_sessions",
    "server": "https://api.solaris-sandbox.de",
    "auth": "bearer",
    "defaultAnswer": {
      "status": 201,
      "example": "idnow"
    },
    "headers": {}
  },
  "createSessionIdentification": {
    "method": "POST",
    "path": "/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications",
    "server": "https://api.solaris-sandbox.de",
    "auth": "bearer",
    "defaultAnswer": {
      "status": 201,
      "example": "idnow"
    },
    "headers": {}
  },
  "getIdentification": {
    "method": "GET",
    "path": "/v1/persons/{person_id}/identifications/{id}",
    "server": "https://api.solaris-sandbox.de",
    "auth": "bearer",
    "defaultAnswer": {
      "status": 200,
      "example": "idnow_successful"
    },
    "headers": {}
  },
  "getIdentificationSession": {
    "method": "GET",
    "path": "/v1/persons/{person_id}/identification_sessions/{identification_session_id}",
    "server": "https://api.solaris-sandbox.de",
    "auth": "bearer",
    "defaultAnswer": {
      "status": 200,
      "example": "idnow"
    },
    "headers": {}
  },
  "getIdentificationSessionConfiguration": {
    "method": "GET",
    "path": "/v1/persons/{person_id}/identification_sessions/{identification_session_id}/configuration",
    "server": "https://api.solaris-sandbox.de",
    "auth": "bearer",
    "defaultAnswer": {
      "status": 200,
      "example": "fourthline"
    },
    "headers": {}
  },
  "getSessionIdentification": {
    "method": "GET",
    "path": "/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications/{id}",
    "server": "https://api.solaris-sandbox.de",
    "auth": "bearer",
    "defaultAnswer": {
      "status": 200,
      "example": "idnow_successful"
    },
    "headers": {}
  },
  "listIdentifications": {
    "method": "GET",
    "path": "/v1/persons/{person_id}/identifications",
    "server": "https://api.solaris-sandbox.de",
    "auth": "bearer",
    "defaultAnswer": {
      "status": 200,
      "example": "two_identifications"
    },
    "headers": {
      "200": {
        "Link": "<https://api.solaris-sandbox.de/v1/persons/dc1a6812a14f6cc338cd084208535bcdcper/identifications?page[number]=1&page[size]=10>; rel=\"first\"",
        "per_page": "10",
        "total": "2"
      }
    }
  },
  "listSupportedDocuments": {
    "method": "GET",
    "path": "/v1/persons/{person_id}/identifications/{id}/supported_documents",
    "server": "https://api.solaris-sandbox.de",
    "auth": "bearer",
    "defaultAnswer": {
      "status": 200,
      "example": "idnow"
    },
    "headers": {}
  },
  "listSupportedDocumentsFromFourthline": {
    "method": "GET",
    "path": "/v1/persons/{person_id}/identifications/{id}/supported_documents_from_fourthline",
    "server": "https://api.solaris-sandbox.de",
    "auth": "bearer",
    "defaultAnswer": {
      "status": 200,
      "example": "fourthline"
    },
    "headers": {}
  },
  "requestIdentification": {
    "method": "PATCH",
    "path": "/v1/persons/{person_id}/identifications/{id}/request",
    "server": "https://api.solaris-sandbox.de",
    "auth": "bearer",
    "defaultAnswer": {
      "status": 200,
      "example": "idnow"
    },
    "headers": {}
  },
  "simulateBankIdUntilIdentificationDataRequired": {
    "method": "POST",
    "path": "/v1/persons/{person_id}/identification_sessions/{identification_session_id}/simulate_bank_id_until_identification_data_required",
    "server": "https://api.solaris-sandbox.de",
    "auth": "bearer",
    "defaultAnswer": {
      "status": 200,
      "example": "bank_id_identification_data_required"
    },
    "headers": {}
  },
  "simulateIdentificationOutcome": {
    "method": "PATCH",
    "path": "/v1/persons/{person_id}/identifications/{id}/simulate_outcome",
    "server": "https://api.solaris-sandbox.de",
    "auth": "bearer",
    "defaultAnswer": {
      "status": 200,
      "example": "successful_pre_ident"
    },
    "headers": {}
  }
} as const;

/** Per webhook (by name): the example value of each header parameter, and the description of each answer status. */
export const webhookDeliveries = {
  "IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT": {
    "operationId": "receiveIdentificationReferenceTransferAttemptWebhook",
    "headers": {
      "Solaris-Webhook-Event-Type": "IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT",
      "Solaris-Entity-Id": "9dfe2f4edaa67138be0c0c1cd3a7d849cidt",
      "Solaris-Webhook-Id": "3f1c9e7a5b2d4c6e8a0b1c2d3e4f5a6b",
      "Solaris-Webhook-Attempt": "1",
      "Solaris-Webhook-Subscription-Id": "4c6f93d4c8d427927257e2ce734a5a10",
      "Solaris-Webhook-Signature": "sha256=6f0d0c5e4f1b8a7c2e3d9b0a1f4e5d6c7b8a9f0e1d2c3b4a5968778695a4b3c2"
    },
    "answers": {
      "200": "Notification accepted; Solaris treats any 2xx answer as delivered. Solaris ignores the response body.",
      "410": "Cancels the subscription; Solaris stops sending this event to the URL. Solaris ignores the response body.",
      "422": "Rejects the notification; Solaris does not retry it. Solaris ignores the response body."
    }
  },
  "IDENTIFICATION_SESSION": {
    "operationId": "receiveIdentificationSessionWebhook",
    "headers": {
      "Solaris-Webhook-Event-Type": "IDENTIFICATION_SESSION",
      "Solaris-Entity-Id": "9dfe2f4edaa67138be0c0c1cd3a7d849cidt",
      "Solaris-Webhook-Id": "3f1c9e7a5b2d4c6e8a0b1c2d3e4f5a6b",
      "Solaris-Webhook-Attempt": "1",
      "Solaris-Webhook-Subscription-Id": "4c6f93d4c8d427927257e2ce734a5a10",
      "Solaris-Webhook-Signature": "sha256=6f0d0c5e4f1b8a7c2e3d9b0a1f4e5d6c7b8a9f0e1d2c3b4a5968778695a4b3c2"
    },
    "answers": {
      "200": "Notification accepted; Solaris treats any 2xx answer as delivered. Solaris ignores the response body.",
      "410": "Cancels the subscription; Solaris stops sending this event to the URL. Solaris ignores the response body.",
      "422": "Rejects the notification; Solaris does not retry it. Solaris ignores the response body."
    }
  },
  "IDENTIFICATION": {
    "operationId": "receiveIdentificationWebhook",
    "headers": {
      "Solaris-Webhook-Event-Type": "IDENTIFICATION",
      "Solaris-Entity-Id": "9dfe2f4edaa67138be0c0c1cd3a7d849cidt",
      "Solaris-Webhook-Id": "3f1c9e7a5b2d4c6e8a0b1c2d3e4f5a6b",
      "Solaris-Webhook-Attempt": "1",
      "Solaris-Webhook-Subscription-Id": "4c6f93d4c8d427927257e2ce734a5a10",
      "Solaris-Webhook-Signature": "sha256=6f0d0c5e4f1b8a7c2e3d9b0a1f4e5d6c7b8a9f0e1d2c3b4a5968778695a4b3c2"
    },
    "answers": {
      "200": "Notification accepted; Solaris treats any 2xx answer as delivered. Solaris ignores the response body.",
      "410": "Cancels the subscription; Solaris stops sending this event to the URL. Solaris ignores the response body.",
      "422": "Rejects the notification; Solaris does not retry it. Solaris ignores the response body."
    }
  }
} as const;
