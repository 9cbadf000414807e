import type { Auth, Doc, Parameter, RequestParts } from "./spec.mjs";
export interface NegativeCase {
  id: string;
  operationId: string;
  method: string;
  path: string;
  parameters: Parameter[];
  auth: Auth;
  kind: string;
  location: "path" | "query" | "header" | "body";
  field: string;
  request: RequestParts;
  /** Set when Prism cannot see this break: the case documents that Prism lets it through. */
  prismGap?: string;
}
export function negativeCases(doc: Doc): NegativeCase[];
