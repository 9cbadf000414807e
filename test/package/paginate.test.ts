// The paginator against a fake fetch serving hand-written pages with the spec's pagination
// headers (`Link`, `total`, `per_page`), each case with the one header that decides where it stops.
import { describe, expect, it } from "vitest";
import { setupServer } from "msw/node";
import { KycApiError, createKycClient, listIdentifications } from "../../src/index.js";
import { createKycSandbox } from "../../src/testing/index.js";
import { BASE_URL, PERSON, envelope, fakeFetch, json, rejection } from "./helpers.js";

const identification = (n: number) => ({ id: `${String(n).padStart(32, "0")}cidt`, method: "idnow", status: "successful" });
const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => identification(from + i));
const link = (...relations: string[]) =>
  relations.map((rel) => `<${BASE_URL}/v1/persons/${PERSON}/identifications?page[number]=9&page[size]=2>; rel="${rel}"`).join(", ");

/** A client whose list answers the given pages in order; records each request's page[number] and page[size]. */
function serving(pages: Response[]) {
  const served = fakeFetch((_request, index) => pages[index]?.clone() ?? json({ errors: [] }, 500));
  const kyc = createKycClient({ baseUrl: BASE_URL, auth: { getToken: async () => "token" }, fetch: served.fetch, retry: { maxAttempts: 1 } });
  const requested = () =>
    served.apiCalls.map((call) => {
      const url = new URL(call.url);
      return [url.pathname, url.searchParams.get("page[number]"), url.searchParams.get("page[size]")].join(" ");
    });
  return { kyc, requested };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe("listIdentifications", () => {
  it("follows Link rel=next, sending page[number] and page[size], and stops on the page without it", async () => {
    const { kyc, requested } = serving([
      json(ids(1, 2), 200, { Link: link("first", "next", "last") }),
      json(ids(3, 4), 200, { Link: link("first", "prev", "next", "last") }),
      json(ids(5, 5), 200, { Link: link("first", "prev", "last") }),
    ]);
    const listed = await collect(listIdentifications(kyc, { person_id: PERSON, pageSize: 2 }));
    expect(listed.map((i) => i.id)).toEqual(ids(1, 5).map((i) => i.id));
    const path = `/v1/persons/${PERSON}/identifications`;
    expect(requested()).toEqual([`${path} 1 2`, `${path} 2 2`, `${path} 3 2`]);
  });

  it("without Link, stops at the total header", async () => {
    const headers = { total: "4", per_page: "2" };
    const { kyc, requested } = serving([json(ids(1, 2), 200, headers), json(ids(3, 4), 200, headers), json(ids(5, 6), 200, headers)]);
    expect(await collect(listIdentifications(kyc, { person_id: PERSON, pageSize: 2 }))).toHaveLength(4);
    expect(requested()).toHaveLength(2);
  });

  it("without either header, stops at a short page or an empty one; per_page says what full is", async () => {
    const short = serving([json(ids(1, 2)), json(ids(3, 3)), json(ids(4, 5))]);
    expect(await collect(listIdentifications(short.kyc, { person_id: PERSON, pageSize: 2 }))).toHaveLength(3);
    const empty = serving([json(ids(1, 2)), json([]), json(ids(3, 4))]);
    expect(await collect(listIdentifications(empty.kyc, { person_id: PERSON, pageSize: 2 }))).toHaveLength(2);
    // The server gives 10 a page when 100 were asked for: a full page of 10 is not the last.
    const capped = serving([json(ids(1, 10), 200, { per_page: "10" }), json(ids(11, 13), 200, { per_page: "10" })]);
    expect(await collect(listIdentifications(capped.kyc, { person_id: PERSON }))).toHaveLength(13);
    expect(capped.requested()[0]).toMatch(/ 1 100$/);
  });

  it("pages() gives each page with its number, total and answer", async () => {
    const { kyc } = serving([
      json(ids(1, 2), 200, { total: "3", per_page: "2", Link: link("next") }),
      json(ids(3, 3), 200, { total: "3", per_page: "2", Link: link("prev") }),
    ]);
    const pages = await collect(listIdentifications(kyc, { person_id: PERSON, pageSize: 2 }).pages());
    expect(pages.map((p) => [p.number, p.identifications.length, p.total, p.response.status])).toEqual([
      [1, 2, 3, 200],
      [2, 1, 3, 200],
    ]);
  });

  it("fetches a page only when the loop asks for it", async () => {
    const { kyc, requested } = serving([json(ids(1, 2), 200, { Link: link("next") }), json(ids(3, 4), 200, { Link: link("next") })]);
    for await (const found of listIdentifications(kyc, { person_id: PERSON, pageSize: 2 })) {
      expect(found.id).toBe(identification(1).id);
      break;
    }
    expect(requested()).toHaveLength(1);
  });

  it("throws an error answer as KycApiError error_response", async () => {
    const { kyc } = serving([json(ids(1, 2), 200, { Link: link("next") }), json(envelope(403, "unauthorized_action"), 403)]);
    const error = await rejection(collect(listIdentifications(kyc, { person_id: PERSON, pageSize: 2 })));
    expect(error).toBeInstanceOf(KycApiError);
    expect(error).toMatchObject({ code: "error_response", status: 403, path: `/v1/persons/${PERSON}/identifications` });
    expect((error as Error).message).toContain(
      "listIdentifications stopped: the API answered 403 (unauthorized_action: Some error: Something went wrong); check the client's credentials and scope",
    );
  });

  it("stops when the signal aborts, with KycApiError aborted", async () => {
    const { kyc, requested } = serving([json(ids(1, 2), 200, { Link: link("next") }), json(ids(3, 4))]);
    const controller = new AbortController();
    const seen: string[] = [];
    const error = await rejection(
      (async () => {
        for await (const found of listIdentifications(kyc, { person_id: PERSON, pageSize: 2, signal: controller.signal })) {
          seen.push(found.id);
          controller.abort();
        }
      })(),
    );
    expect(error).toMatchObject({ name: "KycApiError", code: "aborted" });
    expect(seen).toHaveLength(2); // the first page is read to its end; the second is never asked for
    expect(requested()).toHaveLength(1);
  });

  it("refuses a page size the API does not take", () => {
    const { kyc } = serving([]);
    expect(() => listIdentifications(kyc, { person_id: PERSON, pageSize: 0 })).toThrow(
      "listIdentifications: pageSize must be an integer from 1 to 1000 (page[size]), got 0",
    );
  });

  it("reads every identification the sandbox holds, page by page (its Link, total and per_page)", async () => {
    const sandbox = createKycSandbox();
    const server = setupServer(...sandbox.handlers);
    server.listen({ onUnhandledRequest: "error" });
    try {
      const kyc = createKycClient({ baseUrl: "https://api.solaris-sandbox.de", auth: { getToken: async () => "token" }, clock: sandbox.clock });
      const created: string[] = [];
      for (let i = 0; i < 23; i++) {
        const { data } = await kyc.POST("/v1/persons/{person_id}/identifications", { params: { path: { person_id: PERSON } }, body: { method: "idnow" } });
        created.push(data!.id);
      }
      const pages = await collect(listIdentifications(kyc, { person_id: PERSON, pageSize: 10 }).pages());
      expect(pages.map((page) => [page.number, page.identifications.length, page.total])).toEqual([
        [1, 10, 23],
        [2, 10, 23],
        [3, 3, 23],
      ]);
      expect(pages.flatMap((page) => page.identifications.map((i) => i.id)).sort()).toEqual(created.sort());
    } finally {
      server.close();
    }
  });
});
