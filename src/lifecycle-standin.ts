// STAND-IN, to be deleted: the shape of generated/lifecycles.ts (PLAN.md "Lifecycle data") with two
// methods and the sessions, so the poller builds before wt-lifecycle's data lands. The poller
// reads only `final` and each status's `actor`; nothing here is a source for anything.
export const lifecycles = {
  identifications: {
    bank: {
      initial: "created",
      final: ["successful", "failed", "expired"],
      statuses: {
        created: { actor: "partner", description: "" },
        pending: { actor: "customer", description: "" },
        authorization_required: { actor: "partner", description: "" },
        confirmation_required: { actor: "customer", description: "" },
        confirmed: { actor: "provider", description: "" },
        successful: { actor: "none", description: "" },
        failed: { actor: "none", description: "" },
        expired: { actor: "none", description: "" },
      },
      transitions: [],
    },
    idnow: {
      initial: "created",
      final: ["successful", "failed", "expired"],
      statuses: {
        created: { actor: "partner", description: "" },
        pending: { actor: "customer", description: "" },
        pending_successful: { actor: "provider", description: "" },
        successful: { actor: "none", description: "" },
        failed: { actor: "none", description: "" },
        expired: { actor: "none", description: "" },
      },
      transitions: [],
    },
  },
  sessions: {
    initial: "created",
    final: ["successful", "rejected", "expired"],
    statuses: {
      created: { actor: "customer", description: "" },
      pending: { actor: "customer", description: "" },
      authorization_required: { actor: "partner", description: "" },
      successful: { actor: "none", description: "" },
      rejected: { actor: "none", description: "" },
      expired: { actor: "none", description: "" },
    },
    transitions: [],
  },
} as const;
