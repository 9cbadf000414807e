// Types of spec.mjs (plain JS so that scripts run without a build step).
export type Doc = Record<string, any>;
export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  style?: string;
  schema?: Record<string, any>;
  pointer: string;
  [key: string]: unknown;
}
export interface Operation {
  operationId: string;
  method: string;
  path: string;
  pointer: string;
  op: Record<string, any>;
  parameters: Parameter[];
  requestBody?: { node: Record<string, any>; pointer: string };
  security: Array<Record<string, string[]>>;
  servers: Array<{ url: string }>;
}
export interface RequestParts {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  header: Record<string, unknown>;
  body: unknown;
  bodyExample: string | undefined;
  mediaType: string | undefined;
}
export interface Replay {
  id: string;
  operationId: string;
  method: string;
  path: string;
  status: string;
  preferCode: number;
  example: string | null;
  mediaType: string | null;
  expected: unknown;
  schemaPointer: string | null;
  headers: Record<string, any>;
  request: RequestParts;
  operation: Operation;
}
export interface WebhookExample {
  webhook: string;
  operationId: string;
  part: string;
  status?: string;
  example: string | null;
  value: unknown;
  schemaPointer: string;
}
export interface Auth {
  kind: "none" | "bearer" | "basic" | "apiKey";
  headers: Record<string, string>;
  query: Record<string, string>;
}
export const SPEC_JSON: string;
export const SPEC_YAML: string;
export class SpecError extends Error {}
export function loadSpec(file?: string): Doc;
export function escapePointer(key: string): string;
export function getPointer(doc: Doc, pointer: string): unknown;
export function resolve(doc: Doc, node: unknown, pointer: string): { node: any; pointer: string };
export function operations(doc: Doc): Operation[];
export function authFor(doc: Doc, security: Operation["security"]): Auth;
export function buildRequest(doc: Doc, operation: Operation, exampleName: string | null): RequestParts;
export function fillPath(template: string, values: Record<string, unknown>): string;
export function queryString(params: Parameter[], query: Record<string, unknown>): string;
export function encodeBody(mediaType: string | undefined, body: unknown): string | undefined;
export function replays(doc: Doc): Replay[];
export function webhookExamples(doc: Doc): WebhookExample[];
export function snapshotSpec(source?: string): { file: string; cleanup(): void };
