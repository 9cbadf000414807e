import type { Doc } from "./spec.mjs";
export interface Validator {
  validate(pointer: string, value: unknown): { valid: boolean; errors: string[] };
}
export function createValidator(doc: Doc): Validator;
