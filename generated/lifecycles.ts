// GENERATED FILE, do not edit. The status lifecycles of the spec (x-lifecycles, spec/lifecycles/), as typed data.
// Source: dist/openapi.json (bundled from spec/). Regenerate with `npm run generate`.

import type { IdentificationMethod, IdentificationSessionStatus, IdentificationStatus, operations } from "./schema.js";

/** Who acts next in a status: the customer, the provider (IDnow, Fourthline, Solaris), the partner's call, time running out, or nobody (final). */
export type Actor = "customer" | "provider" | "partner" | "time" | "none";

export interface LifecycleStatus {
  readonly actor: Actor;
  /** A failure the customer can retry on the same identification, or one that needs a new identification. */
  readonly retry?: "same_identification" | "new_identification";
  readonly description: string;
}

/** What moves a transition: a call of the spec, a sandbox call, or an event of the customer, the provider or time (its name unique within the lifecycle). */
export type LifecycleTrigger =
  | { readonly kind: "operation"; readonly operationId: keyof operations }
  | { readonly kind: "simulation"; readonly operationId: keyof operations; readonly scenario?: string }
  | { readonly kind: "customer" | "provider" | "time"; readonly event: string };

/** Where a transition comes from: a docs page (URL), Solaris' SDKs or other public code (repository:path), or an inference and its reason. */
export type LifecycleSource =
  | { readonly kind: "docs" | "sdk" | "code"; readonly ref: string }
  | { readonly kind: "inferred"; readonly reason: string };

export interface LifecycleTransition<S extends string = string> {
  readonly from: S;
  readonly to: S;
  readonly trigger: LifecycleTrigger;
  readonly source: LifecycleSource;
}

/** A lifecycle whose statuses are `S`, of which `F` are final (no transition leaves them). */
export interface Lifecycle<S extends string = string, F extends S = S> {
  readonly initial: S;
  readonly final: readonly F[];
  readonly statuses: { readonly [K in S]: LifecycleStatus };
  readonly transitions: readonly LifecycleTransition<S>[];
}

/** The lifecycle of each identification method. */
export interface IdentificationLifecycles {
  readonly bank: Lifecycle<"created" | "pending" | "authorization_required" | "confirmation_required" | "confirmed" | "successful" | "failed" | "expired", "successful" | "failed" | "expired">;
  readonly bank_id: Lifecycle<"created" | "pending" | "authorization_required" | "identification_data_required" | "confirmation_required" | "confirmed" | "successful" | "failed" | "expired", "successful" | "failed" | "expired">;
  readonly bank_plus: Lifecycle<"created" | "pending" | "aborted" | "canceled" | "pre_successful" | "pending_account_creation" | "pending_ref_transfer" | "successful" | "failed" | "expired", "successful" | "failed" | "expired">;
  readonly fourthline: Lifecycle<"created" | "pending" | "processed" | "failed" | "successful" | "rejected" | "fraud", "successful" | "rejected" | "fraud">;
  readonly idnow: Lifecycle<"created" | "pending" | "pending_successful" | "pending_failed" | "aborted" | "canceled" | "successful" | "failed" | "expired", "successful" | "failed" | "expired">;
  readonly idnow_autoident: Lifecycle<"created" | "pending" | "pending_successful" | "pending_failed" | "aborted" | "canceled" | "successful" | "failed" | "expired", "successful" | "failed" | "expired">;
  readonly idnow_custom: Lifecycle<"created" | "pending" | "successful" | "failed", "successful" | "failed">;
  readonly manual: Lifecycle<"created" | "pending" | "successful" | "failed", "successful" | "failed">;
  readonly postident: Lifecycle<"created" | "pending" | "successful" | "failed", "successful" | "failed">;
}

export type SessionLifecycle = Lifecycle<"created" | "pending" | "identification_data_required" | "authorization_required" | "confirmation_required" | "confirmed" | "pending_successful" | "successful" | "rejected" | "expired", "successful" | "rejected" | "expired">;

export interface Lifecycles {
  readonly identifications: IdentificationLifecycles;
  readonly sessions: SessionLifecycle;
  /** Values of IdentificationStatus that no method's lifecycle reaches, with why each stays in the enum. */
  readonly unreached: { readonly [K in IdentificationStatus]?: string };
}

/** The statuses of a method's lifecycle (a union of methods gives the union of their statuses). */
export type IdentificationStatusOf<M extends IdentificationMethod> = M extends IdentificationMethod ? keyof IdentificationLifecycles[M]["statuses"] : never;
/** The final statuses of a method's lifecycle. */
export type FinalIdentificationStatusOf<M extends IdentificationMethod> = M extends IdentificationMethod ? IdentificationLifecycles[M]["final"][number] : never;

// Every lifecycle's statuses must be values of the spec's enums: this fails tsc otherwise.
type Within<T extends U, U> = T;
export type CheckedStatuses = [
  Within<IdentificationStatusOf<IdentificationMethod>, IdentificationStatus>,
  Within<keyof SessionLifecycle["statuses"], IdentificationSessionStatus>,
];

export const lifecycles: Lifecycles = {
  identifications: {
    bank: {
      "initial": "created",
      "final": [
        "successful",
        "failed",
        "expired"
      ],
      "statuses": {
        "created": {
          "actor": "partner",
          "description": "Created with the customer's IBAN. Request the identification to get the payment wizard URL."
        },
        "pending": {
          "actor": "customer",
          "description": "The payment wizard URL is generated; the customer logs in to their bank and authorises the cent transfer."
        },
        "authorization_required": {
          "actor": "partner",
          "description": "The account check passed and the QES documents are ready; call authorize before authorization_expires_at."
        },
        "confirmation_required": {
          "actor": "customer",
          "description": "Swisscom sent the SMS OTP; the customer confirms the QES with it before confirmation_expires_at."
        },
        "confirmed": {
          "actor": "provider",
          "description": "The QES is confirmed; Solaris completes the identification in the background."
        },
        "successful": {
          "actor": "none",
          "description": "The customer is identified and the documents are signed."
        },
        "failed": {
          "actor": "none",
          "retry": "new_identification",
          "description": "The identification failed; failure_reason says why. On joint_account, create a new bank_id identification (Solaris' SDK falls back to it); otherwise a new identification."
        },
        "expired": {
          "actor": "none",
          "retry": "new_identification",
          "description": "An expiry (authorization_expires_at or confirmation_expires_at) lapsed; create a new identification."
        }
      },
      "transitions": [
        {
          "from": "created",
          "to": "pending",
          "trigger": {
            "kind": "operation",
            "operationId": "requestIdentification"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/guides/kyc/bankident/bankident-api-integration"
          }
        },
        {
          "from": "pending",
          "to": "authorization_required",
          "trigger": {
            "kind": "provider",
            "event": "bank.account_verified"
          },
          "source": {
            "kind": "sdk",
            "ref": "Solarisbank/identhub-ios:Modules/Core/IdentHubSDKCore/Services/Model/Status.swift"
          }
        },
        {
          "from": "authorization_required",
          "to": "confirmation_required",
          "trigger": {
            "kind": "operation",
            "operationId": "authorizeIdentification"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/api-reference/identity/identifications/person-identifications/paths/~1v1~1persons~1%7Bperson_id%7D~1identifications~1%7Bid%7D~1authorize/patch"
          }
        },
        {
          "from": "confirmation_required",
          "to": "confirmed",
          "trigger": {
            "kind": "customer",
            "event": "qes.otp_confirmed"
          },
          "source": {
            "kind": "sdk",
            "ref": "Solarisbank/identhub-android:mockro/src/main/java/de/solarisbank/identhub/mockro/fakes/QesFakes.kt"
          }
        },
        {
          "from": "confirmed",
          "to": "successful",
          "trigger": {
            "kind": "provider",
            "event": "qes.signed"
          },
          "source": {
            "kind": "sdk",
            "ref": "Solarisbank/identhub-android:mockro/src/main/java/de/solarisbank/identhub/mockro/fakes/QesFakes.kt"
          }
        },
        {
          "from": "pending",
          "to": "failed",
          "trigger": {
            "kind": "provider",
            "event": "bank.account_check_failed"
          },
          "source": {
            "kind": "sdk",
            "ref": "Solarisbank/identhub-android:core/src/main/java/de/solarisbank/sdk/data/entity/FailureReason.kt"
          }
        },
        {
          "from": "authorization_required",
          "to": "expired",
          "trigger": {
            "kind": "time",
            "event": "authorization_expires_at"
          },
          "source": {
            "kind": "inferred",
            "reason": "authorization_expires_at is documented as the time by which authorization must be requested; what happens when it lapses, and how long it is, are not"
          }
        },
        {
          "from": "confirmation_required",
          "to": "expired",
          "trigger": {
            "kind": "time",
            "event": "confirmation_expires_at"
          },
          "source": {
            "kind": "inferred",
            "reason": "confirmation_expires_at is documented as the time by which the customer must enter the OTP; what happens when it lapses is not"
          }
        }
      ]
    },
    bank_id: {
      "initial": "created",
      "final": [
        "successful",
        "failed",
        "expired"
      ],
      "statuses": {
        "created": {
          "actor": "partner",
          "description": "Created with the customer's IBAN. Request the identification to get the payment wizard URL."
        },
        "pending": {
          "actor": "customer",
          "description": "The payment wizard URL is generated; the customer logs in to their bank and authorises the cent transfer."
        },
        "authorization_required": {
          "actor": "partner",
          "description": "The ID data is checked and the QES documents are ready; call authorize before authorization_expires_at."
        },
        "identification_data_required": {
          "actor": "customer",
          "description": "The account check passed; the customer scans their ID document and takes a selfie (Fourthline)."
        },
        "confirmation_required": {
          "actor": "customer",
          "description": "Swisscom sent the SMS OTP; the customer confirms the QES with it before confirmation_expires_at."
        },
        "confirmed": {
          "actor": "provider",
          "description": "The QES is confirmed; Solaris completes the identification in the background."
        },
        "successful": {
          "actor": "none",
          "description": "The customer is identified and the documents are signed."
        },
        "failed": {
          "actor": "none",
          "retry": "new_identification",
          "description": "The identification failed; failure_reason says why. Create a new identification to try again."
        },
        "expired": {
          "actor": "none",
          "retry": "new_identification",
          "description": "An expiry (authorization_expires_at or confirmation_expires_at) lapsed; create a new identification."
        }
      },
      "transitions": [
        {
          "from": "created",
          "to": "pending",
          "trigger": {
            "kind": "operation",
            "operationId": "requestIdentification"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/guides/kyc/bankident/bankident-api-integration"
          }
        },
        {
          "from": "pending",
          "to": "identification_data_required",
          "trigger": {
            "kind": "provider",
            "event": "bank.account_verified"
          },
          "source": {
            "kind": "sdk",
            "ref": "Solarisbank/identhub-android:mockro/src/main/java/de/solarisbank/identhub/mockro/fakes/BankFakes.kt"
          }
        },
        {
          "from": "pending",
          "to": "identification_data_required",
          "trigger": {
            "kind": "simulation",
            "operationId": "simulateBankIdUntilIdentificationDataRequired"
          },
          "source": {
            "kind": "inferred",
            "reason": "the sandbox call's name says it; its behaviour is documented nowhere (only the seed names it)"
          }
        },
        {
          "from": "identification_data_required",
          "to": "authorization_required",
          "trigger": {
            "kind": "provider",
            "event": "fourthline.data_verified"
          },
          "source": {
            "kind": "sdk",
            "ref": "Solarisbank/identhub-android:mockro/src/main/java/de/solarisbank/identhub/mockro/shared/MockroIdentification.kt"
          }
        },
        {
          "from": "identification_data_required",
          "to": "failed",
          "trigger": {
            "kind": "provider",
            "event": "fourthline.data_rejected"
          },
          "source": {
            "kind": "inferred",
            "reason": "a Fourthline check can fail (see fourthline); for bank_id no source shows the status taken then"
          }
        },
        {
          "from": "authorization_required",
          "to": "confirmation_required",
          "trigger": {
            "kind": "operation",
            "operationId": "authorizeIdentification"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/api-reference/identity/identifications/person-identifications/paths/~1v1~1persons~1%7Bperson_id%7D~1identifications~1%7Bid%7D~1authorize/patch"
          }
        },
        {
          "from": "confirmation_required",
          "to": "confirmed",
          "trigger": {
            "kind": "customer",
            "event": "qes.otp_confirmed"
          },
          "source": {
            "kind": "sdk",
            "ref": "Solarisbank/identhub-android:mockro/src/main/java/de/solarisbank/identhub/mockro/fakes/QesFakes.kt"
          }
        },
        {
          "from": "confirmed",
          "to": "successful",
          "trigger": {
            "kind": "provider",
            "event": "qes.signed"
          },
          "source": {
            "kind": "sdk",
            "ref": "Solarisbank/identhub-android:mockro/src/main/java/de/solarisbank/identhub/mockro/fakes/QesFakes.kt"
          }
        },
        {
          "from": "pending",
          "to": "failed",
          "trigger": {
            "kind": "provider",
            "event": "bank.account_check_failed"
          },
          "source": {
            "kind": "sdk",
            "ref": "Solarisbank/identhub-android:core/src/main/java/de/solarisbank/sdk/data/entity/FailureReason.kt"
          }
        },
        {
          "from": "authorization_required",
          "to": "expired",
          "trigger": {
            "kind": "time",
            "event": "authorization_expires_at"
          },
          "source": {
            "kind": "inferred",
            "reason": "authorization_expires_at is documented as the time by which authorization must be requested; what happens when it lapses, and how long it is, are not"
          }
        },
        {
          "from": "confirmation_required",
          "to": "expired",
          "trigger": {
            "kind": "time",
            "event": "confirmation_expires_at"
          },
          "source": {
            "kind": "inferred",
            "reason": "confirmation_expires_at is documented as the time by which the customer must enter the OTP; what happens when it lapses is not"
          }
        }
      ]
    },
    bank_plus: {
      "initial": "created",
      "final": [
        "successful",
        "failed",
        "expired"
      ],
      "statuses": {
        "created": {
          "actor": "partner",
          "description": "Created. Request the identification to start the IDnow pre-identification."
        },
        "pending": {
          "actor": "customer",
          "description": "The customer does the IDnow selfie and QES pre-identification."
        },
        "aborted": {
          "actor": "customer",
          "retry": "same_identification",
          "description": "The customer aborted the pre-identification; they can start again (as in idnow)."
        },
        "canceled": {
          "actor": "customer",
          "retry": "same_identification",
          "description": "IDnow canceled the pre-identification; the customer can start again (as in idnow)."
        },
        "pre_successful": {
          "actor": "provider",
          "description": "The pre-identification passed; Solaris runs the customer due diligence."
        },
        "pending_account_creation": {
          "actor": "provider",
          "description": "The due diligence needs a manual review (yellow) before the account is opened."
        },
        "pending_ref_transfer": {
          "actor": "customer",
          "description": "The account is open but debit-blocked; the customer sends the reference transfer to its IBAN. A transfer whose name does not match sends IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT with remaining_attempts; the status stays."
        },
        "successful": {
          "actor": "none",
          "description": "The reference transfer matched; the account is unblocked."
        },
        "failed": {
          "actor": "none",
          "retry": "new_identification",
          "description": "The pre-identification failed, the due diligence was red, or the reference transfer failed (invalid, or no attempts left)."
        },
        "expired": {
          "actor": "none",
          "retry": "new_identification",
          "description": "The reference transfer did not arrive in time."
        }
      },
      "transitions": [
        {
          "from": "created",
          "to": "pending",
          "trigger": {
            "kind": "operation",
            "operationId": "requestIdentification"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/api-reference/identity/identifications/person-identifications/paths/~1v1~1persons~1%7Bperson_id%7D~1identifications~1%7Bid%7D~1request/patch"
          }
        },
        {
          "from": "pending",
          "to": "pre_successful",
          "trigger": {
            "kind": "provider",
            "event": "pre_ident.successful"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/guides/kyc/bankplusident"
          }
        },
        {
          "from": "pending",
          "to": "pre_successful",
          "trigger": {
            "kind": "simulation",
            "operationId": "simulateIdentificationOutcome",
            "scenario": "SUCCESSFUL_PRE_IDENT"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/api-reference/identity/identifications/person-identifications/paths/~1v1~1persons~1%7Bperson_id%7D~1identifications~1%7Bid%7D~1simulate_outcome/patch"
          }
        },
        {
          "from": "pending",
          "to": "failed",
          "trigger": {
            "kind": "simulation",
            "operationId": "simulateIdentificationOutcome",
            "scenario": "FAILED_PRE_IDENT"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/api-reference/identity/identifications/person-identifications/paths/~1v1~1persons~1%7Bperson_id%7D~1identifications~1%7Bid%7D~1simulate_outcome/patch"
          }
        },
        {
          "from": "pending",
          "to": "aborted",
          "trigger": {
            "kind": "simulation",
            "operationId": "simulateIdentificationOutcome",
            "scenario": "ABORTED_PRE_IDENT"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/api-reference/identity/identifications/person-identifications/paths/~1v1~1persons~1%7Bperson_id%7D~1identifications~1%7Bid%7D~1simulate_outcome/patch"
          }
        },
        {
          "from": "pending",
          "to": "canceled",
          "trigger": {
            "kind": "simulation",
            "operationId": "simulateIdentificationOutcome",
            "scenario": "CANCELED_PRE_IDENT"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/api-reference/identity/identifications/person-identifications/paths/~1v1~1persons~1%7Bperson_id%7D~1identifications~1%7Bid%7D~1simulate_outcome/patch"
          }
        },
        {
          "from": "pending",
          "to": "failed",
          "trigger": {
            "kind": "provider",
            "event": "pre_ident.failed"
          },
          "source": {
            "kind": "inferred",
            "reason": "the simulation's FAILED_PRE_IDENT scenario stands for a real outcome"
          }
        },
        {
          "from": "pending",
          "to": "aborted",
          "trigger": {
            "kind": "customer",
            "event": "pre_ident.aborted"
          },
          "source": {
            "kind": "inferred",
            "reason": "the simulation's ABORTED_PRE_IDENT scenario stands for a real outcome"
          }
        },
        {
          "from": "pending",
          "to": "canceled",
          "trigger": {
            "kind": "provider",
            "event": "pre_ident.canceled"
          },
          "source": {
            "kind": "inferred",
            "reason": "the simulation's CANCELED_PRE_IDENT scenario stands for a real outcome"
          }
        },
        {
          "from": "aborted",
          "to": "pending",
          "trigger": {
            "kind": "customer",
            "event": "pre_ident.restarted_after_abort"
          },
          "source": {
            "kind": "inferred",
            "reason": "as in idnow: the same URL can be used again"
          }
        },
        {
          "from": "canceled",
          "to": "pending",
          "trigger": {
            "kind": "customer",
            "event": "pre_ident.restarted_after_cancel"
          },
          "source": {
            "kind": "inferred",
            "reason": "as in idnow: the same URL can be used again"
          }
        },
        {
          "from": "aborted",
          "to": "pre_successful",
          "trigger": {
            "kind": "simulation",
            "operationId": "simulateIdentificationOutcome",
            "scenario": "SUCCESSFUL_PRE_IDENT"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/api-reference/identity/identifications/person-identifications/paths/~1v1~1persons~1%7Bperson_id%7D~1identifications~1%7Bid%7D~1simulate_outcome/patch"
          }
        },
        {
          "from": "canceled",
          "to": "pre_successful",
          "trigger": {
            "kind": "simulation",
            "operationId": "simulateIdentificationOutcome",
            "scenario": "SUCCESSFUL_PRE_IDENT"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/api-reference/identity/identifications/person-identifications/paths/~1v1~1persons~1%7Bperson_id%7D~1identifications~1%7Bid%7D~1simulate_outcome/patch"
          }
        },
        {
          "from": "pre_successful",
          "to": "pending_ref_transfer",
          "trigger": {
            "kind": "provider",
            "event": "cdd.green"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/guides/kyc/bankplusident"
          }
        },
        {
          "from": "pre_successful",
          "to": "pending_ref_transfer",
          "trigger": {
            "kind": "simulation",
            "operationId": "simulateIdentificationOutcome",
            "scenario": "SUCCESSFUL_ACCOUNT_OPENING"
          },
          "source": {
            "kind": "inferred",
            "reason": "the docs list the scenario, not the status it leads to; the guide's flowchart puts the reference transfer after the account opening"
          }
        },
        {
          "from": "pre_successful",
          "to": "failed",
          "trigger": {
            "kind": "simulation",
            "operationId": "simulateIdentificationOutcome",
            "scenario": "FAILED_ACCOUNT_OPENING"
          },
          "source": {
            "kind": "inferred",
            "reason": "the docs list the scenario, not the status it leads to"
          }
        },
        {
          "from": "pre_successful",
          "to": "pending_account_creation",
          "trigger": {
            "kind": "provider",
            "event": "cdd.yellow"
          },
          "source": {
            "kind": "inferred",
            "reason": "the guide's flowchart has a manual review (yellow) before the account opening; that pending_account_creation is that step is a guess from its name"
          }
        },
        {
          "from": "pre_successful",
          "to": "failed",
          "trigger": {
            "kind": "provider",
            "event": "cdd.red"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/guides/kyc/bankplusident"
          }
        },
        {
          "from": "pending_account_creation",
          "to": "pending_ref_transfer",
          "trigger": {
            "kind": "provider",
            "event": "review.green"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/guides/kyc/bankplusident"
          }
        },
        {
          "from": "pending_account_creation",
          "to": "failed",
          "trigger": {
            "kind": "provider",
            "event": "review.red"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/guides/kyc/bankplusident"
          }
        },
        {
          "from": "pending_ref_transfer",
          "to": "successful",
          "trigger": {
            "kind": "provider",
            "event": "reference_transfer.valid"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/guides/kyc/bankplusident"
          }
        },
        {
          "from": "pending_ref_transfer",
          "to": "successful",
          "trigger": {
            "kind": "simulation",
            "operationId": "simulateIdentificationOutcome",
            "scenario": "SUCCESSFUL_REFERENCE_TRANSFER"
          },
          "source": {
            "kind": "inferred",
            "reason": "the docs list the scenario, not the status it leads to"
          }
        },
        {
          "from": "pending_ref_transfer",
          "to": "failed",
          "trigger": {
            "kind": "provider",
            "event": "reference_transfer.invalid"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/guides/kyc/bankplusident"
          }
        },
        {
          "from": "pending_ref_transfer",
          "to": "failed",
          "trigger": {
            "kind": "simulation",
            "operationId": "simulateIdentificationOutcome",
            "scenario": "FAILED_REFERENCE_TRANSFER_NAME_CHECK"
          },
          "source": {
            "kind": "inferred",
            "reason": "the docs list the scenario, not the status it leads to; a failed name check sends IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT, and failed after the last attempt is assumed"
          }
        },
        {
          "from": "pending_ref_transfer",
          "to": "expired",
          "trigger": {
            "kind": "time",
            "event": "reference_transfer.expired"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/guides/kyc/bankplusident"
          }
        }
      ]
    },
    fourthline: {
      "initial": "created",
      "final": [
        "successful",
        "rejected",
        "fraud"
      ],
      "statuses": {
        "created": {
          "actor": "customer",
          "description": "Created; the customer scans their ID document and takes a selfie in the Fourthline flow."
        },
        "pending": {
          "actor": "provider",
          "description": "The KYC package is uploaded; Fourthline checks it."
        },
        "processed": {
          "actor": "provider",
          "description": "Fourthline has processed the package and Solaris finishes the check; an intermediate status like pending (Solaris' SDK keeps polling)."
        },
        "failed": {
          "actor": "customer",
          "retry": "same_identification",
          "description": "The check failed. With provider_status_code 1001–3999 the customer retries on the same identification (a new upload); with 4000–5000, or without a code, Solaris' SDK gives up: create a new identification."
        },
        "successful": {
          "actor": "none",
          "description": "The customer is identified."
        },
        "rejected": {
          "actor": "none",
          "retry": "new_identification",
          "description": "Fourthline rejected the identification; Solaris' SDK aborts the flow."
        },
        "fraud": {
          "actor": "none",
          "description": "Fourthline found signs of fraud; Solaris' SDK aborts the flow. Do not retry automatically."
        }
      },
      "transitions": [
        {
          "from": "created",
          "to": "pending",
          "trigger": {
            "kind": "customer",
            "event": "fourthline.kyc_uploaded"
          },
          "source": {
            "kind": "sdk",
            "ref": "Solarisbank/identhub-ios:Modules/IdentHubSDKFourthline/IdentHubSDKFourthline/BusinessLogic/Event/RequestsEventHandlerImpl.swift"
          }
        },
        {
          "from": "pending",
          "to": "processed",
          "trigger": {
            "kind": "provider",
            "event": "fourthline.processed"
          },
          "source": {
            "kind": "sdk",
            "ref": "Solarisbank/identhub-ios:Modules/IdentHubSDKFourthline/IdentHubSDKFourthline/BusinessLogic/Event/RequestsEventHandlerImpl.swift"
          }
        },
        {
          "from": "pending",
          "to": "successful",
          "trigger": {
            "kind": "provider",
            "event": "fourthline.successful"
          },
          "source": {
            "kind": "sdk",
            "ref": "Solarisbank/identhub-ios:Modules/IdentHubSDKFourthline/IdentHubSDKFourthline/BusinessLogic/Event/RequestsEventHandlerImpl.swift"
          }
        },
        {
          "from": "processed",
          "to": "successful",
          "trigger": {
            "kind": "provider",
            "event": "fourthline.successful_after_processing"
          },
          "source": {
            "kind": "sdk",
            "ref": "Solarisbank/identhub-ios:Modules/IdentHubSDKFourthline/IdentHubSDKFourthline/BusinessLogic/Event/RequestsEventHandlerImpl.swift"
          }
        },
        {
          "from": "pending",
          "to": "failed",
          "trigger": {
            "kind": "provider",
            "event": "fourthline.failed"
          },
          "source": {
            "kind": "sdk",
            "ref": "Solarisbank/identhub-ios:Modules/IdentHubSDKFourthline/IdentHubSDKFourthline/BusinessLogic/Event/RequestsEventHandlerImpl.swift"
          }
        },
        {
          "from": "processed",
          "to": "failed",
          "trigger": {
            "kind": "provider",
            "event": "fourthline.failed_after_processing"
          },
          "source": {
            "kind": "inferred",
            "reason": "the SDK treats processed like pending, so the same outcomes follow it"
          }
        },
        {
          "from": "pending",
          "to": "rejected",
          "trigger": {
            "kind": "provider",
            "event": "fourthline.rejected"
          },
          "source": {
            "kind": "sdk",
            "ref": "Solarisbank/identhub-ios:Modules/IdentHubSDKFourthline/IdentHubSDKFourthline/BusinessLogic/Event/RequestsEventHandlerImpl.swift"
          }
        },
        {
          "from": "processed",
          "to": "rejected",
          "trigger": {
            "kind": "provider",
            "event": "fourthline.rejected_after_processing"
          },
          "source": {
            "kind": "inferred",
            "reason": "the SDK treats processed like pending, so the same outcomes follow it"
          }
        },
        {
          "from": "pending",
          "to": "fraud",
          "trigger": {
            "kind": "provider",
            "event": "fourthline.fraud"
          },
          "source": {
            "kind": "sdk",
            "ref": "Solarisbank/identhub-ios:Modules/Core/IdentHubSDKCore/Services/Model/Status.swift"
          }
        },
        {
          "from": "processed",
          "to": "fraud",
          "trigger": {
            "kind": "provider",
            "event": "fourthline.fraud_after_processing"
          },
          "source": {
            "kind": "inferred",
            "reason": "the SDK treats processed like pending, so the same outcomes follow it"
          }
        },
        {
          "from": "failed",
          "to": "pending",
          "trigger": {
            "kind": "customer",
            "event": "fourthline.kyc_uploaded_again"
          },
          "source": {
            "kind": "sdk",
            "ref": "Solarisbank/identhub-ios:Modules/IdentHubSDKFourthline/IdentHubSDKFourthline/BusinessLogic/Event/RequestsEventHandlerImpl.swift"
          }
        }
      ]
    },
    idnow: {
      "initial": "created",
      "final": [
        "successful",
        "failed",
        "expired"
      ],
      "statuses": {
        "created": {
          "actor": "partner",
          "description": "Created; Solaris has not contacted IDnow yet. Request the identification to get the IDnow URL."
        },
        "pending": {
          "actor": "customer",
          "description": "The IDnow URL is generated; the customer has not finished the video call."
        },
        "pending_successful": {
          "actor": "provider",
          "description": "The video call passed and Solaris reviews it; partners treat it as passed, but it is not final."
        },
        "pending_failed": {
          "actor": "provider",
          "description": "The video call raised doubts and Solaris reviews it; it may still end successful, but it is unlikely."
        },
        "aborted": {
          "actor": "customer",
          "retry": "same_identification",
          "description": "The customer aborted the video call; they can start again with the same URL."
        },
        "canceled": {
          "actor": "customer",
          "retry": "same_identification",
          "description": "IDnow canceled the call (for example a bad connection); the customer can start again with the same URL."
        },
        "successful": {
          "actor": "none",
          "description": "The customer is identified (their data may have been corrected during the call)."
        },
        "failed": {
          "actor": "none",
          "retry": "new_identification",
          "description": "The identification failed; create a new identification to try again."
        },
        "expired": {
          "actor": "none",
          "retry": "new_identification",
          "description": "The identification was not completed in time; create a new identification."
        }
      },
      "transitions": [
        {
          "from": "created",
          "to": "pending",
          "trigger": {
            "kind": "operation",
            "operationId": "requestIdentification"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/api-reference/identity/identifications/person-identifications/paths/~1v1~1persons~1%7Bperson_id%7D~1identifications~1%7Bid%7D~1request/patch"
          }
        },
        {
          "from": "pending",
          "to": "successful",
          "trigger": {
            "kind": "provider",
            "event": "idnow.successful"
          },
          "source": {
            "kind": "code",
            "ref": "kontist/mock-solaris:src/routes/backoffice.ts"
          }
        },
        {
          "from": "pending",
          "to": "pending_successful",
          "trigger": {
            "kind": "provider",
            "event": "idnow.passed_under_review"
          },
          "source": {
            "kind": "code",
            "ref": "kontist/mock-solaris:src/templates/person.html"
          }
        },
        {
          "from": "pending",
          "to": "pending_failed",
          "trigger": {
            "kind": "provider",
            "event": "idnow.doubtful_under_review"
          },
          "source": {
            "kind": "code",
            "ref": "kontist/mock-solaris:src/templates/person.html"
          }
        },
        {
          "from": "pending_successful",
          "to": "successful",
          "trigger": {
            "kind": "provider",
            "event": "review.confirmed"
          },
          "source": {
            "kind": "inferred",
            "reason": "a review status resolves to a final one; no source shows the order, and pending_successful is not a required step before successful"
          }
        },
        {
          "from": "pending_successful",
          "to": "failed",
          "trigger": {
            "kind": "provider",
            "event": "review.overturned"
          },
          "source": {
            "kind": "inferred",
            "reason": "a review can still fail the identification; no source shows it happening"
          }
        },
        {
          "from": "pending_failed",
          "to": "failed",
          "trigger": {
            "kind": "provider",
            "event": "review.failed"
          },
          "source": {
            "kind": "inferred",
            "reason": "a review status resolves to a final one; public client code calls success after pending_failed unlikely"
          }
        },
        {
          "from": "pending_failed",
          "to": "successful",
          "trigger": {
            "kind": "provider",
            "event": "review.passed"
          },
          "source": {
            "kind": "inferred",
            "reason": "public client code: may still be marked as successful, but it is unlikely"
          }
        },
        {
          "from": "pending",
          "to": "failed",
          "trigger": {
            "kind": "provider",
            "event": "idnow.failed"
          },
          "source": {
            "kind": "code",
            "ref": "kontist/mock-solaris:src/templates/person.html"
          }
        },
        {
          "from": "pending",
          "to": "aborted",
          "trigger": {
            "kind": "customer",
            "event": "idnow.aborted"
          },
          "source": {
            "kind": "code",
            "ref": "kontist/mock-solaris:src/templates/person.html"
          }
        },
        {
          "from": "pending",
          "to": "canceled",
          "trigger": {
            "kind": "provider",
            "event": "idnow.canceled"
          },
          "source": {
            "kind": "code",
            "ref": "kontist/mock-solaris:src/templates/person.html"
          }
        },
        {
          "from": "aborted",
          "to": "pending",
          "trigger": {
            "kind": "customer",
            "event": "idnow.restarted_after_abort"
          },
          "source": {
            "kind": "inferred",
            "reason": "public client code: the customer can still video-identify using the same URL; the status taken then is not documented, pending is assumed"
          }
        },
        {
          "from": "canceled",
          "to": "pending",
          "trigger": {
            "kind": "customer",
            "event": "idnow.restarted_after_cancel"
          },
          "source": {
            "kind": "inferred",
            "reason": "public client code: the customer can video-identify again using the same URL; the status taken then is not documented, pending is assumed"
          }
        },
        {
          "from": "pending",
          "to": "expired",
          "trigger": {
            "kind": "time",
            "event": "idnow.url_expired"
          },
          "source": {
            "kind": "inferred",
            "reason": "expired is in the docs' enum and kontist/mock-solaris' types; which lapse triggers it and how long it takes are not documented"
          }
        },
        {
          "from": "aborted",
          "to": "expired",
          "trigger": {
            "kind": "time",
            "event": "idnow.url_expired_after_abort"
          },
          "source": {
            "kind": "inferred",
            "reason": "a retryable status still lapses; the duration is not documented"
          }
        },
        {
          "from": "canceled",
          "to": "expired",
          "trigger": {
            "kind": "time",
            "event": "idnow.url_expired_after_cancel"
          },
          "source": {
            "kind": "inferred",
            "reason": "a retryable status still lapses; the duration is not documented"
          }
        }
      ]
    },
    idnow_autoident: {
      "initial": "created",
      "final": [
        "successful",
        "failed",
        "expired"
      ],
      "statuses": {
        "created": {
          "actor": "partner",
          "description": "Created; Solaris has not contacted IDnow yet. Request the identification to get the IDnow URL."
        },
        "pending": {
          "actor": "customer",
          "description": "The IDnow URL is generated; the customer has not finished the automated check."
        },
        "pending_successful": {
          "actor": "provider",
          "description": "The automated check passed and Solaris reviews it; partners treat it as passed, but it is not final."
        },
        "pending_failed": {
          "actor": "provider",
          "description": "The automated check raised doubts and Solaris reviews it; it may still end successful, but it is unlikely."
        },
        "aborted": {
          "actor": "customer",
          "retry": "same_identification",
          "description": "The customer aborted the automated check; they can start again with the same URL."
        },
        "canceled": {
          "actor": "customer",
          "retry": "same_identification",
          "description": "IDnow canceled the call (for example a bad connection); the customer can start again with the same URL."
        },
        "successful": {
          "actor": "none",
          "description": "The customer is identified (their data may have been corrected during the call)."
        },
        "failed": {
          "actor": "none",
          "retry": "new_identification",
          "description": "The identification failed; create a new identification to try again."
        },
        "expired": {
          "actor": "none",
          "retry": "new_identification",
          "description": "The identification was not completed in time; create a new identification."
        }
      },
      "transitions": [
        {
          "from": "created",
          "to": "pending",
          "trigger": {
            "kind": "operation",
            "operationId": "requestIdentification"
          },
          "source": {
            "kind": "inferred",
            "reason": "AutoIdent is assumed to follow the idnow lifecycle (same provider, same statuses); no source lists its statuses"
          }
        },
        {
          "from": "pending",
          "to": "successful",
          "trigger": {
            "kind": "provider",
            "event": "autoident.successful"
          },
          "source": {
            "kind": "inferred",
            "reason": "AutoIdent is assumed to follow the idnow lifecycle (same provider, same statuses); no source lists its statuses"
          }
        },
        {
          "from": "pending",
          "to": "pending_successful",
          "trigger": {
            "kind": "provider",
            "event": "autoident.passed_under_review"
          },
          "source": {
            "kind": "inferred",
            "reason": "AutoIdent is assumed to follow the idnow lifecycle (same provider, same statuses); no source lists its statuses"
          }
        },
        {
          "from": "pending",
          "to": "pending_failed",
          "trigger": {
            "kind": "provider",
            "event": "autoident.doubtful_under_review"
          },
          "source": {
            "kind": "inferred",
            "reason": "AutoIdent is assumed to follow the idnow lifecycle (same provider, same statuses); no source lists its statuses"
          }
        },
        {
          "from": "pending_successful",
          "to": "successful",
          "trigger": {
            "kind": "provider",
            "event": "review.confirmed"
          },
          "source": {
            "kind": "inferred",
            "reason": "a review status resolves to a final one; no source shows the order, and pending_successful is not a required step before successful"
          }
        },
        {
          "from": "pending_successful",
          "to": "failed",
          "trigger": {
            "kind": "provider",
            "event": "review.overturned"
          },
          "source": {
            "kind": "inferred",
            "reason": "a review can still fail the identification; no source shows it happening"
          }
        },
        {
          "from": "pending_failed",
          "to": "failed",
          "trigger": {
            "kind": "provider",
            "event": "review.failed"
          },
          "source": {
            "kind": "inferred",
            "reason": "a review status resolves to a final one; public client code calls success after pending_failed unlikely"
          }
        },
        {
          "from": "pending_failed",
          "to": "successful",
          "trigger": {
            "kind": "provider",
            "event": "review.passed"
          },
          "source": {
            "kind": "inferred",
            "reason": "public client code: may still be marked as successful, but it is unlikely"
          }
        },
        {
          "from": "pending",
          "to": "failed",
          "trigger": {
            "kind": "provider",
            "event": "autoident.failed"
          },
          "source": {
            "kind": "inferred",
            "reason": "AutoIdent is assumed to follow the idnow lifecycle (same provider, same statuses); no source lists its statuses"
          }
        },
        {
          "from": "pending",
          "to": "aborted",
          "trigger": {
            "kind": "customer",
            "event": "autoident.aborted"
          },
          "source": {
            "kind": "inferred",
            "reason": "AutoIdent is assumed to follow the idnow lifecycle (same provider, same statuses); no source lists its statuses"
          }
        },
        {
          "from": "pending",
          "to": "canceled",
          "trigger": {
            "kind": "provider",
            "event": "autoident.canceled"
          },
          "source": {
            "kind": "inferred",
            "reason": "AutoIdent is assumed to follow the idnow lifecycle (same provider, same statuses); no source lists its statuses"
          }
        },
        {
          "from": "aborted",
          "to": "pending",
          "trigger": {
            "kind": "customer",
            "event": "autoident.restarted_after_abort"
          },
          "source": {
            "kind": "inferred",
            "reason": "public client code: the customer can still identify using the same URL; the status taken then is not documented, pending is assumed"
          }
        },
        {
          "from": "canceled",
          "to": "pending",
          "trigger": {
            "kind": "customer",
            "event": "autoident.restarted_after_cancel"
          },
          "source": {
            "kind": "inferred",
            "reason": "public client code: the customer can identify again using the same URL; the status taken then is not documented, pending is assumed"
          }
        },
        {
          "from": "pending",
          "to": "expired",
          "trigger": {
            "kind": "time",
            "event": "autoident.url_expired"
          },
          "source": {
            "kind": "inferred",
            "reason": "expired is in the docs' enum and kontist/mock-solaris' types; which lapse triggers it and how long it takes are not documented"
          }
        },
        {
          "from": "aborted",
          "to": "expired",
          "trigger": {
            "kind": "time",
            "event": "autoident.url_expired_after_abort"
          },
          "source": {
            "kind": "inferred",
            "reason": "a retryable status still lapses; the duration is not documented"
          }
        },
        {
          "from": "canceled",
          "to": "expired",
          "trigger": {
            "kind": "time",
            "event": "autoident.url_expired_after_cancel"
          },
          "source": {
            "kind": "inferred",
            "reason": "a retryable status still lapses; the duration is not documented"
          }
        }
      ]
    },
    idnow_custom: {
      "initial": "created",
      "final": [
        "successful",
        "failed"
      ],
      "statuses": {
        "created": {
          "actor": "partner",
          "description": "Created. Request the identification to start the provider's process."
        },
        "pending": {
          "actor": "provider",
          "description": "The provider's process runs."
        },
        "successful": {
          "actor": "none",
          "description": "The customer is identified."
        },
        "failed": {
          "actor": "none",
          "retry": "new_identification",
          "description": "The identification failed; create a new identification to try again."
        }
      },
      "transitions": [
        {
          "from": "created",
          "to": "pending",
          "trigger": {
            "kind": "operation",
            "operationId": "requestIdentification"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/api-reference/identity/identifications/person-identifications/paths/~1v1~1persons~1%7Bperson_id%7D~1identifications~1%7Bid%7D~1request/patch"
          }
        },
        {
          "from": "pending",
          "to": "successful",
          "trigger": {
            "kind": "provider",
            "event": "provider.completed"
          },
          "source": {
            "kind": "inferred",
            "reason": "the request page says the status becomes \"completed\", a value in no enum; successful is assumed"
          }
        },
        {
          "from": "pending",
          "to": "failed",
          "trigger": {
            "kind": "provider",
            "event": "provider.failed"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/api-reference/identity/identifications/person-identifications/paths/~1v1~1persons~1%7Bperson_id%7D~1identifications~1%7Bid%7D~1request/patch"
          }
        }
      ]
    },
    manual: {
      "initial": "created",
      "final": [
        "successful",
        "failed"
      ],
      "statuses": {
        "created": {
          "actor": "partner",
          "description": "Created. Request the identification to start the provider's process."
        },
        "pending": {
          "actor": "provider",
          "description": "The provider's process runs."
        },
        "successful": {
          "actor": "none",
          "description": "The customer is identified."
        },
        "failed": {
          "actor": "none",
          "retry": "new_identification",
          "description": "The identification failed; create a new identification to try again."
        }
      },
      "transitions": [
        {
          "from": "created",
          "to": "pending",
          "trigger": {
            "kind": "operation",
            "operationId": "requestIdentification"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/api-reference/identity/identifications/person-identifications/paths/~1v1~1persons~1%7Bperson_id%7D~1identifications~1%7Bid%7D~1request/patch"
          }
        },
        {
          "from": "pending",
          "to": "successful",
          "trigger": {
            "kind": "provider",
            "event": "provider.completed"
          },
          "source": {
            "kind": "inferred",
            "reason": "the request page says the status becomes \"completed\", a value in no enum; successful is assumed"
          }
        },
        {
          "from": "pending",
          "to": "failed",
          "trigger": {
            "kind": "provider",
            "event": "provider.failed"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/api-reference/identity/identifications/person-identifications/paths/~1v1~1persons~1%7Bperson_id%7D~1identifications~1%7Bid%7D~1request/patch"
          }
        }
      ]
    },
    postident: {
      "initial": "created",
      "final": [
        "successful",
        "failed"
      ],
      "statuses": {
        "created": {
          "actor": "partner",
          "description": "Created. Request the identification to start the provider's process."
        },
        "pending": {
          "actor": "provider",
          "description": "The provider's process runs."
        },
        "successful": {
          "actor": "none",
          "description": "The customer is identified."
        },
        "failed": {
          "actor": "none",
          "retry": "new_identification",
          "description": "The identification failed; create a new identification to try again."
        }
      },
      "transitions": [
        {
          "from": "created",
          "to": "pending",
          "trigger": {
            "kind": "operation",
            "operationId": "requestIdentification"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/api-reference/identity/identifications/person-identifications/paths/~1v1~1persons~1%7Bperson_id%7D~1identifications~1%7Bid%7D~1request/patch"
          }
        },
        {
          "from": "pending",
          "to": "successful",
          "trigger": {
            "kind": "provider",
            "event": "provider.completed"
          },
          "source": {
            "kind": "inferred",
            "reason": "the request page says the status becomes \"completed\", a value in no enum; successful is assumed"
          }
        },
        {
          "from": "pending",
          "to": "failed",
          "trigger": {
            "kind": "provider",
            "event": "provider.failed"
          },
          "source": {
            "kind": "docs",
            "ref": "https://docs.solarisgroup.com/api-reference/identity/identifications/person-identifications/paths/~1v1~1persons~1%7Bperson_id%7D~1identifications~1%7Bid%7D~1request/patch"
          }
        }
      ]
    },
  },
  sessions: {
    "initial": "created",
    "final": [
      "successful",
      "rejected",
      "expired"
    ],
    "statuses": {
      "created": {
        "actor": "customer",
        "description": "Created; the customer opens the session URL and picks a method (or the partner creates the identification in the session)."
      },
      "pending": {
        "actor": "customer",
        "description": "An identification runs in the session; the customer completes its steps."
      },
      "identification_data_required": {
        "actor": "customer",
        "description": "(bank_id) The customer scans their ID document and takes a selfie."
      },
      "authorization_required": {
        "actor": "partner",
        "description": "(bank, bank_id) The QES documents are ready; authorize the session's identification."
      },
      "confirmation_required": {
        "actor": "customer",
        "description": "(bank, bank_id) The customer confirms the QES with the SMS OTP."
      },
      "confirmed": {
        "actor": "provider",
        "description": "(bank, bank_id) The QES is confirmed; Solaris completes the identification."
      },
      "pending_successful": {
        "actor": "provider",
        "description": "The identification passed and Solaris reviews it; not a required step before successful."
      },
      "successful": {
        "actor": "none",
        "description": "The customer is identified; Solaris calls the callback_url."
      },
      "rejected": {
        "actor": "none",
        "retry": "new_identification",
        "description": "The session cannot succeed; create a new session."
      },
      "expired": {
        "actor": "none",
        "retry": "new_identification",
        "description": "The session was not completed in time; create a new session."
      }
    },
    "transitions": [
      {
        "from": "created",
        "to": "pending",
        "trigger": {
          "kind": "operation",
          "operationId": "createSessionIdentification"
        },
        "source": {
          "kind": "inferred",
          "reason": "the session mirrors its identification, which a session creates pending (bank, bank_id, idnow); not documented"
        }
      },
      {
        "from": "created",
        "to": "pending",
        "trigger": {
          "kind": "customer",
          "event": "session.method_chosen"
        },
        "source": {
          "kind": "inferred",
          "reason": "in the hosted flow the customer starts the identification; not documented"
        }
      },
      {
        "from": "pending",
        "to": "identification_data_required",
        "trigger": {
          "kind": "provider",
          "event": "bank.account_verified"
        },
        "source": {
          "kind": "inferred",
          "reason": "mirrors the bank_id identification (Solaris' SDK mockro BankFakes.kt)"
        }
      },
      {
        "from": "pending",
        "to": "identification_data_required",
        "trigger": {
          "kind": "simulation",
          "operationId": "simulateBankIdUntilIdentificationDataRequired"
        },
        "source": {
          "kind": "inferred",
          "reason": "the sandbox call's name says it; its behaviour is documented nowhere"
        }
      },
      {
        "from": "pending",
        "to": "authorization_required",
        "trigger": {
          "kind": "provider",
          "event": "bank.account_verified_for_qes"
        },
        "source": {
          "kind": "inferred",
          "reason": "mirrors the bank identification"
        }
      },
      {
        "from": "identification_data_required",
        "to": "authorization_required",
        "trigger": {
          "kind": "provider",
          "event": "fourthline.data_verified"
        },
        "source": {
          "kind": "inferred",
          "reason": "mirrors the bank_id identification"
        }
      },
      {
        "from": "authorization_required",
        "to": "confirmation_required",
        "trigger": {
          "kind": "operation",
          "operationId": "authorizeIdentification"
        },
        "source": {
          "kind": "inferred",
          "reason": "mirrors the bank identification: authorizing the session's identification"
        }
      },
      {
        "from": "confirmation_required",
        "to": "confirmed",
        "trigger": {
          "kind": "customer",
          "event": "qes.otp_confirmed"
        },
        "source": {
          "kind": "inferred",
          "reason": "mirrors the bank identification"
        }
      },
      {
        "from": "confirmed",
        "to": "successful",
        "trigger": {
          "kind": "provider",
          "event": "qes.signed"
        },
        "source": {
          "kind": "inferred",
          "reason": "mirrors the bank identification"
        }
      },
      {
        "from": "pending",
        "to": "successful",
        "trigger": {
          "kind": "provider",
          "event": "identification.successful"
        },
        "source": {
          "kind": "inferred",
          "reason": "mirrors an idnow or fourthline identification; the Bankident webview guide recommends the IDENTIFICATION_SESSION webhook for the result"
        }
      },
      {
        "from": "pending",
        "to": "pending_successful",
        "trigger": {
          "kind": "provider",
          "event": "identification.under_review"
        },
        "source": {
          "kind": "inferred",
          "reason": "mirrors an idnow identification's review; the order is not documented"
        }
      },
      {
        "from": "pending_successful",
        "to": "successful",
        "trigger": {
          "kind": "provider",
          "event": "review.confirmed"
        },
        "source": {
          "kind": "inferred",
          "reason": "a review status resolves to a final one"
        }
      },
      {
        "from": "pending_successful",
        "to": "rejected",
        "trigger": {
          "kind": "provider",
          "event": "review.overturned"
        },
        "source": {
          "kind": "inferred",
          "reason": "a review can still fail; the session has no failed status, rejected is assumed"
        }
      },
      {
        "from": "pending",
        "to": "rejected",
        "trigger": {
          "kind": "provider",
          "event": "identification.failed"
        },
        "source": {
          "kind": "inferred",
          "reason": "the session enum has no failed; a failing identification is assumed to reject the session"
        }
      },
      {
        "from": "identification_data_required",
        "to": "rejected",
        "trigger": {
          "kind": "provider",
          "event": "fourthline.data_rejected"
        },
        "source": {
          "kind": "inferred",
          "reason": "the session enum has no failed; rejected is assumed"
        }
      },
      {
        "from": "created",
        "to": "expired",
        "trigger": {
          "kind": "time",
          "event": "session.unused_expired"
        },
        "source": {
          "kind": "inferred",
          "reason": "expired is in the enum; the session's expiry is not documented"
        }
      },
      {
        "from": "pending",
        "to": "expired",
        "trigger": {
          "kind": "time",
          "event": "session.expired"
        },
        "source": {
          "kind": "inferred",
          "reason": "expired is in the enum; the session's expiry is not documented"
        }
      },
      {
        "from": "authorization_required",
        "to": "expired",
        "trigger": {
          "kind": "time",
          "event": "authorization_expires_at"
        },
        "source": {
          "kind": "inferred",
          "reason": "mirrors the bank identification's authorization expiry"
        }
      },
      {
        "from": "confirmation_required",
        "to": "expired",
        "trigger": {
          "kind": "time",
          "event": "confirmation_expires_at"
        },
        "source": {
          "kind": "inferred",
          "reason": "mirrors the bank identification's confirmation expiry"
        }
      }
    ]
  },
  unreached: {
    "signed": "Listed by the identification pages' enum and Solaris' Android SDK (Status.SIGNED); it belongs to the SDK-only fourthline_signing method, which no partner-facing page documents."
  },
};
