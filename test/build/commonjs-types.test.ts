// The testing kit's CommonJS declarations (.d.cts twins), written beside the ESM ones by build:lib.
import { describe, expect, it } from "vitest";
import { withCommonJsTypes } from "../../scripts/lib/build/steps/library.mjs";

describe("withCommonJsTypes", () => {
  const emitted = {
    "dist/lib/src/testing/index.d.ts": 'export { createKycHandlers } from "./handlers.js";\nexport type { OperationId } from "../types.js";\n',
    "dist/lib/src/testing/handlers.d.ts":
      'import { type HttpHandler } from "msw";\nimport type { Examples } from "../../generated/examples.js";\nexport declare function createKycHandlers(): HttpHandler[];\n',
    "dist/lib/src/testing/handlers.js": 'import { http } from "msw";\n',
    "dist/lib/src/index.d.ts": 'export { createKycClient } from "./client.js";\n',
  };
  const files = withCommonJsTypes(emitted);

  it("twins each declaration of the testing kit as .d.cts, its sibling imports pointing at the twins", () => {
    expect(files["dist/lib/src/testing/index.d.cts"]).toBe(
      'export { createKycHandlers } from "./handlers.cjs";\nexport type { OperationId } from "../types.js";\n',
    );
    // msw stays a bare import: from a .d.cts TypeScript resolves it as the consumer's CommonJS code does.
    expect(files["dist/lib/src/testing/handlers.d.cts"]).toBe(emitted["dist/lib/src/testing/handlers.d.ts"]);
  });

  it("keeps every emitted file and twins nothing else (no JavaScript, no other entry)", () => {
    expect(Object.keys(files).sort()).toEqual([...Object.keys(emitted), "dist/lib/src/testing/handlers.d.cts", "dist/lib/src/testing/index.d.cts"].sort());
  });
});
