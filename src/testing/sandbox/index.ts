// createKycSandbox: a stateful stand-in for Solaris' KYC API. Its handlers keep what the test
// creates and move it along the lifecycle; the test acts as the customer, the provider and time.
import type { HttpHandler } from "msw";
import { createSandboxClock, durationMs, type Duration, type SandboxClock, type SandboxClockOptions } from "./clock.js";
import { createDeliveryQueue, type SandboxDelivery, type SandboxWebhookOptions } from "./deliveries.js";
import { sandboxHandlers } from "./handlers.js";
import { createState, type Expiries, type HistoryEntry, type Identification, type IdentificationSession } from "./state.js";

export interface KycSandboxOptions {
  /** Serve every operation under this URL. Default: each operation's server in the spec (as createKycHandlers). */
  baseUrl?: string;
  /** Check each request as createKycHandlers does (Authorization, then the spec). Default true. */
  validateRequests?: boolean;
  /** The sandbox's clock, or options for a new one. Pass `sandbox.clock` to `createKycClient({ clock })`. */
  clock?: SandboxClock | SandboxClockOptions;
  /**
   * "any" (default): every person ID in the spec's pattern exists, as persons are created outside
   * this API. "seeded": only IDs given to `seedPerson` exist; others get the spec's 404.
   */
  persons?: "any" | "seeded";
  /** How long a status lasts before time moves it (where the lifecycle lets time move it). Default: authorization_required 30m, confirmation_required 5m, anything else 24h. */
  expiries?: Expiries;
  /** Lifetime of the access tokens the sandbox issues. Default 3599s, as Solaris. */
  tokenLifetime?: Duration;
  /** Where the webhooks go and how they are signed. Without url or onDelivery they are only logged (state "unsent"). */
  webhooks?: SandboxWebhookOptions;
}

export interface SimulateOptions {
  /** Fields the event brings, e.g. `{ failure_reason: "joint_account" }` or `{ provider_status_code: 1001 }`. */
  set?: Partial<Identification>;
}

export interface KycSandbox {
  /** MSW handlers for every operation: `setupServer(...sandbox.handlers)`. */
  handlers: HttpHandler[];
  /**
   * The customer, the provider or time acts: moves the identification or session `id` by `event`
   * (an event of its lifecycle allowed in its current status; anything else throws naming the
   * allowed ones). Resolves, with the resource as it now is, once the webhooks it caused have had
   * their first attempt.
   */
  simulate(id: string, event: string, options?: SimulateOptions): Promise<Identification | IdentificationSession>;
  clock: SandboxClock;
  /** Every webhook the sandbox sent or logged, in the order of the changes, with each attempt. */
  deliveries: readonly SandboxDelivery[];
  /** Resolves when no webhook attempt is in flight (retries waiting on the clock do not count). */
  settled(): Promise<void>;
  /** Adds a person (needed with `persons: "seeded"`); returns its ID, a new one if none is given. */
  seedPerson(personId?: string): string;
  /** The identification or session as the sandbox holds it, or undefined. */
  find(id: string): Identification | IdentificationSession | undefined;
  /** The status changes of an identification or session, oldest first. */
  history(id: string): HistoryEntry[];
  /** Empties the sandbox: resources, persons, tokens, deliveries, pending expiries and retries. The clock keeps its time. */
  reset(): void;
}

export function createKycSandbox(options: KycSandboxOptions = {}): KycSandbox {
  const clock = options.clock && "advance" in options.clock ? options.clock : createSandboxClock(options.clock);
  const deliveries = createDeliveryQueue(clock, options.webhooks);
  const state = createState({
    clock,
    deliveries,
    persons: options.persons ?? "any",
    expiries: options.expiries ?? {},
    tokenLifetimeMs: durationMs(options.tokenLifetime ?? "3599s"),
  });
  const handlerOptions = {
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    ...(options.validateRequests === false ? { validateRequests: false } : {}),
  };
  return {
    handlers: sandboxHandlers(state, handlerOptions),
    clock,
    deliveries: deliveries.log,
    async simulate(id, event, simulateOptions = {}) {
      const resource = state.simulate(id, event, simulateOptions.set);
      await deliveries.idle();
      return resource;
    },
    settled: () => deliveries.idle(),
    seedPerson: (personId) => state.seedPerson(personId),
    find: (id) => state.find(id),
    history: (id) => state.history(id),
    reset() {
      state.reset();
      deliveries.reset();
    },
  };
}

export { createSandboxClock, durationMs, type Duration, type SandboxClock, type SandboxClockOptions } from "./clock.js";
export type { AttemptOutcome, DeliveryAttempt, DeliveryState, SandboxDelivery, SandboxWebhookOptions, WebhookRequest } from "./deliveries.js";
export type { Expiries, HistoryEntry } from "./state.js";
export type { LifecycleTrigger } from "./lifecycle.js";
