// The committed API report: the real tree matches it, one report per package entry (the command's
// failure on a changed surface: api-report.e2e.test.ts).
import { describe, expect, it } from "vitest";
import { apiReports } from "../../scripts/lib/release/api-report.mjs";
import { packageEntries } from "../../scripts/lib/release/declarations.mjs";

describe("API report", () => {
  it("has one committed report per package entry with types, read from package.json exports", () => {
    const entries = packageEntries(process.cwd()).map((e: { entry: string }) => e.entry);
    expect(entries).toEqual(expect.arrayContaining(["solaris-kyc", "solaris-kyc/testing", "solaris-kyc/examples"]));
    const results = apiReports();
    expect(results.map((r: { entry: string; status: string }) => [r.entry, r.status])).toEqual(entries.map((entry: string) => [entry, "unchanged"]));
  });
});
