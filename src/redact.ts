import { piiFields } from "../generated/pii.js";

export const REDACTED = "[REDACTED]";

// The x-pii list comes from the spec; credentials are not personal data, so they are added here.
const redactedKeys: ReadonlySet<string> = new Set<string>([...piiFields, "access_token", "client_secret", "refresh_token"]);

/**
 * The JSON value with every field marked `x-pii` in the spec (and any credential) replaced by
 * "[REDACTED]". Never mutates: returns a copy where something was redacted, the input otherwise.
 */
export function redact(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = redact(value[i]);
      if (item !== value[i]) (copy ??= value.slice())[i] = item;
    }
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const field = record[key];
    const next = redactedKeys.has(key) && field !== null ? REDACTED : redact(field);
    if (next !== field) (copy ??= { ...record })[key] = next;
  }
  return copy ?? value;
}
