import { defineConfig } from "vitest/config";

// One project per suite, so each npm script runs exactly its own tests.
export default defineConfig({
  test: {
    projects: [
      { test: { name: "rules", include: ["test/rules/**/*.test.ts"] } },
      { test: { name: "spec", include: ["test/spec/**/*.test.ts"] } },
    ],
  },
});
