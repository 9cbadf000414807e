import { defineConfig } from "vitest/config";

// One project per suite, so each npm script runs exactly its own tests. Most suites wait on child
// processes (Prism, tsc, npm, Chromium): four files at a time keep two cores busy (measured:
// 138 s against 170 s with Vitest's default of one worker on a 2-core machine).
export default defineConfig({
  test: {
    maxWorkers: 4,
    projects: [
      { test: { name: "rules", include: ["test/rules/**/*.test.ts"] } },
      { test: { name: "docs", include: ["test/docs/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 120_000 } },
      { test: { name: "diff", include: ["test/diff/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 60_000 } },
      { test: { name: "compat", include: ["test/compat/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 120_000 } },
      { test: { name: "unit", include: ["test/unit/**/*.test.ts"] } },
      { test: { name: "spec", include: ["test/spec/**/*.test.ts"] } },
      { test: { name: "build", include: ["test/build/**/*.test.ts"] } },
      { test: { name: "consumer", include: ["test/consumer/**/*.test.ts"] } },
      {
        test: {
          name: "contract",
          include: ["test/contract/**/*.test.ts"],
          globalSetup: ["test/contract/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
