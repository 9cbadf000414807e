// The sandbox's webhook deliveries, with Solaris' rules: signed, in order per resource, 2xx
// delivered, 410 cancels the subscription, 422 not retried, anything else (or no answer) retried
// with backoff on the sandbox clock under the same Solaris-Webhook-Id and a higher attempt.
import type { WebhookEventType, WebhookPayloads } from "../../../generated/webhooks.js";
import { ANSWER_TIMEOUT_MS, answerMeaning, signedDelivery } from "../delivery.js";
import type { SandboxClock } from "./clock.js";

export interface WebhookRequest {
  eventType: WebhookEventType;
  /** Every header the spec declares, signed over `body`; `Solaris-Webhook-Attempt` is this attempt's number. */
  headers: Record<string, string>;
  /** The raw JSON body, as signed. */
  body: string;
}

export interface SandboxWebhookOptions {
  /** The subscription's secret the bodies are signed with. Default "solaris-kyc-sandbox". */
  secret?: string;
  /** POST each delivery to this URL (over HTTP, Solaris' answer rules apply). */
  url?: string;
  /**
   * Receive each delivery in process instead: return (or resolve to) the HTTP status you would
   * answer; anything else than a number counts as 200, throwing as no answer. The same answer rules apply.
   */
  onDelivery?: (request: WebhookRequest) => unknown;
  /** Send every delivered webhook a second time, identical, to prove a consumer deduplicates. */
  deliverTwice?: boolean;
  /** Solaris-Webhook-Subscription-Id. Default: the spec's example. */
  subscriptionId?: string;
  /** The fetch used for `url`. Default: globalThis.fetch. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
}

export type AttemptOutcome = "delivered" | "duplicate" | "retry" | "rejected" | "gone" | "gave_up";

export interface DeliveryAttempt {
  attempt: number;
  /** ISO date-time on the sandbox clock. */
  at: string;
  /** The receiver's HTTP status; absent when it did not answer. */
  status?: number;
  /** Why there was no answer. */
  error?: string;
  outcome: AttemptOutcome;
}

export type DeliveryState = "unsent" | "queued" | "retrying" | "delivered" | "rejected" | "cancelled" | "gave_up";

export interface SandboxDelivery<E extends WebhookEventType = WebhookEventType> {
  webhookId: string;
  eventType: E;
  /** The resource the event is about (`Solaris-Entity-Id`). */
  entityId: string;
  payload: WebhookPayloads[E];
  body: string;
  /** The headers of the first attempt. */
  headers: Record<string, string>;
  attempts: DeliveryAttempt[];
  /** `unsent`: no URL or onDelivery was configured; `cancelled`: a 410 cancelled the subscription first. */
  state: DeliveryState;
}

const DEFAULT_WEBHOOK_SECRET = "solaris-kyc-sandbox";
const ATTEMPT_HEADER = "Solaris-Webhook-Attempt";
const SUBSCRIPTION_HEADER = "Solaris-Webhook-Subscription-Id";
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 12 * 3_600_000;
/** Solaris retries for about 5 days. */
const GIVE_UP_AFTER_MS = 5 * 86_400_000;

/** The wait before attempt `next` (2, 3, …): 1 min, doubling, at most 12 h. */
const retryDelayMs = (next: number) => Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** (next - 2));

export interface DeliveryQueue {
  readonly log: SandboxDelivery[];
  send<E extends WebhookEventType>(eventType: E, entityId: string, payload: WebhookPayloads[E]): void;
  /** Resolves when no attempt is in flight (retries waiting on the clock do not count). */
  idle(): Promise<void>;
  reset(): void;
}

export function createDeliveryQueue(clock: SandboxClock, options: SandboxWebhookOptions = {}): DeliveryQueue {
  const secret = options.secret ?? DEFAULT_WEBHOOK_SECRET;
  const receive = options.onDelivery ?? (options.url ? httpReceiver(options.url, options.fetch) : undefined);
  const log: SandboxDelivery[] = [];
  const waiting = new Map<string, SandboxDelivery[]>(); // per entity: the head is being delivered
  const cancelledTypes = new Set<string>();
  const timers = new Set<() => void>();
  let inFlight = 0; // attempts started and not answered, and first attempts scheduled
  let generation = 0;

  const headersFor = (delivery: SandboxDelivery, attempt: number) => ({ ...delivery.headers, [ATTEMPT_HEADER]: String(attempt) });

  async function attempt(delivery: SandboxDelivery, number: number, firstAt: number) {
    const mine = generation;
    inFlight++;
    try {
      const request = { eventType: delivery.eventType, headers: headersFor(delivery, number), body: delivery.body };
      const at = new Date(clock.now()).toISOString();
      const answer = await answerOf(request);
      if (mine !== generation) return;
      let outcome: AttemptOutcome = answerMeaning(answer.status);
      const nextAt = clock.now() + retryDelayMs(number + 1);
      if (outcome === "retry" && nextAt - firstAt > GIVE_UP_AFTER_MS) outcome = "gave_up";
      delivery.attempts.push({ attempt: number, at, ...answer, outcome });
      if (outcome === "retry") {
        delivery.state = "retrying";
        const cancel = clock.setTimer(nextAt - clock.now(), () => {
          timers.delete(cancel);
          void attempt(delivery, number + 1, firstAt);
        });
        timers.add(cancel);
        return;
      }
      delivery.state = outcome === "delivered" ? "delivered" : outcome === "gone" ? "cancelled" : outcome === "rejected" ? "rejected" : "gave_up";
      if (outcome === "gone") cancelledTypes.add(delivery.eventType);
      if (outcome === "delivered" && options.deliverTwice) {
        const again = await answerOf(request);
        if (mine !== generation) return;
        delivery.attempts.push({ attempt: number, at: new Date(clock.now()).toISOString(), ...again, outcome: "duplicate" });
      }
      finish(delivery);
    } finally {
      inFlight--;
    }
  }

  async function answerOf(request: WebhookRequest): Promise<{ status?: number; error?: string }> {
    try {
      const status = await receive!(request);
      return { status: typeof status === "number" ? status : 200 };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }

  /** The head of the entity's queue is done: start the next one. */
  function finish(delivery: SandboxDelivery) {
    const queue = waiting.get(delivery.entityId) ?? [];
    queue.shift();
    if (queue.length === 0) waiting.delete(delivery.entityId);
    else start(queue[0]!);
  }

  function start(delivery: SandboxDelivery) {
    if (cancelledTypes.has(delivery.eventType)) {
      delivery.state = "cancelled";
      return finish(delivery);
    }
    void attempt(delivery, 1, clock.now());
  }

  return {
    log,
    send(eventType, entityId, payload) {
      const signed = signedDelivery(eventType, payload, secret);
      if (options.subscriptionId) signed.headers[SUBSCRIPTION_HEADER] = options.subscriptionId;
      const delivery: SandboxDelivery = {
        webhookId: signed.headers["Solaris-Webhook-Id"]!,
        eventType,
        entityId,
        payload,
        body: signed.body,
        headers: headersFor({ headers: signed.headers } as SandboxDelivery, 1),
        attempts: [],
        state: receive ? "queued" : "unsent",
      };
      log.push(delivery);
      if (!receive) return;
      const queue = waiting.get(entityId) ?? [];
      queue.push(delivery);
      waiting.set(entityId, queue);
      if (queue.length > 1) return;
      // As Solaris, after the change is done (and its HTTP answer built): the receiver may act on
      // the sandbox at once, without re-entering the change that caused the webhook.
      inFlight++;
      const mine = generation;
      queueMicrotask(() => {
        inFlight--;
        if (mine === generation) start(delivery);
      });
    },
    async idle() {
      while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    },
    reset() {
      generation++;
      for (const cancel of timers) cancel();
      timers.clear();
      waiting.clear();
      cancelledTypes.clear();
      log.length = 0;
    },
  };
}

function httpReceiver(url: string, fetchImpl: SandboxWebhookOptions["fetch"] = (input, init) => globalThis.fetch(input, init)) {
  return async (request: WebhookRequest): Promise<number> => {
    const response = await fetchImpl(url, { method: "POST", headers: request.headers, body: request.body, signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS) });
    await response.body?.cancel();
    return response.status;
  };
}
