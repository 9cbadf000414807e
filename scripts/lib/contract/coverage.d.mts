import type { Doc, WebhookExample } from "./spec.mjs";
export interface ReplayResult {
  id: string;
  operationId: string;
  status: string;
  example: string | null;
  bodyExample?: string | undefined;
  passed: boolean;
}
export interface Coverage {
  totals: Record<string, number>;
  rows: Array<{ operationId: string; method: string; path: string; status: string; declared: string[]; replayed: string[]; missing: string[] }>;
  requestExamples: Array<{ operationId: string; mediaType: string; example: string; sent: boolean }>;
  webhooks: Array<{ id: string; webhook: string; part: string; example: string | null; validated: boolean }>;
  failures: string[];
}
export function computeCoverage(doc: Doc, results: ReplayResult[], webhookResults?: Array<{ id: string; passed: boolean }>): Coverage;
export function webhookId(w: WebhookExample): string;
export function writeCoverage(coverage: Coverage, file?: string): void;
export function formatCoverage(coverage: Coverage): string;
