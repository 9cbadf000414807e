// Type-checked with moduleResolution bundler only: openapi-msw 2 is ES-module-only, with types
// for ES module resolution only. In a CommonJS project its handlers are typed against msw's ES
// module declarations (TS2345 against the consumer's setupServer), and node10 finds no types for it.
import { setupServer } from "msw/node";
import { kycHttp } from "solaris-kyc/testing/openapi-msw";

export const solaris = setupServer(
  kycHttp().get("/v1/persons/{person_id}/identifications", ({ params, response }) => (params.person_id.endsWith("cper") ? response(200).json([]) : response(404).json({ errors: [] }))),
);
