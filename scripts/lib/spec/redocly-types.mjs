// A Redocly plugin that declares the spec's `x-lifecycles` extension (spec/lifecycles/), so that
// lint and bundle follow its `$ref`s like any other: the bundle carries the lifecycles inline.
// Their content is checked by scripts/lib/spec/lifecycles.mjs, not by these types.

/** @returns {any} */
export default function kycTypes() {
  return {
    id: "kyc",
    typeExtension: {
      /** @param {Record<string, any>} types */
      oas3(types) {
        return {
          ...types,
          Root: { ...types.Root, properties: { ...types.Root.properties, "x-lifecycles": "KycLifecycles" } },
          KycLifecycles: { properties: { identifications: "KycLifecycleMap", sessions: "KycLifecycle", unreached: {} } },
          KycLifecycleMap: { properties: {}, additionalProperties: "KycLifecycle" },
          KycLifecycle: { properties: { initial: {}, final: {}, statuses: {}, transitions: {} } },
        };
      },
    },
  };
}
