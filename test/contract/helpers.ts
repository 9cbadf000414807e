// Shared by the contract test files: the bundled spec, the client the replays go through, and
// a raw sender for requests the typed client would refuse to build.
import createClient from "openapi-fetch";
import { inject } from "vitest";
import { createKycClient } from "../../src/index.js";
import { loadBundle } from "../../scripts/lib/spec/bundle.mjs";
import type { Doc, Parameter } from "../../scripts/lib/spec/oas.mjs";
import { authFor, requestInit, type RequestParts } from "../../scripts/lib/spec/requests.mjs";
import { parseViolations } from "../../scripts/lib/contract/verify-check.mjs";

/** The same private copy of the bundled spec the Prism mock serves. */
export const doc: Doc = loadBundle(inject("specFile"));
export const prismUrl = (): string => inject("prismUrl");

export interface ClientResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}
type Call = (path: string, init: Record<string, unknown>) => Promise<ClientResult>;

export const TEST_TOKEN = "contract-test-token";

/**
 * The client a replay goes through: createKycClient for every operation under the API's OAuth2
 * bearer auth. createKycClient always sets its own bearer token, so an operation with another
 * scheme (the token endpoint's Basic auth) goes through openapi-fetch, which createKycClient wraps.
 */
export function makeClient(baseUrl: string, authKind: string): { via: string; client: Record<string, Call> } {
  if (authKind === "bearer") {
    const client = createKycClient({ baseUrl, auth: { getToken: async () => TEST_TOKEN }, retry: { maxAttempts: 1 } });
    return { via: "createKycClient", client: client as unknown as Record<string, Call> };
  }
  return { via: "openapi-fetch", client: createClient({ baseUrl }) as unknown as Record<string, Call> };
}

/** Sends a request as given, bypassing every client-side check. */
export async function sendRaw(
  method: string,
  template: string,
  parameters: Parameter[],
  request: RequestParts,
  authHeaders: Record<string, string>,
  extra: Record<string, string> = {},
) {
  const { url, init } = requestInit(prismUrl(), { method, path: template, parameters }, request, { ...authHeaders, ...extra });
  return fetch(url, init);
}

export interface Violation {
  location: string[];
  code?: string | number;
  message: string;
}

export function violations(response: Response): Violation[] {
  return parseViolations(response.headers.get("sl-violations")).violations as Violation[];
}

export { authFor };
