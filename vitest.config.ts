import { configDefaults, defineConfig } from "vitest/config";

// Two tiers, told apart by the file name (CONTRIBUTING.md):
// - `*.test.ts` run in process (`npm test`): the "in-process" project, and "contract", whose
//   replays share one Prism mock started by its global setup.
// - `*.e2e.test.ts` run the commands the way users do (`npm run test:e2e`): they start npm, tsc,
//   Prism, Redocly or Chromium, install the packed package, serve over a port or copy the project.
// Folders are concerns (test/package, spec, build, docs, contract, release, consumers); a suite's
// script filters by folder (`vitest run test/build/`), so it runs that concern in both tiers.
// Many files wait on child processes: four at a time keep two cores busy. The timeouts only
// stop a hung test, and live here alone: wide, so that a machine twice as slow as CI's, and busy,
// passes too (the slowest in-process test takes about 12 s here, the slowest e2e test about 80 s
// on CI's machine). Tests wait for events, never for a budget of their own (test/support/waiting.ts).
const E2E = "test/**/*.e2e.test.ts";
const E2E_TIMEOUT = 600_000;
// The consumer projects under test/consumers/<name>/ have their own package.json and Vitest.
const exclude = [...configDefaults.exclude, "test/consumers/*/**"];
const contractSetup = { globalSetup: ["test/contract/global-setup.ts"] };

export default defineConfig({
  test: {
    maxWorkers: 4,
    projects: [
      {
        test: {
          name: "in-process",
          include: ["test/**/*.test.ts"],
          exclude: [...exclude, E2E, "test/contract/**"],
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: "contract",
          include: ["test/contract/**/*.test.ts"],
          exclude: [...exclude, E2E],
          ...contractSetup,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: [E2E],
          exclude: [...exclude, "test/contract/**", "test/docs/**"],
          testTimeout: E2E_TIMEOUT,
          hookTimeout: E2E_TIMEOUT,
        },
      },
      {
        test: {
          name: "docs-e2e",
          include: ["test/docs/**/*.e2e.test.ts"],
          exclude,
          // Installs Debian's Chromium when it is missing (test/docs/browser.ts): only a run that
          // includes the docs' browser tests does.
          globalSetup: ["test/docs/global-setup.ts"],
          testTimeout: E2E_TIMEOUT,
          hookTimeout: E2E_TIMEOUT,
        },
      },
      {
        test: {
          name: "contract-e2e",
          include: ["test/contract/**/*.e2e.test.ts"],
          exclude,
          ...contractSetup,
          testTimeout: E2E_TIMEOUT,
          hookTimeout: E2E_TIMEOUT,
        },
      },
    ],
  },
});
