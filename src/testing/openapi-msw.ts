// solaris-kyc/testing/openapi-msw: openapi-msw's typed `http` over the spec's paths. Its own entry
// because openapi-msw 2 peers msw ^2: the rest of the kit (solaris-kyc/testing) needs only msw and
// works with msw 2 and 3; this entry needs openapi-msw too (`npm install -D msw openapi-msw`).
import { createOpenApiHttp } from "openapi-msw";
import type { paths } from "../../generated/schema.js";
import { sandboxServer } from "../../generated/testing.js";

/**
 * openapi-msw's typed `http` over the spec's paths, at the sandbox API server (or `baseUrl`): for a
 * handler with its own logic, `kycHttp().get("/v1/persons/{person_id}/identifications/{id}", ({ response }) => response(200).json(...))`.
 */
export function kycHttp(baseUrl: string = sandboxServer) {
  return createOpenApiHttp<paths>({ baseUrl });
}
