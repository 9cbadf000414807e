// docs/sandbox.md's in-process snippet runs as printed (its asserts are the test).
import { expect, it } from "vitest";
import { runDocSnippet } from "../support/doc-snippets.js";

it("docs/sandbox.md: the in-process snippet runs", async () => {
  await expect(runDocSnippet("docs/sandbox.md", "in-process")).resolves.toBeUndefined();
});
