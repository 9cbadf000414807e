// The sandbox's MSW handlers: one per operation of the spec, checked as createKycHandlers checks
// (Authorization, then the validators), answering from the sandbox's state.
import type { HttpHandler } from "msw";
import { examples } from "../../../generated/examples.js";
import { operationAnswers } from "../../../generated/testing.js";
import {
  badRequestAnswer,
  checkedHandler,
  errorId,
  namedExampleAnswer,
  type Answer,
  type Resolver,
  type ServedOperationId as KycOperationId,
} from "../handlers.js";
import { NotAllowed, NotFound, type SandboxState } from "./state.js";

export interface SandboxHandlerOptions {
  baseUrl?: string;
  validateRequests?: boolean;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => ({ status, body, mediaType: "application/json", headers });

/** The operation's own error example (404 model_not_found, 409 record_not_unique) with this occurrence's id and detail. */
function specError(operationId: KycOperationId, status: 404 | 409, detail: string): Answer {
  const example = status === 404 ? "model_not_found" : "record_not_unique";
  const answer = namedExampleAnswer(operationId, status, example);
  const [first] = (answer.body as { errors: Record<string, unknown>[] }).errors;
  return { ...answer, body: { errors: [{ ...first, id: errorId(), detail }] } };
}

/** Runs the state call; what the state refuses becomes the spec's 404 or 409. */
function answering(operationId: KycOperationId, work: (request: Request, params: Record<string, string>, body: unknown) => Answer | Promise<Answer>): Resolver {
  return async (request, params, body) => {
    try {
      return await work(request, params, body);
    } catch (error) {
      if (error instanceof NotFound) return specError(operationId, 404, error.message);
      if (error instanceof NotAllowed) return specError(operationId, 409, error.message);
      throw error;
    }
  };
}

/** The parsed request body (checkedHandler reads it once), `{}` when empty. */
const bodyOf = <T>(body: unknown): T => (body ?? {}) as T;

/** `Link` with first, prev, next and last, in the spec's form (`?page[number]=1&page[size]=10`). */
function pageLinks(url: URL, number: number, size: number, last: number): string {
  const link = (page: number, rel: string) => `<${url.origin}${url.pathname}?page[number]=${page}&page[size]=${size}>; rel="${rel}"`;
  const links = [link(1, "first")];
  if (number > 1) links.push(link(Math.min(number - 1, last), "prev"));
  if (number < last) links.push(link(number + 1, "next"));
  links.push(link(last, "last"));
  return links.join(", ");
}

/** Per operation, how the sandbox answers. Every operation of the spec has an entry (checked at start-up). */
function resolvers(state: SandboxState): Record<KycOperationId, Resolver> {
  const p = (params: Record<string, string>) => params.person_id!;
  return {
    createAccessToken: () => json(200, { ...state.issueToken(), token_type: "bearer", scope: "partners" }),
    checkIdentificationEligibility: answering("checkIdentificationEligibility", (_request, params, body) => {
      state.person(p(params));
      const { method } = bodyOf<{ method: "bank" }>(body);
      return json(200, { method, eligible: true });
    }),
    createIdentification: answering("createIdentification", (_request, params, body) => json(201, state.createIdentification(p(params), bodyOf(body)))),
    listIdentifications: answering("listIdentifications", (request, params) => {
      const all = state.listIdentifications(p(params));
      const url = new URL(request.url);
      const number = Number(url.searchParams.get("page[number]") ?? 1);
      const size = Number(url.searchParams.get("page[size]") ?? 10);
      const last = Math.max(1, Math.ceil(all.length / size));
      return json(200, all.slice((number - 1) * size, number * size), {
        total: String(all.length),
        per_page: String(size),
        Link: pageLinks(url, number, size, last),
      });
    }),
    getIdentification: answering("getIdentification", (request, params) => {
      const identification = state.getIdentification(p(params), params.id!);
      const withDocuments = new URL(request.url).searchParams.get("include_documents") === "true";
      return json(200, withDocuments ? { ...identification, documents: [] } : identification);
    }),
    requestIdentification: answering("requestIdentification", (_request, params) =>
      json(200, state.callIdentification(p(params), params.id!, "requestIdentification")),
    ),
    authorizeIdentification: answering("authorizeIdentification", (_request, params) =>
      json(200, state.callIdentification(p(params), params.id!, "authorizeIdentification")),
    ),
    simulateIdentificationOutcome: answering("simulateIdentificationOutcome", (_request, params, body) => {
      const { scenario } = bodyOf<{ scenario: string }>(body);
      return json(200, state.callIdentification(p(params), params.id!, "simulateIdentificationOutcome", scenario));
    }),
    listSupportedDocuments: answering("listSupportedDocuments", (_request, params) => {
      state.getIdentification(p(params), params.id!);
      return namedExampleAnswer("listSupportedDocuments", 200, operationAnswers.listSupportedDocuments.defaultAnswer.example);
    }),
    listSupportedDocumentsFromFourthline: answering("listSupportedDocumentsFromFourthline", (_request, params) => {
      state.getIdentification(p(params), params.id!);
      return namedExampleAnswer("listSupportedDocumentsFromFourthline", 200, operationAnswers.listSupportedDocumentsFromFourthline.defaultAnswer.example);
    }),
    createIdentificationSession: answering("createIdentificationSession", (_request, params, body) => json(201, state.createSession(p(params), bodyOf(body)))),
    getIdentificationSession: answering("getIdentificationSession", (_request, params) =>
      json(200, state.getSession(p(params), params.identification_session_id!)),
    ),
    getIdentificationSessionConfiguration: answering("getIdentificationSessionConfiguration", (_request, params) => {
      state.getSession(p(params), params.identification_session_id!);
      return namedExampleAnswer("getIdentificationSessionConfiguration", 200, operationAnswers.getIdentificationSessionConfiguration.defaultAnswer.example);
    }),
    createSessionIdentification: answering("createSessionIdentification", (_request, params, raw) => {
      const body = bodyOf<{ method: string }>(raw);
      const sessionId = params.identification_session_id!;
      const allowed = state.sessionMethods(p(params), sessionId);
      if (!allowed.includes(body.method)) {
        return badRequestAnswer("createSessionIdentification", [
          { pointer: "/body/method", message: `must be one of the session's identification_methods: ${allowed.join(", ")}` },
        ]);
      }
      return json(201, state.createSessionIdentification(p(params), sessionId, body as never, startsRequested(body.method)));
    }),
    getSessionIdentification: answering("getSessionIdentification", (_request, params) =>
      json(200, state.getSessionIdentification(p(params), params.identification_session_id!, params.id!)),
    ),
    simulateBankIdUntilIdentificationDataRequired: answering("simulateBankIdUntilIdentificationDataRequired", (_request, params) =>
      json(200, state.callSessionBankId(p(params), params.identification_session_id!, "simulateBankIdUntilIdentificationDataRequired")),
    ),
  };
}

/**
 * Whether an identification created in a session starts requested: when one of the spec's 201
 * examples of createSessionIdentification with that method is `pending` (idnow, bank and bank_id
 * are; fourthline's is `created`).
 */
function startsRequested(method: string): boolean {
  const named = examples.createSessionIdentification.responses[201] as Record<string, { value: { method: string; status: string } }>;
  return Object.values(named).some(({ value }) => value.method === method && value.status === "pending");
}

export function sandboxHandlers(state: SandboxState, options: SandboxHandlerOptions): HttpHandler[] {
  const byOperation = resolvers(state);
  return (Object.keys(operationAnswers) as KycOperationId[]).map((operationId) => {
    const resolve = byOperation[operationId];
    if (!resolve) throw new Error(`createKycSandbox: the spec's operation ${operationId} has no sandbox resolver; add one in src/testing/sandbox/handlers.ts`);
    return checkedHandler(operationId, { ...options, acceptToken: state.acceptToken }, resolve);
  });
}
