// Vitest global setup of the "contract" project: bundles the spec (in memory), starts one Prism mock on a
// free port (log under test-results/) and always stops it, also when tests fail.
import type { TestProject } from "vitest/node";
import { bundleOrThrow, snapshotBundle } from "../../scripts/lib/spec/bundle.mjs";
import { startPrism } from "../../scripts/lib/core/prism.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrl: string;
    specFile: string;
  }
}

export default async function setup(project: TestProject) {
  const snapshot = snapshotBundle((await bundleOrThrow()).json);
  let prism: Awaited<ReturnType<typeof startPrism>>;
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
