// The `Prefer` header that makes the Prism mock (`npm run mock`) answer with one named example of
// the spec. Operation, status and example name are checked against generated/examples.ts at
// compile time; nothing of that file is loaded at run time.
import type { Examples } from "../generated/examples.js";
import type { OperationId } from "./types.js";

type Responses<Op extends OperationId> = Examples[Op]["responses"];
type StatusKey<Op extends OperationId> = keyof Responses<Op> & string;
/** A declared status: "201", 201 or "default". */
export type MockStatus<Op extends OperationId> = StatusKey<Op> | (StatusKey<Op> extends infer S ? (S extends `${infer N extends number}` ? N : never) : never);
/** The example names declared for that operation and status. */
export type MockExample<Op extends OperationId, S extends MockStatus<Op>> = keyof Responses<Op>[`${S}` & StatusKey<Op>] & string;

/**
 * Status Prism answers for a `default` response: Prism serves `default` for any status the
 * operation does not declare; 418 is declared by no Solaris operation and retried by no client.
 */
export const MOCK_DEFAULT_STATUS = 418;

/**
 * Builds `{ Prefer: "code=<status>, example=<name>" }` for one example of the spec.
 *
 * @example
 * await kyc.POST("/v1/persons/{person_id}/identification_sessions", {
 *   params: { path: { person_id } },
 *   body: { identification_methods: ["bank_id"] },
 *   headers: mockPrefer("createIdentificationSession", 201, "bank_id"),
 * });
 */
export function mockPrefer<Op extends OperationId, S extends MockStatus<Op>>(operationId: Op, status: S, example: MockExample<Op, S>): { Prefer: string } {
  const code = String(status) === "default" ? MOCK_DEFAULT_STATUS : Number(status);
  if (!Number.isInteger(code) || code < 100 || code > 599) {
    throw new TypeError(`mockPrefer(${String(operationId)}): status must be a declared HTTP status or "default", got ${String(status)}`);
  }
  return { Prefer: `code=${code}, example=${example}` };
}
