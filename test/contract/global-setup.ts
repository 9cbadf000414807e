// Vitest global setup of the "contract" project: bundles the spec, starts one Prism mock on a
// free port (log under test-results/) and always stops it, also when tests fail.
import { execFileSync } from "node:child_process";
import type { TestProject } from "vitest/node";
import { startPrism } from "../../scripts/lib/contract/prism.mjs";
import { snapshotSpec } from "../../scripts/lib/contract/spec.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrl: string;
    specFile: string;
  }
}

export default async function setup(project: TestProject) {
  try {
    execFileSync(process.execPath, ["scripts/bundle.mjs"], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } });
  } catch (error) {
    throw new Error(`npm run bundle failed, so the contract tests cannot start:\n${(error as { stderr?: Buffer }).stderr?.toString() ?? error}`);
  }
  const snapshot = snapshotSpec();
  let prism;
  try {
    prism = await startPrism({ mode: "mock", spec: snapshot.file, logFile: "test-results/prism-mock.log" });
  } catch (error) {
    snapshot.cleanup();
    throw error;
  }
  project.provide("prismUrl", prism.url);
  project.provide("specFile", snapshot.file);
  return async () => {
    await prism.stop();
    snapshot.cleanup();
  };
}
