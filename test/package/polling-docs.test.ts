// Every ```ts block of docs/polling.md, run. The short ones are copied between "// snippet" and
// "// end snippet" below (the first test checks the copies against the page), with `console` a
// recorder and a fake API serving statuses written by hand, on a manual clock; the one marked
// "<!-- snippet: sandbox -->" runs as printed, against the sandbox.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createKycClient, listIdentifications, waitForIdentification, waitForIdentificationSession } from "../../src/index.js";
import { runDocSnippet } from "../support/doc-snippets.js";
import { ManualClock } from "../support/manual-clock.js";
import { BASE_URL, IDENT, PERSON, fakeFetch, json } from "./helpers.js";

const person_id = PERSON;
const id = IDENT;
const identification_session_id = "acdede097f821bd8037465d691f69506ises";
const IDNOW_URL = "https://go.test.idnow.de/company_id/identifications/identification_id";

function dedent(text: string): string {
  const lines = text.split("\n");
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => line.match(/^ */)![0].length));
  return lines.map((line) => line.slice(indent)).join("\n");
}

/** A fake API (`answer` gets each request), its client on a manual clock, and a `console` that records lines. */
function setUp(answer: (request: Request) => Response) {
  const served = fakeFetch((request) => answer(request));
  const clock = new ManualClock();
  const kyc = createKycClient({ baseUrl: BASE_URL, auth: { getToken: async () => "token" }, fetch: served.fetch, clock });
  const lines: string[] = [];
  return { kyc, clock, requests: served.apiCalls, lines, console: { log: (line: string) => lines.push(line) } };
}

/** Answers GET with the next of `statuses` (the last one repeats). */
function statuses(method: string, ...sequence: (string | Record<string, unknown>)[]) {
  let index = 0;
  return () => {
    const next = sequence[Math.min(index++, sequence.length - 1)]!;
    return json({ id: IDENT, method, url: null, ...(typeof next === "string" ? { status: next } : next) });
  };
}

describe("docs/polling.md", () => {
  it("has exactly the snippets this file runs", () => {
    const page = readFileSync("docs/polling.md", "utf8");
    // The blocks after a "<!-- snippet: name -->" marker run as printed (the last test).
    const blocks = [...page.matchAll(/(<!-- snippet: [\w-]+ -->\n)?```ts\n([\s\S]*?)\n```/g)].filter((m) => !m[1]).map((m) => m[2]);
    const self = readFileSync(fileURLToPath(import.meta.url), "utf8");
    const copies = [...self.matchAll(/\/\/ snippet\n([\s\S]*?)\n\s*\/\/ end snippet/g)].map((m) => dedent(m[1]!));
    expect(blocks.length).toBe(8);
    expect(copies).toEqual(blocks);
  });

  it("waits for an identification", async () => {
    const { kyc, clock, lines, console } = setUp(statuses("bank", "pending", "authorization_required"));
    await clock.drive(
      (async () => {
        // snippet
        const result = await waitForIdentification(kyc, { person_id, id }, { timeoutMs: 15 * 60_000 });
        switch (result.state) {
          case "reached":
            console.log(`${result.identification.id}: ${result.status} (${result.reason})`);
            break;
          case "timed_out":
            console.log(`still ${result.last?.status} after 15 minutes`);
            break;
          case "aborted":
            console.log("stopped by the caller");
            break;
        }
        // end snippet
      })(),
    );
    expect(lines).toEqual([`${IDENT}: authorization_required (partner_action)`]);
  });

  it("authorizes a bank identification, then waits on", async () => {
    const before = statuses("bank", "pending", "authorization_required");
    const after = statuses("bank", "confirmation_required", "confirmed", "successful");
    let authorized = false;
    const { kyc, clock, lines, console, requests } = setUp((request) => {
      if (request.method === "PATCH") {
        authorized = true;
        return json({ id: IDENT, method: "bank", status: "confirmation_required" });
      }
      return authorized ? after() : before();
    });
    await clock.drive(
      (async () => {
        // snippet
        const ids = { person_id, id, method: "bank" } as const;
        const before = await waitForIdentification(kyc, ids, { timeoutMs: 30 * 60_000 });
        if (before.state === "reached" && before.status === "authorization_required") {
          await kyc.PATCH("/v1/persons/{person_id}/identifications/{id}/authorize", { params: { path: { person_id, id } } });
          const after = await waitForIdentification(kyc, ids, { timeoutMs: 30 * 60_000 });
          if (after.state === "reached" && after.reason === "final") console.log(`bank identification ${after.status}`);
        }
        // end snippet
      })(),
    );
    expect(lines).toEqual(["bank identification successful"]);
    expect(requests.map((r) => r.method)).toEqual(["GET", "GET", "PATCH", "GET", "GET", "GET"]);
  });

  it("stops earlier with until", async () => {
    const { kyc, clock, lines, console } = setUp(
      // A bank identification to its QES confirmation, then an IDnow one until its URL is there.
      statuses("bank", "confirmation_required", "confirmed", { method: "idnow", status: "pending" }, { method: "idnow", status: "pending", url: IDNOW_URL }),
    );
    await clock.drive(
      (async () => {
        // snippet
        const confirmed = await waitForIdentification(kyc, { person_id, id }, { timeoutMs: 10 * 60_000, until: ["confirmed"] });
        if (confirmed.state === "reached" && confirmed.reason === "until") console.log(`QES ${confirmed.status}`);

        const withUrl = await waitForIdentification(
          kyc,
          { person_id, id },
          {
            timeoutMs: 60_000,
            until: (_, identification) => identification.url != null,
          },
        );
        if (withUrl.state === "reached") console.log(`send the customer to ${withUrl.identification.url}`);
        // end snippet
      })(),
    );
    expect(lines).toEqual(["QES confirmed", `send the customer to ${IDNOW_URL}`]);
  });

  it("takes every option", async () => {
    const { kyc, clock, lines, console } = setUp(statuses("idnow", "pending"));
    await clock.drive(
      (async () => {
        // snippet
        const controller = new AbortController();
        const result = await waitForIdentification(
          kyc,
          { person_id, id },
          {
            timeoutMs: 5 * 60_000,
            minDelayMs: 2_000,
            maxDelayMs: 20_000,
            signal: controller.signal,
            onProgress: (status, attempt) => {
              console.log(`attempt ${attempt}: ${status}`);
              if (status === "pending" && attempt >= 3) controller.abort();
            },
          },
        );
        console.log(result.state);
        // end snippet
      })(),
    );
    expect(lines).toEqual(["attempt 1: pending", "attempt 2: pending", "attempt 3: pending", "aborted"]);
    expect(clock.sleeps).toEqual([2_000, 3_000]); // the manual clock's random() is 0.5
  });

  it("keeps polling past a status the spec does not list", async () => {
    const { kyc, clock, lines, console } = setUp(statuses("idnow", "pending", "video_call_scheduled"));
    await clock.drive(
      (async () => {
        // snippet
        const result = await waitForIdentification(kyc, { person_id, id }, { timeoutMs: 60_000 });
        if (result.state === "timed_out") console.log(`gave up at ${result.last?.status}`);
        // end snippet
      })(),
    );
    expect(lines).toEqual(["gave up at video_call_scheduled"]);
  });

  it("waits for an identification session", async () => {
    let index = 0;
    const { kyc, clock, lines, console } = setUp(() =>
      json({
        id: identification_session_id,
        status: ["pending", "successful"][Math.min(index++, 1)],
        url: "https://x.test/s",
        callback_url: "https://x.test/cb",
        identification_methods: ["idnow"],
      }),
    );
    await clock.drive(
      (async () => {
        // snippet
        const session = await waitForIdentificationSession(kyc, { person_id, identification_session_id }, { timeoutMs: 30 * 60_000 });
        if (session.state === "reached") console.log(`session ${session.session.id}: ${session.status} (${session.reason})`);
        // end snippet
      })(),
    );
    expect(lines).toEqual([`session ${identification_session_id}: successful (final)`]);
  });

  const listed = [
    { id: `${"1".repeat(32)}cidt`, method: "idnow", status: "failed" },
    { id: `${"2".repeat(32)}cidt`, method: "bank", status: "successful" },
    { id: `${"3".repeat(32)}cidt`, method: "bank_id", status: "successful" },
  ];

  it("pages through a person's identifications", async () => {
    const next = `<${BASE_URL}/v1/persons/${PERSON}/identifications?page[number]=2&page[size]=100>; rel="next"`;
    const { kyc, lines, console, requests } = setUp((request) =>
      new URL(request.url).searchParams.get("page[number]") === "1" ? json(listed.slice(0, 2), 200, { Link: next }) : json(listed.slice(2), 200, { Link: "" }),
    );
    // snippet
    for await (const identification of listIdentifications(kyc, { person_id })) {
      if (identification.status === "successful") console.log(`${identification.method} ${identification.id}`);
    }
    // end snippet
    expect(lines).toEqual([`bank ${listed[1]!.id}`, `bank_id ${listed[2]!.id}`]);
    expect(requests).toHaveLength(2);
  });

  it("gives whole pages", async () => {
    const { kyc, lines, console } = setUp((request) => {
      const number = Number(new URL(request.url).searchParams.get("page[number]"));
      return json(number === 1 ? listed.slice(0, 2) : listed.slice(2), 200, { total: "3", per_page: "2" });
    });
    // snippet
    for await (const page of listIdentifications(kyc, { person_id, pageSize: 50 }).pages()) {
      console.log(`page ${page.number}: ${page.identifications.length} of ${page.total ?? "?"}`);
    }
    // end snippet
    expect(lines).toEqual(["page 1: 2 of 3", "page 2: 1 of 3"]);
  });

  // Importing the snippet transforms src/ and msw afresh (about 2 s alone, more on a busy machine).
  it("runs the sandbox flow as printed", { timeout: 60_000 }, async () => {
    await expect(runDocSnippet("docs/polling.md", "sandbox")).resolves.toBeUndefined();
  });
});
