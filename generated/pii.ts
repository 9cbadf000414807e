// GENERATED FILE, do not edit. The property names marked `x-pii: true` in the spec.
// Source: dist/openapi.json (bundled from spec/). Regenerate with `npm run generate`.

export const piiFields = [
  "address", // #/components/schemas/Identification/properties/address
  "city", // #/components/schemas/Address/properties/city
  "country", // #/components/schemas/Address/properties/country
  "device_data", // #/components/schemas/CreateIdentificationRequest/properties/device_data, #/components/schemas/CreateSessionIdentificationRequest/properties/device_data, #/components/schemas/RequestIdentificationRequest/properties/device_data
  "documents", // #/components/schemas/Identification/properties/documents
  "iban", // #/components/schemas/CreateIdentificationRequest/properties/iban, #/components/schemas/CreateSessionIdentificationRequest/properties/iban, #/components/schemas/Identification/properties/iban, #/components/schemas/IdentificationWebhookMetadata/properties/iban
  "line_1", // #/components/schemas/Address/properties/line_1
  "line_2", // #/components/schemas/Address/properties/line_2
  "name", // #/components/schemas/Document/properties/name
  "postal_code", // #/components/schemas/Address/properties/postal_code
  "state", // #/components/schemas/Address/properties/state
] as const;

export type PiiField = (typeof piiFields)[number];
