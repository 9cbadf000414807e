// The sandbox's state: persons, their identifications and sessions, each moved only along its
// lifecycle, with a webhook on every change and an expiry timer wherever time may move it.
import { randomBytes } from "node:crypto";
import type { components } from "../../../generated/schema.js";
import { durationMs, type Duration, type SandboxClock } from "./clock.js";
import type { DeliveryQueue } from "./deliveries.js";
import {
  callTransition,
  followingStep,
  eventTransitions,
  identificationLifecycle,
  isFinal,
  sessionLifecycle,
  statusesAllowing,
  timeTransition,
  type Lifecycle,
  type LifecycleTransition,
  type LifecycleTrigger,
} from "./lifecycle.js";

export type Identification = components["schemas"]["Identification"];
export type IdentificationSession = components["schemas"]["IdentificationSession"];
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type CreateIdentificationBody = components["schemas"]["CreateIdentificationRequest"] | components["schemas"]["CreateSessionIdentificationRequest"];
type CreateSessionBody = components["schemas"]["CreateIdentificationSessionRequest"];

/** One status change, as the sandbox made it. */
export interface HistoryEntry {
  from: string;
  to: string;
  trigger: LifecycleTrigger;
  /** ISO date-time on the sandbox clock. */
  at: string;
}

interface IdentificationRecord {
  kind: "identification";
  data: Mutable<Identification>;
  personId: string;
  sessionId?: string;
  history: HistoryEntry[];
  account?: { account_bic: string; account_currency: string; account_id: string; iban: string };
  cancelExpiry?: () => void;
}

interface SessionRecord {
  kind: "session";
  data: Mutable<IdentificationSession>;
  personId: string;
  identificationIds: string[];
  history: HistoryEntry[];
  cancelExpiry?: () => void;
}

type AnyRecord = IdentificationRecord | SessionRecord;

/** The lifecycle does not allow a call in the resource's status: the handlers answer 409 with this detail. */
export class NotAllowed extends Error {}

/** A call about something the sandbox does not hold: the handlers answer 404 with this detail. */
export class NotFound extends Error {
  constructor(model: string, id: string) {
    super(`Couldn't find 'Solaris::${model}' for id '${id}'.`);
  }
}

export type Expiries = { default?: Duration } & Partial<Record<string, Duration>>;

export interface StateOptions {
  clock: SandboxClock;
  deliveries: DeliveryQueue;
  /** "any": every person ID that matches the spec's pattern exists; "seeded": only those given to `seedPerson`. */
  persons: "any" | "seeded";
  expiries: Expiries;
  tokenLifetimeMs: number;
}

const DEFAULT_EXPIRIES = { authorization_required: "30m", confirmation_required: "5m", default: "24h" } as const satisfies Expiries;

const hexId = (suffix: string) => `${randomBytes(16).toString("hex")}${suffix}`;
const letters = (count: number) => Array.from(randomBytes(count), (byte) => String.fromCharCode(65 + (byte % 26))).join("");
const IDNOW_METHODS = new Set(["idnow", "idnow_autoident", "idnow_custom", "bank_plus"]);
const BANK_METHODS = new Set(["bank", "bank_id"]);
const NAME_CHECK_FAILED = "FAILED_REFERENCE_TRANSFER_NAME_CHECK";

export function createState(options: StateOptions) {
  const { clock, deliveries } = options;
  const persons = new Set<string>();
  const records = new Map<string, AnyRecord>();
  const tokens = new Map<string, number>();
  const iso = (ms = clock.now()) => new Date(ms).toISOString();

  function person(personId: string): void {
    if (options.persons === "seeded" && !persons.has(personId)) throw new NotFound("Person", personId);
  }

  function lookup<K extends AnyRecord["kind"]>(kind: K, personId: string, id: string): Extract<AnyRecord, { kind: K }> {
    person(personId);
    const record = records.get(id);
    if (!record || record.kind !== kind || record.personId !== personId)
      throw new NotFound(kind === "session" ? "IdentificationSession" : "Identification", id);
    return record as Extract<AnyRecord, { kind: K }>;
  }

  const lifecycleOf = (record: AnyRecord): Lifecycle => (record.kind === "session" ? sessionLifecycle() : identificationLifecycle(record.data.method));

  function expiryMs(status: string): number {
    return durationMs(options.expiries[status] ?? (DEFAULT_EXPIRIES as Expiries)[status] ?? options.expiries.default ?? DEFAULT_EXPIRIES.default);
  }

  /** Schedules the expiry of the record's current status, where its lifecycle has one. */
  function scheduleExpiry(record: AnyRecord): void {
    const expiry = timeTransition(lifecycleOf(record), record.data.status);
    if (expiry) record.cancelExpiry = clock.setTimer(expiryMs(record.data.status), () => enter(record, expiry));
  }

  /** "idnow identification …cidt" or "identification session …ises", for messages. */
  const subjectOf = (record: AnyRecord) =>
    record.kind === "session" ? `identification session ${record.data.id}` : `${record.data.method} identification ${record.data.id}`;

  /** Sets the fields a status brings, schedules its expiry, sends the webhook, and moves the session along. */
  function enter(record: AnyRecord, transition: Pick<LifecycleTransition, "from" | "to" | "trigger">, set: Partial<Identification> = {}) {
    record.cancelExpiry?.();
    record.cancelExpiry = undefined;
    const lifecycle = lifecycleOf(record);
    const { to } = transition;
    record.history.push({ from: transition.from, to, trigger: transition.trigger, at: iso() });
    if (record.kind === "identification") {
      const data = record.data;
      data.status = to as Identification["status"];
      if (to === "pending" && !data.url) requested(data);
      if (to === "authorization_required") data.authorization_expires_at = iso(clock.now() + expiryMs(to));
      if (to === "confirmation_required") data.confirmation_expires_at = iso(clock.now() + expiryMs(to));
      if (to === "pending_ref_transfer" && !record.account) {
        record.account = {
          account_bic: "SOBKDEB2XXX",
          account_currency: "EUR",
          account_id: hexId("acct"),
          iban: `DE${String(10 + Math.floor(clock.random() * 89))}1101001000${String(Math.floor(clock.random() * 1e8)).padStart(8, "0")}`,
        };
      }
      if (isFinal(lifecycle, to)) data.completed_at = iso();
      const { id: _id, status: _status, method: _method, ...fields } = set;
      Object.assign(data, fields);
    } else {
      record.data.status = to as IdentificationSession["status"];
    }
    scheduleExpiry(record);
    if (record.kind === "identification" && "scenario" in transition.trigger && transition.trigger.scenario === NAME_CHECK_FAILED) {
      // The failed name check is a reference transfer attempt Solaris reports on its own webhook
      // first; the lifecycle fails the identification with it (no attempts left).
      const { id } = record.data;
      deliveries.send("IDENTIFICATION_REFERENCE_TRANSFER_ATTEMPT", id, {
        id,
        method: "bank_plus",
        person_id: record.personId,
        remaining_attempts: 0,
        reason: "name_not_matched",
      });
    }
    notify(record);
    if (record.kind === "identification" && record.sessionId) {
      const session = records.get(record.sessionId) as SessionRecord;
      const step = followingStep(sessionLifecycle(), session.data.status, transition, isFinal(lifecycle, to));
      if (step) enter(session, step);
    }
  }

  function requested(data: Mutable<Identification>) {
    if (IDNOW_METHODS.has(data.method)) {
      data.url = `https://go.test.idnow.de/solarisbankvideoident/identifications/${data.id}`;
      data.reference = `TST-${letters(5)}`;
      if (data.method !== "bank_plus") data.estimated_waiting_time = 5;
    } else if (BANK_METHODS.has(data.method)) {
      data.url = `https://fts-payment-initiation-wizard.solaris-sandbox.de/index.html?wizard_session_key=${randomBytes(20).toString("base64url")}&interface_id=sandbox`;
    }
  }

  function notify(record: AnyRecord) {
    if (record.kind === "session") {
      const { id, status, identification_methods } = record.data;
      deliveries.send("IDENTIFICATION_SESSION", id, { id, status, person_id: record.personId, identification_methods: [...identification_methods] });
      return;
    }
    const {
      id,
      reference = null,
      url = null,
      status,
      completed_at = null,
      method,
      authorization_expires_at = null,
      confirmation_expires_at = null,
    } = record.data;
    const payload = { id, reference, url, status, completed_at, method, person_id: record.personId, authorization_expires_at, confirmation_expires_at };
    deliveries.send("IDENTIFICATION", id, record.account && status === "successful" ? { ...payload, metadata: { ...record.account } } : payload);
  }

  /** The call `operationId` (with a simulate call's scenario) on the resource, if its lifecycle allows it in the current status. */
  function call(record: AnyRecord, operationId: string, scenario?: string) {
    const lifecycle = lifecycleOf(record);
    const status = record.data.status;
    const transition = callTransition(lifecycle, status, operationId, scenario);
    if (!transition) {
      const allowed = statusesAllowing(lifecycle, operationId, scenario);
      const what = scenario ? `${operationId} with scenario ${scenario}` : operationId;
      throw new NotAllowed(
        `The ${subjectOf(record)} is in status "${status}"; ${what} is allowed in ${allowed.length ? `status ${allowed.map((s) => `"${s}"`).join(", ")}` : `no status of this ${record.kind === "session" ? "session" : "method"}`}.`,
      );
    }
    enter(record, transition);
  }

  function newIdentification(personId: string, body: CreateIdentificationBody, sessionId?: string): IdentificationRecord {
    const id = hexId("cidt");
    const lifecycle = identificationLifecycle(body.method);
    const data: Mutable<Identification> = {
      id,
      reference: null,
      url: null,
      status: lifecycle.initial as Identification["status"],
      completed_at: null,
      method: body.method,
      proof_of_address_type: body.proof_of_address_type ?? null,
      proof_of_address_issued_at: body.proof_of_address_issued_at ?? null,
      language: body.language ?? null,
      person_id: personId,
      address: null,
      failure_reason: null,
      iban: body.iban ?? null,
      authorization_expires_at: null,
      confirmation_expires_at: null,
      provider_status_code: null,
      account_verification_error: null,
      idnow_process_type: null,
    };
    const record: IdentificationRecord = { kind: "identification", data, personId, history: [], ...(sessionId ? { sessionId } : {}) };
    records.set(id, record);
    scheduleExpiry(record);
    return record;
  }

  const copy = <T>(value: T): T => structuredClone(value);

  return {
    seedPerson(personId = hexId("cper")): string {
      if (!/^[0-9a-f]{32}cper$/.test(personId))
        throw new TypeError(`seedPerson: "${personId}" is not a person ID of the spec (32 hexadecimal characters and "cper")`);
      persons.add(personId);
      return personId;
    },
    person,
    issueToken(): { access_token: string; expires_in: number } {
      const token = randomBytes(24).toString("base64url");
      tokens.set(token, clock.now() + options.tokenLifetimeMs);
      return { access_token: token, expires_in: Math.floor(options.tokenLifetimeMs / 1000) };
    },
    /** Tokens the sandbox issued are refused once their lifetime has passed on the clock; any other well-formed token is accepted. */
    acceptToken(token: string): boolean {
      const expires = tokens.get(token);
      return expires === undefined || clock.now() < expires;
    },
    createIdentification(personId: string, body: CreateIdentificationBody): Identification {
      person(personId);
      const record = newIdentification(personId, body);
      notify(record);
      return copy(record.data);
    },
    createSession(personId: string, body: CreateSessionBody): IdentificationSession {
      person(personId);
      const id = hexId("ises");
      const data: Mutable<IdentificationSession> = {
        id,
        url: `https://person-onboarding.solaris-sandbox.de/${randomBytes(32).toString("base64url")}`,
        callback_url: body.callback_url ?? "",
        identification_methods: [...body.identification_methods] as IdentificationSession["identification_methods"],
        status: sessionLifecycle().initial as IdentificationSession["status"],
      };
      const record: SessionRecord = { kind: "session", data, personId, identificationIds: [], history: [] };
      records.set(id, record);
      scheduleExpiry(record);
      return copy(data);
    },
    /** Creates the identification in the session; `requested` starts it at once (the spec's session examples start idnow, bank and bank_id `pending`). */
    createSessionIdentification(personId: string, sessionId: string, body: CreateIdentificationBody, requested: boolean): Identification {
      const session = lookup("session", personId, sessionId);
      if (isFinal(sessionLifecycle(), session.data.status))
        throw new NotAllowed(`The identification session ${sessionId} is in the final status "${session.data.status}"; create a new session.`);
      const record = newIdentification(personId, body, sessionId);
      session.identificationIds.push(record.data.id);
      const started = callTransition(sessionLifecycle(), session.data.status, "createSessionIdentification");
      if (started) enter(session, started);
      if (requested) call(record, "requestIdentification");
      else notify(record);
      return copy(record.data);
    },
    sessionMethods: (personId: string, sessionId: string) => [...lookup("session", personId, sessionId).data.identification_methods] as string[],
    getIdentification: (personId: string, id: string) => copy(lookup("identification", personId, id).data),
    getSession: (personId: string, id: string) => copy(lookup("session", personId, id).data),
    getSessionIdentification(personId: string, sessionId: string, id: string): Identification {
      const record = lookup("identification", personId, id);
      lookup("session", personId, sessionId);
      if (record.sessionId !== sessionId) throw new NotFound("Identification", id);
      return copy(record.data);
    },
    listIdentifications(personId: string): Identification[] {
      person(personId);
      return [...records.values()].filter((r): r is IdentificationRecord => r.kind === "identification" && r.personId === personId).map((r) => copy(r.data));
    },
    callIdentification(personId: string, id: string, operationId: string, scenario?: string): Identification {
      const record = lookup("identification", personId, id);
      call(record, operationId, scenario);
      return copy(record.data);
    },
    /** simulate_bank_id_until_identification_data_required: on the session's latest bank_id identification. */
    callSessionBankId(personId: string, sessionId: string, operationId: string): Identification {
      const session = lookup("session", personId, sessionId);
      const id = [...session.identificationIds].reverse().find((i) => (records.get(i) as IdentificationRecord).data.method === "bank_id");
      if (!id) throw new NotAllowed(`The identification session ${sessionId} has no bank_id identification; create one with method "bank_id" first.`);
      const record = records.get(id) as IdentificationRecord;
      call(record, operationId);
      return copy(record.data);
    },
    /** The test acting as the customer, the provider or time. */
    simulate(id: string, event: string, set: Partial<Identification> = {}): Identification | IdentificationSession {
      const record = records.get(id);
      if (!record)
        throw new Error(`simulate: no identification or session "${id}" in the sandbox; use an ID a create call returned (reset() empties the sandbox)`);
      const lifecycle = lifecycleOf(record);
      const allowed = eventTransitions(lifecycle, record.data.status);
      const transition = allowed.find((t) => t.trigger.event === event);
      if (!transition) {
        const names = allowed.map((t) => `"${t.trigger.event}" (→ ${t.to})`).join(", ");
        throw new Error(
          `simulate: "${event}" is not allowed: the ${subjectOf(record)} is in status "${record.data.status}", where the lifecycle allows ${names || "no event"}`,
        );
      }
      enter(record, transition, set);
      return copy(record.data);
    },
    find: (id: string) => {
      const record = records.get(id);
      return record && copy(record.data);
    },
    history: (id: string): HistoryEntry[] => copy(records.get(id)?.history ?? []),
    reset() {
      for (const record of records.values()) record.cancelExpiry?.();
      records.clear();
      persons.clear();
      tokens.clear();
    },
  };
}

export type SandboxState = ReturnType<typeof createState>;
