// GENERATED FILE, do not edit. Types of the spec, by openapi-typescript.
// Source: dist/openapi.json (bundled from spec/). Regenerate with `npm run generate`.

export interface paths {
    "/oauth2/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an access token
         * @description Exchanges the partner's client id and secret (HTTP Basic auth) for an access token with the
         *     OAuth2 client-credentials grant. Tokens are valid for one hour; request a new one shortly
         *     before `expires_in` runs out. The deprecated `POST /oauth/token` is not described.
         */
        post: operations["createAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{person_id}/identification_eligibility_checks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check identification eligibility (Bankident only)
         * @description Checks whether the person is eligible for an identification method before you create a
         *     session or an identification with it. Currently only works for Bankident (`method: bank`).
         *     When `eligible` is `false`, `reasons` lists why.
         *
         *     The identification-session reference calls this endpoint with `GET`, while its own reference
         *     page documents `POST` with a JSON body; this spec follows the endpoint page (decision of
         *     2026-11-25).
         */
        post: operations["checkIdentificationEligibility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{person_id}/identification_sessions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an identification session
         * @description Creates an identification session for the person specified in the request URL based on the
         *     identification method(s) supplied in the request. Note that if the customer is not eligible
         *     for one of the identification methods, then this endpoint will return an error. Use the
         *     eligibility checking endpoint to verify this beforehand:
         *     `POST /v1/persons/{person_id}/identification_eligibility_checks`.
         *
         *     The reference's description says `GET` for the eligibility check, while the eligibility
         *     endpoint's own page documents `POST` with a body; this spec follows the endpoint page
         *     (decision of 2026-11-25).
         *
         *     Redirect the customer to the returned `url`. Solaris calls `callback_url` when the session
         *     is completed and sends the `IDENTIFICATION_SESSION` webhook.
         */
        post: operations["createIdentificationSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{person_id}/identification_sessions/{identification_session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the identification session.
                 * @example acdede097f821bd8037465d691f69506ises
                 */
                identification_session_id: components["parameters"]["IdentificationSessionId"];
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        /**
         * Get an identification session
         * @description Returns a specific identification session for the person specified in the request URL. Use it
         *     to follow the session's `status` after the customer was redirected to its `url`.
         */
        get: operations["getIdentificationSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{person_id}/identification_sessions/{identification_session_id}/configuration": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the identification session.
                 * @example acdede097f821bd8037465d691f69506ises
                 */
                identification_session_id: components["parameters"]["IdentificationSessionId"];
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        /**
         * Get the configuration of an identification session
         * @description Returns the configuration data for a specific person identification session: whether the
         *     terms and conditions were accepted beforehand, and the Fourthline provider to pass to the
         *     Fourthline SDK.
         */
        get: operations["getIdentificationSessionConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the identification session.
                 * @example acdede097f821bd8037465d691f69506ises
                 */
                identification_session_id: components["parameters"]["IdentificationSessionId"];
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an identification in an identification session
         * @description Creates a person identification within an existing person identification session. The
         *     `method` must be one the session allows; `bank` and `bank_id` need the customer's `iban`.
         *     The reference says only "Successful result of the operation": this spec answers `201`,
         *     like the session creation (decision of 2026-11-25).
         */
        post: operations["createSessionIdentification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the person identification.
                 * @example 9dfe2f4edaa67138be0c0c1cd3a7d849cidt
                 */
                id: components["parameters"]["IdentificationId"];
                /**
                 * @description The ID of the identification session.
                 * @example acdede097f821bd8037465d691f69506ises
                 */
                identification_session_id: components["parameters"]["IdentificationSessionId"];
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        /**
         * Get an identification in an identification session
         * @description Returns a person identification created within the identification session. Its `status`
         *     depends on the method (see the lifecycles in the `status` description); when it failed,
         *     `failure_reason` and, for Bankident, `account_verification_error` say why.
         */
        get: operations["getSessionIdentification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{person_id}/identification_sessions/{identification_session_id}/simulate_bank_id_until_identification_data_required": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the identification session.
                 * @example acdede097f821bd8037465d691f69506ises
                 */
                identification_session_id: components["parameters"]["IdentificationSessionId"];
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Simulate a Bankident + Fourthline identification up to the ID scan
         * @description (Sandbox only) Advances the session's `bank_id` identification to
         *     `identification_data_required`, skipping the bank login, so the Fourthline part can be tested.
         *     Not available in production.
         *
         *     No source documents the HTTP method of this endpoint. This spec uses `POST` with no body,
         *     answering `200` with the identification (decision of 2026-11-25): the call triggers an action
         *     rather than updating the resource at its URL, and a `POST` is never retried automatically.
         */
        post: operations["simulateBankIdUntilIdentificationDataRequired"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{person_id}/identifications": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        /**
         * List the identifications of a person
         * @description Returns all identifications for the person, a page at a time (`page[number]`,
         *     `page[size]`). The `total` and `per_page` headers and the `Link` header describe the
         *     pages.
         */
        get: operations["listIdentifications"];
        put?: never;
        /**
         * Create a person identification
         * @description Creates a person identification with one identification method. The identification starts
         *     in `created`: call *Request a person identification* to start the provider's process. The
         *     docs contradict themselves on whether creating already contacts the provider (the root page
         *     says it does not, the tag index that it does); the flows of every method start the provider's
         *     process with the request call, which this description follows.
         */
        post: operations["createIdentification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{person_id}/identifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the person identification.
                 * @example 9dfe2f4edaa67138be0c0c1cd3a7d849cidt
                 */
                id: components["parameters"]["IdentificationId"];
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        /**
         * Get a person identification
         * @description Returns a person identification. With `include_documents=true` it also returns the documents
         *     the customer provided. Follow `status` through the method's lifecycle (see the `status`
         *     description); Solaris also sends the `IDENTIFICATION` webhook on every change.
         */
        get: operations["getIdentification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{person_id}/identifications/{id}/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the person identification.
                 * @example 9dfe2f4edaa67138be0c0c1cd3a7d849cidt
                 */
                id: components["parameters"]["IdentificationId"];
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Start the QES authorization of a person identification
         * @description (Bankident) Starts the e-signing authorization process: Solaris' QES provider sends the
         *     customer an SMS OTP. Call it when the identification's status is `authorization_required`;
         *     the status then becomes `confirmation_required`, and the customer must enter the OTP before
         *     `confirmation_expires_at`.
         */
        patch: operations["authorizeIdentification"];
        trace?: never;
    };
    "/v1/persons/{person_id}/identifications/{id}/request": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the person identification.
                 * @example 9dfe2f4edaa67138be0c0c1cd3a7d849cidt
                 */
                id: components["parameters"]["IdentificationId"];
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Request a person identification
         * @description Starts the identification process with the provider. The status changes to `pending`; for
         *     IDnow the answer carries the `url` to redirect the customer to, for Bankident the payment
         *     wizard's `url`. Solaris sends the `IDENTIFICATION` webhook when the process finishes.
         *     *Inferred:* the answer is `200` (a public mock server answers `201`).
         */
        patch: operations["requestIdentification"];
        trace?: never;
    };
    "/v1/persons/{person_id}/identifications/{id}/simulate_outcome": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the person identification.
                 * @example 9dfe2f4edaa67138be0c0c1cd3a7d849cidt
                 */
                id: components["parameters"]["IdentificationId"];
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Simulate the outcome of a BankIdent Plus identification
         * @description (Sandbox only) Simulates an outcome for a BankIdent Plus identification. It requires the
         *     identification to be in a `pending`, `aborted` or `canceled` status; otherwise it answers
         *     `409`. *Inferred:* the success status is not visible in the docs; this spec answers `200`
         *     with the identification.
         */
        patch: operations["simulateIdentificationOutcome"];
        trace?: never;
    };
    "/v1/persons/{person_id}/identifications/{id}/supported_documents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the person identification.
                 * @example 9dfe2f4edaa67138be0c0c1cd3a7d849cidt
                 */
                id: components["parameters"]["IdentificationId"];
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        /**
         * List the documents supported for a person identification
         * @description Returns the document types the customer may use for this identification, each with the
         *     countries (ISO 3166-1 alpha-2) whose documents are accepted. If the customer does not provide
         *     a supported document type, the identification will eventually fail.
         */
        get: operations["listSupportedDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{person_id}/identifications/{id}/supported_documents_from_fourthline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the person identification.
                 * @example 9dfe2f4edaa67138be0c0c1cd3a7d849cidt
                 */
                id: components["parameters"]["IdentificationId"];
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        /**
         * List the documents Fourthline supports for a person identification
         * @description Returns the document types Fourthline accepts for this identification, each with the
         *     countries (ISO 3166-1 alpha-2) whose documents are accepted.
         */
        get: operations["listSupportedDocumentsFromFourthline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    IDENTIFICATION: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive an identification update
         * @description Solaris sends `IDENTIFICATION` when a person identification was created or its status was
         *     updated. Its main purpose is to deliver the URL where the customer must be redirected to
         *     complete a video identification; for BankIdent Plus, `metadata` describes the opened account.
         *
         *     Delivery: an HTTPS `POST` signed with HMAC-SHA256 (`Solaris-Webhook-Signature`). Answer
         *     within 30 seconds: any `2xx` means delivered, `410` cancels the subscription, `422` rejects
         *     the notification without retry; anything else is retried with exponential backoff for up to
         *     5 days. Deduplicate by `Solaris-Webhook-Id`. Webhooks are informational only: fetch the
         *     resource before acting on it.
         */
        post: operations["receiveIdentificationWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive a failed reference transfer attempt
         * @description (BankIdent Plus) Solaris sends `IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT` when a reference
         *     transfer to the customer's new account did not pass the check (for example
         *     `reason: name_not_matched`), with the number of attempts left. The subscription is optional.
         *     The identification stays `pending_ref_transfer` while attempts remain; the sandbox's
         *     `FAILED_REFERENCE_TRANSFER_NAME_CHECK` scenario of simulate_outcome stands for such a failure.
         *
         *     Delivery: an HTTPS `POST` signed with HMAC-SHA256 (`Solaris-Webhook-Signature`). Answer
         *     within 30 seconds: any `2xx` means delivered, `410` cancels the subscription, `422` rejects
         *     the notification without retry; anything else is retried with exponential backoff for up to
         *     5 days. Deduplicate by `Solaris-Webhook-Id`. Webhooks are informational only: fetch the
         *     identification before acting on it.
         */
        post: operations["receiveIdentificationReferenceTransferAttemptWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    IDENTIFICATION_SESSION: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive an identification session update
         * @description Solaris sends `IDENTIFICATION_SESSION` when an identification session changed status; the
         *     Bankident web-view guide recommends subscribing to it. *Inferred:* the payload page is not
         *     public, so the payload is modelled on the identification session and left open.
         *
         *     Delivery: an HTTPS `POST` signed with HMAC-SHA256 (`Solaris-Webhook-Signature`). Answer
         *     within 30 seconds: any `2xx` means delivered, `410` cancels the subscription, `422` rejects
         *     the notification without retry; anything else is retried with exponential backoff for up to
         *     5 days. Deduplicate by `Solaris-Webhook-Id`. Webhooks are informational only: fetch the
         *     resource before acting on it.
         */
        post: operations["receiveIdentificationSessionWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description An OAuth2 access token for the partner API. */
        AccessToken: {
            /**
             * @description The access token. Send it as `Authorization: Bearer <access_token>`; never put it in a URL.
             * @example 7TosiPbZUa22LTfL3JcyTZvG2C5v...
             */
            access_token: string;
            /**
             * Format: int32
             * @description Seconds until the token expires (3599 for a one-hour token).
             * @example 3599
             */
            expires_in: number;
            /**
             * @description The granted scope.
             * @example partners
             */
            scope?: string;
            /**
             * @description The token type, `bearer` (the deprecated `/oauth/token` answered `Bearer`).
             * @example bearer
             */
            token_type: string;
        };
        /**
         * @description The customer's address as captured during the identification. *Inferred:* the docs show the
         *     object only in an example, so every field is an optional string.
         */
        Address: {
            /**
             * @description City.
             * @example Berlin
             */
            city?: string;
            /**
             * @description Country (ISO 3166-1 alpha-2).
             * @example DE
             */
            country?: string;
            /**
             * @description First line of the address (street and number).
             * @example MUSTERSTRASSE 1
             */
            line_1?: string;
            /**
             * @description Second line of the address.
             * @example Erste Etage
             */
            line_2?: string | null;
            /**
             * @description Postal code.
             * @example 10115
             */
            postal_code?: string;
            /**
             * @description State or region code.
             * @example BE
             */
            state?: string | null;
        };
        /**
         * @description The content of the request to create a person identification. A superset of the session
         *     variant: `method` also accepts `bank_plus`, `idnow_autoident` and `idnow_custom`.
         *
         *     For `bank_plus` the docs describe four more fields (the product name, the account type, the
         *     account purpose and the BIC of the account to open) without showing their names. They are left
         *     out of this schema rather than guessed: Solaris silently ignores unknown fields, so a guessed
         *     name would fail without an error. *Inferred:* `method` is required; `iban` is needed for `bank`
         *     and `bank_id`, the proof-of-address pair when the identity document shows no address.
         */
        CreateIdentificationRequest: {
            /**
             * @description Encoded device fingerprint generated using the Seon SDK. See the device monitoring guide for more information about generating this value.
             * @example Web;179ac83968ab42f79e960c1753a4078fdcon;jVl14emA+OcyALb9F+CMFg==;NU7aFh0jdzM15wj8hQtqbA5LbzEFWDI1bUwZf
             */
            device_data?: string;
            /**
             * @description The customer's IBAN. This field is mandatory if the identification method is bank or bank_id. Please note that Solaris only accepts certain banks for the Bankident KYC flow.
             * @example DE89370400440532013000
             */
            iban?: string;
            language?: components["schemas"]["Language"];
            /** @description The identification method to use for the person identification. */
            method: components["schemas"]["IdentificationMethod"];
            /**
             * Format: date
             * @description The date when the proof of address document was issued. This field is mandatory if the customer's identification document does not include their address.
             * @example 2021-12-03
             */
            proof_of_address_issued_at?: string;
            /** @description The type of document submitted by the customer as a proof of address. This field is mandatory if the customer's identification document does not include their address. */
            proof_of_address_type?: components["schemas"]["ProofOfAddressType"];
            /**
             * @description A reference supplied by the identification provider.
             * @example TST-ELCCJ
             */
            reference?: string;
        };
        /**
         * @description The content of the request. *Inferred:* the docs mark no field as required;
         *     `identification_methods` is required here because a session without methods cannot start.
         */
        CreateIdentificationSessionRequest: {
            /**
             * @description The callback URL to call when the identification session is completed. The docs' own example
             *     (`someurl.com`) is not an absolute URI, so no `format: uri` is enforced.
             * @example https://example.com/kyc/callback
             */
            callback_url?: string;
            /** @description Identification methods to use to identify the customer. */
            identification_methods: components["schemas"]["SessionRequestIdentificationMethod"][];
        };
        /**
         * @description The content of the request to create an identification inside an identification session.
         *     *Inferred:* the docs mark no field as required; `method` is required here, `iban` is needed
         *     for `bank` and `bank_id`, and the proof-of-address pair when the identity document shows no
         *     address (checked by Solaris, not by this schema).
         */
        CreateSessionIdentificationRequest: {
            /**
             * @description Encoded device fingerprint generated using the Seon SDK. See the device monitoring guide for more information about generating this value.
             * @example Web;179ac83968ab42f79e960c1753a4078fdcon;jVl14emA+OcyALb9F+CMFg==;NU7aFh0jdzM15wj8hQtqbA5LbzEFWDI1bUwZf
             */
            device_data?: string;
            /**
             * @description The customer's IBAN. This field is mandatory if the identification method is bank or bank_id. Please note that Solaris only accepts certain banks for the Bankident KYC flow.
             * @example DE11010101010101010100
             */
            iban?: string;
            language?: components["schemas"]["Language"];
            /** @description The identification method to use for the person identification. */
            method: components["schemas"]["SessionIdentificationMethod"];
            /**
             * Format: date
             * @description The date when the proof of address document was issued. This field is mandatory if the customer's identification document does not include their address.
             * @example 2021-12-03
             */
            proof_of_address_issued_at?: string;
            /** @description The type of document submitted by the customer as a proof of address. This field is mandatory if the customer's identification document does not include their address. */
            proof_of_address_type?: components["schemas"]["ProofOfAddressType"];
            /**
             * @description A reference supplied by the identification provider.
             * @example TST-ELCCJ
             */
            reference?: string;
        };
        /**
         * @description A document provided by the customer during the identification process. *Inferred:* no field is
         *     marked required in the docs (the identification examples show documents collapsed), so none is
         *     required here.
         */
        Document: {
            /**
             * @description Media type of the document.
             * @example image/png
             */
            content_type?: string;
            /**
             * Format: date-time
             * @description Date and time when the document was created.
             * @example 2021-09-14T18:18:28.000Z
             */
            created_at?: string;
            /**
             * @description Whether the customer may access the document.
             * @example false
             */
            customer_accessible?: boolean;
            /**
             * Format: date-time
             * @description Date and time when the document was deleted, if it was.
             * @example null
             */
            deleted_at?: string | null;
            /**
             * @description Type of the document, for example `ID_DOCUMENT`, `PICTURE`, `PROOF_OF_ADDRESS`,
             *     `KYC_REPORT`, `ACCOUNT_STATEMENT`, `ACCOUNT_SNAPSHOT.FINTECSYSTEMS`, `OTHER`. Solaris lists
             *     dozens of values, so the field is an open string.
             * @example ID_DOCUMENT
             */
            document_type?: string;
            readonly id?: components["schemas"]["DocumentId"];
            /**
             * @description File name of the document.
             * @example Operation_authorization.png
             */
            name?: string;
            /**
             * Format: int64
             * @description Size of the document in bytes.
             * @example 84211
             */
            size?: number;
        };
        /**
         * @description ID of the document (32 hexadecimal characters and the suffix `cdoc`).
         * @example 69ec2a9d8dbaf5ea1b13124098a34ea3cdoc
         */
        DocumentId: string;
        /** @description The result of an identification eligibility check. */
        EligibilityCheck: {
            /**
             * @description Indicates whether the customer is eligible for the identification method.
             * @example true
             */
            eligible: boolean;
            /**
             * @description The identification method that was checked.
             * @example bank
             * @enum {string}
             */
            method: "bank";
            /**
             * @description Array of reasons why the customer is not eligible. The docs type it as "Array of arrays"
             *     but their example is an array of strings, which this spec follows. Known values:
             *     `match_for_person_data_not_found`, `mobile_number_not_verified`, `invalid_iban`.
             */
            reasons?: string[];
        };
        /** @description The content of the request to check a person's eligibility for an identification method. */
        EligibilityCheckRequest: {
            /**
             * @description The identification method to check for eligibility. Currently only works for Bankident.
             * @example bank
             * @enum {string}
             */
            method: "bank";
        };
        /** @description One error in Solaris' error envelope. */
        Error: {
            /**
             * @description A machine-readable error code, for example `invalid_model`, `token_required`, `unauthorized_action`, `model_not_found`, `record_not_unique`, `generic_error`.
             * @example invalid_model
             */
            code: string;
            /**
             * @description A human-readable explanation of this occurrence of the error.
             * @example identification_methods is not included in the list
             */
            detail?: string;
            /**
             * @description Unique ID of this error occurrence; quote it to Solaris support. Its format varies (a UUID
             *     on the endpoint pages, 32 hex characters and `ex` on the errors page), so it has no pattern.
             * @example a95f2aaf-4e0c-4d49-8021-8a16a884ed86
             */
            id: string;
            source?: components["schemas"]["ErrorSource"];
            /**
             * Format: int32
             * @description The HTTP status code. An integer on the current errors page and a string on the older
             *     page and in every per-endpoint example: both are accepted.
             * @example 400
             */
            status: number | string;
            /**
             * @description A short human-readable summary of the error.
             * @example Invalid Model
             */
            title: string;
        };
        /** @description Solaris' error envelope. One response may carry several errors. */
        ErrorResponse: {
            errors: components["schemas"]["Error"][];
        };
        /** @description The part of the request that caused the error. */
        ErrorSource: {
            /**
             * @description The request field that caused the error.
             * @example identification_methods
             */
            field?: string;
            /**
             * @description What is wrong with the field.
             * @example is not included in the list
             */
            message?: string;
        };
        /**
         * @description A person identification. One schema serves every response that returns an identification.
         *     *Inferred:* the docs mark no field as required and show every key in their examples;
         *     `id`, `status` and `method` are required here, every other field may be absent or `null`
         *     when it does not apply to the method.
         */
        Identification: {
            /**
             * @description Session Error returned by Tink in the account verification process. Will only be populated
             *     when failure_reason is account_snaphot_failed (sic: `account_snapshot_failed`) or
             *     account_snapshot_expired. Only present for
             *     identifications within identification session. The full list of values is not documented.
             * @example accounts_failed
             */
            readonly account_verification_error?: string | null;
            /** @description The customer's address captured during the identification (*inferred* nullable). */
            address?: components["schemas"]["Address"] | null;
            /**
             * @description The date and time by which the authorization for the end customer must be requested.
             *     *Inferred:* an ISO 8601 date-time; the docs' example is the placeholder `"string"`, so no
             *     format is enforced. How long after the request it lies is not documented; the examples'
             *     offsets are illustrative (decision 2026-12-02).
             * @example 2021-09-14T18:48:28.000Z
             */
            readonly authorization_expires_at?: string | null;
            /**
             * Format: date-time
             * @description Date and time when the identification was completed.
             * @example 2021-09-14T18:18:28.000Z
             */
            readonly completed_at?: string | null;
            /**
             * @description The date and time by which the customer must input the OTP sent to their mobile number for
             *     the QES process. *Inferred:* an ISO 8601 date-time; the docs' example is the placeholder
             *     `"string"`, so no format is enforced.
             * @example 2021-09-14T18:53:28.000Z
             */
            readonly confirmation_expires_at?: string | null;
            /**
             * @description Documents provided by the customer during the identification process. Getting a person
             *     identification returns them only with `include_documents=true`.
             */
            readonly documents?: components["schemas"]["Document"][];
            /**
             * Format: int32
             * @description (IDnow only) Estimated waiting time, returned when the identification is requested.
             *     *Inferred* from public client code; not in the docs' field list.
             * @example 5
             */
            readonly estimated_waiting_time?: number | null;
            /**
             * @description Additional context around why the identification failed. Value depends on the
             *     identification method. Known Bankident values (from Solaris' SDK, not an exhaustive enum):
             *     `access_by_authorized_holder`, `account_snapshot_failed`, `account_snapshot_expired`,
             *     `expired`, `joint_account`. Decision 2026-12-02: on `joint_account` (the account has
             *     several holders) create a new `bank_id` identification, as Solaris' Android SDK does
             *     (ProcessingVerificationUseCase.kt); the other reasons need a new identification of any
             *     method. `name_not_matched` is not a known value here: the docs know it only as the
             *     `reason` of the IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT webhook.
             * @example account_snapshot_failed
             */
            readonly failure_reason?: string | null;
            /**
             * @description Optional IBAN provided for bank and bank_id identifications. Please note that Solaris only
             *     accepts certain banks for the Bankident KYC flow.
             * @example DE11010101010101010100
             */
            iban?: string | null;
            readonly id: components["schemas"]["IdentificationId"];
            /**
             * @description (IDnow only) The IDnow process used, for example `eid`. *Inferred:* it distinguishes IDnow
             *     eID from video; the values are not documented.
             * @example eid
             */
            readonly idnow_process_type?: string | null;
            /** @description (IDnow only) The customer's preferred language for the identification process. */
            language?: components["schemas"]["Language"] | null;
            method: components["schemas"]["IdentificationMethod"];
            /** @description ID of the person for whom the identification was initiated. */
            readonly person_id?: components["schemas"]["PersonId"];
            /**
             * Format: date
             * @description The date when the proof of address document was issued.
             * @example 2021-12-03
             */
            proof_of_address_issued_at?: string | null;
            /** @description The type of document submitted by the customer as a proof of address if their identification document did not include their address. */
            proof_of_address_type?: components["schemas"]["ProofOfAddressType"] | null;
            /**
             * Format: int32
             * @description (Fourthline only) Status code returned by the identification provider. An integer in the
             *     docs' example, a string in Solaris' SDKs: both are accepted. 1001–3999 allow a retry,
             *     4000–5000 abort.
             * @example 1000
             */
            readonly provider_status_code?: number | string | null;
            /**
             * @description Reference generated by the identification provider.
             * @example TST-ELCCJ
             */
            readonly reference?: string | null;
            readonly status: components["schemas"]["IdentificationStatus"];
            /**
             * Format: uri
             * @description (IDnow only) Redirect URL used to start the identification process. For Bankident it is the
             *     payment wizard URL.
             * @example https://go.test.idnow.de/company_id/identifications/identification_id
             */
            readonly url?: string | null;
        };
        /**
         * @description ID of the person identification (32 hexadecimal characters and the suffix `cidt`).
         * @example 9dfe2f4edaa67138be0c0c1cd3a7d849cidt
         */
        IdentificationId: string;
        /**
         * @description The method used for the identification: `idnow` (IDnow video), `idnow_autoident` (IDnow
         *     AutoIdent), `idnow_custom`, `bank` (Bankident), `bank_id` (Bankident + Fourthline), `bank_plus`
         *     (BankIdent Plus), `fourthline`, `manual`, `postident`. Solaris' SDKs also know
         *     `fourthline_signing`, which no partner-facing page documents, so it is not listed.
         * @example idnow
         * @enum {string}
         */
        IdentificationMethod: "bank" | "bank_id" | "bank_plus" | "fourthline" | "idnow" | "idnow_autoident" | "idnow_custom" | "manual" | "postident";
        /**
         * @description The body of the `IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT` webhook (BankIdent Plus, optional
         *     subscription): a reference transfer arrived that did not pass the check, for example because
         *     the sender's name does not match the customer. The identification stays `pending_ref_transfer`
         *     while attempts remain. The docs mark no field as required; `id` and `remaining_attempts` are
         *     required here (*inferred*), and the payload is left open.
         */
        IdentificationReferenceTransferAttemptWebhookPayload: {
            id: components["schemas"]["IdentificationId"];
            /**
             * @description The identification method; always `bank_plus`.
             * @example bank_plus
             * @constant
             */
            method?: "bank_plus";
            person_id?: components["schemas"]["PersonId"];
            /**
             * @description Why the attempt failed, for example `name_not_matched` (the sender's name does not match the
             *     customer). Not a closed list. Decision 2026-12-02: the docs' Markdown page spells the key
             *     `Reason`, their HTML page `reason`; this spec uses `reason` like every other key of the API
             *     (the API is case-sensitive). The payload is open, so a delivery with `Reason` still passes.
             * @example name_not_matched
             */
            reason?: string;
            /**
             * Format: int32
             * @description How many more reference transfers the customer may try. The number of attempts allowed is
             *     not documented.
             * @example 2
             */
            remaining_attempts: number;
        };
        /**
         * @description An identification session: the hosted KYC flow for one person. *Inferred:* the docs mark no
         *     field as required; every documented example carries all five, so responses require them.
         */
        IdentificationSession: {
            /**
             * @description The callback URL of the identification session.
             * @example https://www.callbackurl.com
             */
            callback_url: string;
            readonly id: components["schemas"]["IdentificationSessionId"];
            /** @description The allowed identification methods for the session. */
            identification_methods: components["schemas"]["IdentificationSessionMethod"][];
            readonly status: components["schemas"]["IdentificationSessionStatus"];
            /**
             * Format: uri
             * @description The URL of the identification session.
             * @example https://person-onboarding.solaris-staging.de/9AXlUH0ptsZoFef2n8LKiqpEAizdJTjVQ4tzZeu1LpvqbK201REXFG_EBwiGTw0PLlHWCaA7NLOOcUh1u_a7HUpp7wYMNlGnzALka-v_9MVOxOIfN73lFjFg7JMtBdJO
             */
            readonly url: string;
        };
        /** @description The configuration data of an identification session. */
        IdentificationSessionConfiguration: {
            /**
             * @description The Fourthline provider for the identification session. Free text, not an enum: Solaris'
             *     SDKs pass it to the Fourthline SDK as the provider name.
             * @example fourthline
             */
            fourthline_provider?: string;
            /**
             * @description Indicates whether or not the terms and conditions had been accepted prior to the beginning of the identification session.
             * @example true
             */
            terms_and_conditions_pre_accepted?: boolean;
        };
        /**
         * @description ID of the identification session (32 hexadecimal characters and the suffix `ises`).
         * @example acdede097f821bd8037465d691f69506ises
         */
        IdentificationSessionId: string;
        /**
         * @description An identification method allowed in a session, as returned by Solaris.
         * @example idnow
         * @enum {string}
         */
        IdentificationSessionMethod: "bank" | "bank_id" | "fourthline" | "idnow" | "manual" | "postident";
        /**
         * @description The current status of the identification session. The values are documented; there is no
         *     `failed`, `aborted` or `canceled` for sessions. Decision 2026-12-02: no source describes the
         *     session's transitions, so its lifecycle (`x-lifecycles.sessions`, spec/lifecycles/sessions.yaml)
         *     marks every step *inferred*: the session mirrors the identification made in it, and a session
         *     that cannot succeed is assumed to end `rejected` or `expired`. `pending_successful` is a review
         *     status there too, not a required step. A value not listed here is treated as not final.
         * @example created
         * @enum {string}
         */
        IdentificationSessionStatus: "authorization_required" | "confirmation_required" | "confirmed" | "created" | "expired" | "identification_data_required" | "pending" | "pending_successful" | "rejected" | "successful";
        /**
         * @description The body of the `IDENTIFICATION_SESSION` webhook: an identification session changed status.
         *     *Inferred:* the payload page is not public; it is modelled on the identification session
         *     (`id`, `status`, probably `person_id`) and left open, with only `id` and `status` required.
         */
        IdentificationSessionWebhookPayload: {
            id: components["schemas"]["IdentificationSessionId"];
            /** @description The allowed identification methods for the session. */
            identification_methods?: components["schemas"]["IdentificationSessionMethod"][];
            person_id?: components["schemas"]["PersonId"];
            status: components["schemas"]["IdentificationSessionStatus"];
        };
        /**
         * @description The current status of the identification. The status value depends on the identification
         *     method. This enum is the documented superset: the 16 values of the identification pages, the 3
         *     BankIdent Plus values of the list page and the `IDENTIFICATION` webhook, and `fraud`.
         *
         *     Each method's lifecycle (initial status, transitions with their trigger and source, final
         *     statuses, who acts next, retries) is data in the spec's `x-lifecycles` (spec/lifecycles/),
         *     exported as `lifecycles` and drawn on the reference page; it is not repeated here. Decisions
         *     of 2026-12-02:
         *     - `fraud` is added: a Fourthline outcome that Solaris' SDKs handle (abort the flow).
         *     - `processed` is an intermediate Fourthline status: the package is processed and Solaris
         *       finishes the check; Solaris' SDK keeps polling, as for `pending`.
         *     - `aborted` and `canceled` (IDnow, BankIdent Plus' pre-identification) are not final: the
         *       customer retries with the same URL. `failed` and `expired` need a new identification.
         *     - `pending_successful` and `pending_failed` are review statuses, not required steps:
         *       `successful` may follow `pending` directly.
         *     - `signed` is listed by the docs and Solaris' Android SDK but reached by no documented method
         *       (it belongs to the SDK-only `fourthline_signing`).
         *     - Solaris adds statuses without notice: treat a value not listed here as not final (the
         *       `isFinalStatus` helper answers `false`), and handle it in a `default` branch.
         * @example successful
         * @enum {string}
         */
        IdentificationStatus: "aborted" | "authorization_required" | "canceled" | "confirmation_required" | "confirmed" | "created" | "expired" | "failed" | "fraud" | "identification_data_required" | "pending" | "pending_account_creation" | "pending_failed" | "pending_ref_transfer" | "pending_successful" | "pre_successful" | "processed" | "rejected" | "signed" | "successful";
        /** @description (BankIdent Plus only) The account opened for the customer. */
        IdentificationWebhookMetadata: {
            /**
             * @description BIC of the opened account.
             * @example SOBKDEB2XXX
             */
            account_bic?: string;
            /**
             * @description Currency of the opened account (ISO 4217).
             * @example EUR
             */
            account_currency?: string;
            /**
             * @description ID of the opened account. Its format is not documented, so it has no pattern.
             * @example 0b5d9c1e3f7a4b2c8d6e0f1a2b3c4d5eacct
             */
            account_id?: string;
            /**
             * @description IBAN of the opened account.
             * @example DE02100100100006820101
             */
            iban?: string;
        };
        /**
         * @description The body of the `IDENTIFICATION` webhook: a person identification was created, or its status
         *     was updated. Its main purpose is to deliver the URL where the customer must be redirected to
         *     complete a video identification. Webhooks are informational: fetch the identification before
         *     acting on it. `person_id`, `authorization_expires_at` and `confirmation_expires_at` are sent by
         *     real deliveries though the docs' field list omits them.
         */
        IdentificationWebhookPayload: {
            /**
             * @description The date and time by which the authorization for the end customer must be requested.
             * @example null
             */
            authorization_expires_at?: string | null;
            /**
             * Format: date-time
             * @description Date and time when the identification was completed.
             * @example 2021-09-14T18:18:28.000Z
             */
            completed_at?: string | null;
            /**
             * @description The date and time by which the customer must input the OTP sent to their mobile number for the QES process.
             * @example null
             */
            confirmation_expires_at?: string | null;
            id: components["schemas"]["IdentificationId"];
            metadata?: components["schemas"]["IdentificationWebhookMetadata"];
            method: components["schemas"]["IdentificationMethod"];
            /** @description ID of the person for whom the identification was initiated. */
            person_id?: components["schemas"]["PersonId"];
            /**
             * @description Reference generated by the identification provider.
             * @example TST-ELCCJ
             */
            reference?: string | null;
            status: components["schemas"]["IdentificationStatus"];
            /**
             * Format: uri
             * @description The URL where the customer completes the identification.
             * @example https://go.test.idnow.de/
             */
            url?: string | null;
        };
        /**
         * @description (IDnow only) The customer's preferred language for the identification process.
         * @example EN
         * @enum {string}
         */
        Language: "DE" | "EN";
        /**
         * @description The auth server's error answer. *Inferred:* the docs state only that bad credentials get
         *     `401`; the body is modelled as an RFC 6749 error (`error`, `error_description`) and left open.
         */
        OAuthError: {
            /**
             * @description The OAuth2 error code, for example `invalid_client`.
             * @example invalid_client
             */
            error?: string;
            /**
             * @description A human-readable explanation.
             * @example Client authentication failed.
             */
            error_description?: string;
        };
        /**
         * @description The unique ID of the person resource created for a customer (32 hexadecimal characters and the suffix `cper`).
         * @example dc1a6812a14f6cc338cd084208535bcdcper
         */
        PersonId: string;
        /**
         * @description The type of document submitted by the customer as a proof of address.
         * @example GAS_BILL
         * @enum {string}
         */
        ProofOfAddressType: "BANK_ACCOUNT_STATEMENT" | "CERTIFICATE_OF_REGISTRATION" | "ELECTRICITY_BILL" | "GAS_BILL" | "HEATING_BILL" | "INTERNET_BILL" | "TELEPHONE_BILL" | "WATER_BILL";
        /**
         * @description The content of the request that starts an identification. Both fields are optional
         *     (*inferred*: the docs list them without marking them required).
         */
        RequestIdentificationRequest: {
            /**
             * @description Encoded device fingerprint generated using the Seon SDK.
             * @example Web;179ac83968ab42f79e960c1753a4078fdcon;jVl14emA+OcyALb9F+CMFg==;NU7aFh0jdzM15wj8hQtqbA5LbzEFWDI1bUwZf
             */
            device_data?: string;
            /**
             * @description Identification secret.
             * @example s3cr3t-fake-value
             */
            secret?: string;
        };
        /**
         * @description The identification method to use for an identification inside an identification session.
         * @example idnow
         * @enum {string}
         */
        SessionIdentificationMethod: "bank" | "bank_id" | "fourthline" | "idnow" | "manual" | "postident";
        /**
         * @description An identification method a session may offer, as accepted in a request. The response enum
         *     (`IdentificationSessionMethod`) adds `manual` and `postident`, which Solaris may set but a
         *     partner cannot request.
         * @example idnow
         * @enum {string}
         */
        SessionRequestIdentificationMethod: "bank" | "bank_id" | "fourthline" | "idnow";
        /** @description The outcome to simulate for a BankIdent Plus identification (sandbox only). */
        SimulateOutcomeRequest: {
            /**
             * @description The scenario to simulate. It requires the identification to be in a pending, aborted or
             *     canceled status. The `*_PRE_IDENT` scenarios end the IDnow part, `*_ACCOUNT_OPENING` the
             *     account opening, `*_REFERENCE_TRANSFER*` the reference transfer.
             * @example SUCCESSFUL_PRE_IDENT
             * @enum {string}
             */
            scenario: "SUCCESSFUL_PRE_IDENT" | "FAILED_PRE_IDENT" | "ABORTED_PRE_IDENT" | "CANCELED_PRE_IDENT" | "SUCCESSFUL_ACCOUNT_OPENING" | "FAILED_ACCOUNT_OPENING" | "SUCCESSFUL_REFERENCE_TRANSFER" | "FAILED_REFERENCE_TRANSFER_NAME_CHECK";
        };
        /**
         * @description A document type the customer may use, with the countries whose issued documents are accepted.
         *     *Inferred:* the docs describe "an array of document types along with a list of allowed issuing
         *     countries (ISO-3166-1 alpha 2)" without showing field names; `type` and `issuing_countries`
         *     follow that wording. Other fields may appear.
         */
        SupportedDocument: {
            /** @description The countries (ISO 3166-1 alpha-2) whose documents of this type are accepted. */
            issuing_countries?: string[];
            /**
             * @description The document type, for example `PASSPORT` or `IDCARD`.
             * @example PASSPORT
             */
            type?: string;
        };
        /** @description The form body of the client-credentials token request. */
        TokenRequest: {
            /**
             * @description The OAuth2 grant type; always `client_credentials`.
             * @example client_credentials
             * @enum {string}
             */
            grant_type: "client_credentials";
            /**
             * @description The requested scope; always `partners`.
             * @example partners
             * @enum {string}
             */
            scope: "partners";
        };
    };
    responses: {
        /** @description The request is invalid. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The request conflicts with the current state of the resource. Decision 2026-12-02: documented
         *     only for simulate_outcome (title "Record Not Unique"; the code `record_not_unique` comes from the
         *     errors page). On the other operations that declare it (create a session, create an
         *     identification in or outside a session, request, authorize, simulate_bank_id) it is *inferred*:
         *     no source shows Solaris answering 409 there, and a conflict it answers otherwise still arrives
         *     as an error (`default`). Kept, marked, so a client handles a wrong-state answer the same way
         *     everywhere.
         */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The partner is not allowed to perform this action. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Solaris failed to process the request. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The person or resource does not exist. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The access token is missing, invalid or expired. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Unexpected error. */
        UnexpectedError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Notification accepted; Solaris treats any 2xx answer as delivered. Solaris ignores the response body. */
        WebhookDelivered: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": string;
            };
        };
        /** @description Cancels the subscription; Solaris stops sending this event to the URL. Solaris ignores the response body. */
        WebhookGone: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": string;
            };
        };
        /** @description Rejects the notification; Solaris does not retry it. Solaris ignores the response body. */
        WebhookRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": string;
            };
        };
    };
    parameters: {
        /**
         * @description The ID of the person identification.
         * @example 9dfe2f4edaa67138be0c0c1cd3a7d849cidt
         */
        IdentificationId: components["schemas"]["IdentificationId"];
        /**
         * @description The event type of the notification.
         * @example IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT
         */
        IdentificationReferenceTransferAttemptWebhookEventType: "IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT";
        /**
         * @description The ID of the identification session.
         * @example acdede097f821bd8037465d691f69506ises
         */
        IdentificationSessionId: components["schemas"]["IdentificationSessionId"];
        /**
         * @description The event type of the notification.
         * @example IDENTIFICATION_SESSION
         */
        IdentificationSessionWebhookEventType: "IDENTIFICATION_SESSION";
        /**
         * @description The event type of the notification.
         * @example IDENTIFICATION
         */
        IdentificationWebhookEventType: "IDENTIFICATION";
        /**
         * @description When `true`, the identification's `documents` are returned too.
         * @example true
         */
        IncludeDocuments: boolean;
        /**
         * @description Pagination, sent as `page[number]` and `page[size]`. The default size is 10 and the largest is
         *     1000 (*inferred* from secondary sources).
         * @example {
         *       "number": 1,
         *       "size": 10
         *     }
         */
        Page: {
            /**
             * Format: int32
             * @description The page to return, starting at 1.
             * @default 1
             */
            number?: number;
            /**
             * Format: int32
             * @description The number of items per page.
             * @default 10
             */
            size?: number;
        };
        /**
         * @description The unique ID of the person resource created for a customer.
         * @example dc1a6812a14f6cc338cd084208535bcdcper
         */
        PersonId: components["schemas"]["PersonId"];
        /**
         * @description The delivery attempt, starting at 1.
         * @example 1
         */
        WebhookAttempt: number;
        /**
         * @description The ID of the entity the webhook is about (the payload's `id`).
         * @example 9dfe2f4edaa67138be0c0c1cd3a7d849cidt
         */
        WebhookEntityId: string;
        /**
         * @description The ID of this notification; the same on every retry, so use it to drop duplicates.
         * @example 3f1c9e7a5b2d4c6e8a0b1c2d3e4f5a6b
         */
        WebhookId: string;
        /**
         * @description `sha256=` followed by the lowercase hex HMAC-SHA256 of the raw request body, keyed with the
         *     subscription's secret. Verify it in constant time before trusting the body.
         * @example sha256=6f0d0c5e4f1b8a7c2e3d9b0a1f4e5d6c7b8a9f0e1d2c3b4a5968778695a4b3c2
         */
        WebhookSignature: string;
        /**
         * @description The ID of the webhook subscription (32 hexadecimal characters, no suffix).
         * @example 4c6f93d4c8d427927257e2ce734a5a10
         */
        WebhookSubscriptionId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description RFC 8288 links to the first, previous, next and last pages.
         * @example <https://api.solaris-sandbox.de/v1/persons/dc1a6812a14f6cc338cd084208535bcdcper/identifications?page[number]=1&page[size]=10>; rel="first"
         */
        Link: string;
        /**
         * @description The number of items per page.
         * @example 10
         */
        PerPage: number;
        /**
         * @description The total number of items across all pages.
         * @example 2
         */
        Total: number;
    };
    pathItems: never;
}
export type AccessToken = components['schemas']['AccessToken'];
export type Address = components['schemas']['Address'];
export type CreateIdentificationRequest = components['schemas']['CreateIdentificationRequest'];
export type CreateIdentificationSessionRequest = components['schemas']['CreateIdentificationSessionRequest'];
export type CreateSessionIdentificationRequest = components['schemas']['CreateSessionIdentificationRequest'];
export type IdentificationDocument = components['schemas']['Document'];
export type DocumentId = components['schemas']['DocumentId'];
export type EligibilityCheck = components['schemas']['EligibilityCheck'];
export type EligibilityCheckRequest = components['schemas']['EligibilityCheckRequest'];
export type ErrorObject = components['schemas']['Error'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type ErrorSource = components['schemas']['ErrorSource'];
export type Identification = components['schemas']['Identification'];
export type IdentificationId = components['schemas']['IdentificationId'];
export type IdentificationMethod = components['schemas']['IdentificationMethod'];
export type IdentificationReferenceTransferAttemptWebhookPayload = components['schemas']['IdentificationReferenceTransferAttemptWebhookPayload'];
export type IdentificationSession = components['schemas']['IdentificationSession'];
export type IdentificationSessionConfiguration = components['schemas']['IdentificationSessionConfiguration'];
export type IdentificationSessionId = components['schemas']['IdentificationSessionId'];
export type IdentificationSessionMethod = components['schemas']['IdentificationSessionMethod'];
export type IdentificationSessionStatus = components['schemas']['IdentificationSessionStatus'];
export type IdentificationSessionWebhookPayload = components['schemas']['IdentificationSessionWebhookPayload'];
export type IdentificationStatus = components['schemas']['IdentificationStatus'];
export type IdentificationWebhookMetadata = components['schemas']['IdentificationWebhookMetadata'];
export type IdentificationWebhookPayload = components['schemas']['IdentificationWebhookPayload'];
export type Language = components['schemas']['Language'];
export type OAuthError = components['schemas']['OAuthError'];
export type PersonId = components['schemas']['PersonId'];
export type ProofOfAddressType = components['schemas']['ProofOfAddressType'];
export type RequestIdentificationRequest = components['schemas']['RequestIdentificationRequest'];
export type SessionIdentificationMethod = components['schemas']['SessionIdentificationMethod'];
export type SessionRequestIdentificationMethod = components['schemas']['SessionRequestIdentificationMethod'];
export type SimulateOutcomeRequest = components['schemas']['SimulateOutcomeRequest'];
export type SupportedDocument = components['schemas']['SupportedDocument'];
export type TokenRequest = components['schemas']['TokenRequest'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseUnexpectedError = components['responses']['UnexpectedError'];
export type ResponseWebhookDelivered = components['responses']['WebhookDelivered'];
export type ResponseWebhookGone = components['responses']['WebhookGone'];
export type ResponseWebhookRejected = components['responses']['WebhookRejected'];
export type ParameterIdentificationId = components['parameters']['IdentificationId'];
export type ParameterIdentificationReferenceTransferAttemptWebhookEventType = components['parameters']['IdentificationReferenceTransferAttemptWebhookEventType'];
export type ParameterIdentificationSessionId = components['parameters']['IdentificationSessionId'];
export type ParameterIdentificationSessionWebhookEventType = components['parameters']['IdentificationSessionWebhookEventType'];
export type ParameterIdentificationWebhookEventType = components['parameters']['IdentificationWebhookEventType'];
export type ParameterIncludeDocuments = components['parameters']['IncludeDocuments'];
export type ParameterPage = components['parameters']['Page'];
export type ParameterPersonId = components['parameters']['PersonId'];
export type ParameterWebhookAttempt = components['parameters']['WebhookAttempt'];
export type ParameterWebhookEntityId = components['parameters']['WebhookEntityId'];
export type ParameterWebhookId = components['parameters']['WebhookId'];
export type ParameterWebhookSignature = components['parameters']['WebhookSignature'];
export type ParameterWebhookSubscriptionId = components['parameters']['WebhookSubscriptionId'];
export type HeaderLink = components['headers']['Link'];
export type HeaderPerPage = components['headers']['PerPage'];
export type HeaderTotal = components['headers']['Total'];
export type $defs = Record<string, never>;
export interface operations {
    createAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The client-credentials grant, form-encoded. */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description Access token issued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessToken"];
                };
            };
            /** @description The grant type or scope is missing or not supported. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description The client id or secret is wrong. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
        };
    };
    checkIdentificationEligibility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        /** @description The identification method to check. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EligibilityCheckRequest"];
            };
        };
        responses: {
            /** @description Eligibility checked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilityCheck"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createIdentificationSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        /** @description The content of the request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIdentificationSessionRequest"];
            };
        };
        responses: {
            /** @description Identification session created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentificationSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getIdentificationSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the identification session.
                 * @example acdede097f821bd8037465d691f69506ises
                 */
                identification_session_id: components["parameters"]["IdentificationSessionId"];
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Identification session found. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentificationSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getIdentificationSessionConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the identification session.
                 * @example acdede097f821bd8037465d691f69506ises
                 */
                identification_session_id: components["parameters"]["IdentificationSessionId"];
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Identification session configuration found. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentificationSessionConfiguration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createSessionIdentification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the identification session.
                 * @example acdede097f821bd8037465d691f69506ises
                 */
                identification_session_id: components["parameters"]["IdentificationSessionId"];
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        /** @description The content of the request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionIdentificationRequest"];
            };
        };
        responses: {
            /** @description Identification created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getSessionIdentification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the person identification.
                 * @example 9dfe2f4edaa67138be0c0c1cd3a7d849cidt
                 */
                id: components["parameters"]["IdentificationId"];
                /**
                 * @description The ID of the identification session.
                 * @example acdede097f821bd8037465d691f69506ises
                 */
                identification_session_id: components["parameters"]["IdentificationSessionId"];
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Identification found. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    simulateBankIdUntilIdentificationDataRequired: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the identification session.
                 * @example acdede097f821bd8037465d691f69506ises
                 */
                identification_session_id: components["parameters"]["IdentificationSessionId"];
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Identification advanced to identification_data_required. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listIdentifications: {
        parameters: {
            query?: {
                /**
                 * @description Pagination, sent as `page[number]` and `page[size]`. The default size is 10 and the largest is
                 *     1000 (*inferred* from secondary sources).
                 * @example {
                 *       "number": 1,
                 *       "size": 10
                 *     }
                 */
                page?: components["parameters"]["Page"];
            };
            header?: never;
            path: {
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Identifications found. */
            200: {
                headers: {
                    Link: components["headers"]["Link"];
                    per_page: components["headers"]["PerPage"];
                    total: components["headers"]["Total"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identification"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createIdentification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        /** @description The content of the request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIdentificationRequest"];
            };
        };
        responses: {
            /** @description Identification created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getIdentification: {
        parameters: {
            query?: {
                /**
                 * @description When `true`, the identification's `documents` are returned too.
                 * @example true
                 */
                include_documents?: components["parameters"]["IncludeDocuments"];
            };
            header?: never;
            path: {
                /**
                 * @description The ID of the person identification.
                 * @example 9dfe2f4edaa67138be0c0c1cd3a7d849cidt
                 */
                id: components["parameters"]["IdentificationId"];
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Identification found. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    authorizeIdentification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the person identification.
                 * @example 9dfe2f4edaa67138be0c0c1cd3a7d849cidt
                 */
                id: components["parameters"]["IdentificationId"];
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Authorization started. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    requestIdentification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the person identification.
                 * @example 9dfe2f4edaa67138be0c0c1cd3a7d849cidt
                 */
                id: components["parameters"]["IdentificationId"];
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        /** @description Optional identification secret and device data. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RequestIdentificationRequest"];
            };
        };
        responses: {
            /** @description Identification process started. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    simulateIdentificationOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the person identification.
                 * @example 9dfe2f4edaa67138be0c0c1cd3a7d849cidt
                 */
                id: components["parameters"]["IdentificationId"];
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        /** @description The scenario to simulate. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SimulateOutcomeRequest"];
            };
        };
        responses: {
            /** @description Outcome simulated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listSupportedDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the person identification.
                 * @example 9dfe2f4edaa67138be0c0c1cd3a7d849cidt
                 */
                id: components["parameters"]["IdentificationId"];
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Supported documents found. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportedDocument"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listSupportedDocumentsFromFourthline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the person identification.
                 * @example 9dfe2f4edaa67138be0c0c1cd3a7d849cidt
                 */
                id: components["parameters"]["IdentificationId"];
                /**
                 * @description The unique ID of the person resource created for a customer.
                 * @example dc1a6812a14f6cc338cd084208535bcdcper
                 */
                person_id: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Supported documents found. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportedDocument"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    receiveIdentificationWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The ID of the entity the webhook is about (the payload's `id`).
                 * @example 9dfe2f4edaa67138be0c0c1cd3a7d849cidt
                 */
                "Solaris-Entity-Id": components["parameters"]["WebhookEntityId"];
                /**
                 * @description The delivery attempt, starting at 1.
                 * @example 1
                 */
                "Solaris-Webhook-Attempt": components["parameters"]["WebhookAttempt"];
                /**
                 * @description The event type of the notification.
                 * @example IDENTIFICATION
                 */
                "Solaris-Webhook-Event-Type": components["parameters"]["IdentificationWebhookEventType"];
                /**
                 * @description The ID of this notification; the same on every retry, so use it to drop duplicates.
                 * @example 3f1c9e7a5b2d4c6e8a0b1c2d3e4f5a6b
                 */
                "Solaris-Webhook-Id": components["parameters"]["WebhookId"];
                /**
                 * @description `sha256=` followed by the lowercase hex HMAC-SHA256 of the raw request body, keyed with the
                 *     subscription's secret. Verify it in constant time before trusting the body.
                 * @example sha256=6f0d0c5e4f1b8a7c2e3d9b0a1f4e5d6c7b8a9f0e1d2c3b4a5968778695a4b3c2
                 */
                "Solaris-Webhook-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description The ID of the webhook subscription (32 hexadecimal characters, no suffix).
                 * @example 4c6f93d4c8d427927257e2ce734a5a10
                 */
                "Solaris-Webhook-Subscription-Id": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The notification. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentificationWebhookPayload"];
            };
        };
        responses: {
            200: components["responses"]["WebhookDelivered"];
            410: components["responses"]["WebhookGone"];
            422: components["responses"]["WebhookRejected"];
        };
    };
    receiveIdentificationReferenceTransferAttemptWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The ID of the entity the webhook is about (the payload's `id`).
                 * @example 9dfe2f4edaa67138be0c0c1cd3a7d849cidt
                 */
                "Solaris-Entity-Id": components["parameters"]["WebhookEntityId"];
                /**
                 * @description The delivery attempt, starting at 1.
                 * @example 1
                 */
                "Solaris-Webhook-Attempt": components["parameters"]["WebhookAttempt"];
                /**
                 * @description The event type of the notification.
                 * @example IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT
                 */
                "Solaris-Webhook-Event-Type": components["parameters"]["IdentificationReferenceTransferAttemptWebhookEventType"];
                /**
                 * @description The ID of this notification; the same on every retry, so use it to drop duplicates.
                 * @example 3f1c9e7a5b2d4c6e8a0b1c2d3e4f5a6b
                 */
                "Solaris-Webhook-Id": components["parameters"]["WebhookId"];
                /**
                 * @description `sha256=` followed by the lowercase hex HMAC-SHA256 of the raw request body, keyed with the
                 *     subscription's secret. Verify it in constant time before trusting the body.
                 * @example sha256=6f0d0c5e4f1b8a7c2e3d9b0a1f4e5d6c7b8a9f0e1d2c3b4a5968778695a4b3c2
                 */
                "Solaris-Webhook-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description The ID of the webhook subscription (32 hexadecimal characters, no suffix).
                 * @example 4c6f93d4c8d427927257e2ce734a5a10
                 */
                "Solaris-Webhook-Subscription-Id": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The notification. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentificationReferenceTransferAttemptWebhookPayload"];
            };
        };
        responses: {
            200: components["responses"]["WebhookDelivered"];
            410: components["responses"]["WebhookGone"];
            422: components["responses"]["WebhookRejected"];
        };
    };
    receiveIdentificationSessionWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The ID of the entity the webhook is about (the payload's `id`).
                 * @example 9dfe2f4edaa67138be0c0c1cd3a7d849cidt
                 */
                "Solaris-Entity-Id": components["parameters"]["WebhookEntityId"];
                /**
                 * @description The delivery attempt, starting at 1.
                 * @example 1
                 */
                "Solaris-Webhook-Attempt": components["parameters"]["WebhookAttempt"];
                /**
                 * @description The event type of the notification.
                 * @example IDENTIFICATION_SESSION
                 */
                "Solaris-Webhook-Event-Type": components["parameters"]["IdentificationSessionWebhookEventType"];
                /**
                 * @description The ID of this notification; the same on every retry, so use it to drop duplicates.
                 * @example 3f1c9e7a5b2d4c6e8a0b1c2d3e4f5a6b
                 */
                "Solaris-Webhook-Id": components["parameters"]["WebhookId"];
                /**
                 * @description `sha256=` followed by the lowercase hex HMAC-SHA256 of the raw request body, keyed with the
                 *     subscription's secret. Verify it in constant time before trusting the body.
                 * @example sha256=6f0d0c5e4f1b8a7c2e3d9b0a1f4e5d6c7b8a9f0e1d2c3b4a5968778695a4b3c2
                 */
                "Solaris-Webhook-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description The ID of the webhook subscription (32 hexadecimal characters, no suffix).
                 * @example 4c6f93d4c8d427927257e2ce734a5a10
                 */
                "Solaris-Webhook-Subscription-Id": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The notification. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentificationSessionWebhookPayload"];
            };
        };
        responses: {
            200: components["responses"]["WebhookDelivered"];
            410: components["responses"]["WebhookGone"];
            422: components["responses"]["WebhookRejected"];
        };
    };
}
