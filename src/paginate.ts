import type { Identification } from "../generated/schema.js";
import type { KycClient } from "./client.js";
import { errorAnswer } from "./wait.js";

/** One page of a person's identifications, as the API answered it. */
export interface IdentificationPage {
  /** The page's number (`page[number]`), from 1. */
  number: number;
  identifications: Identification[];
  /** The `total` header: the identifications on all pages, when the answer has it. */
  total: number | undefined;
  response: Response;
}

/** `for await` gives each identification; `pages()` gives each page. Either fetches a page only when the loop asks for it. */
export interface IdentificationList extends AsyncIterable<Identification> {
  pages(): AsyncIterableIterator<IdentificationPage>;
}

export interface ListIdentificationsOptions {
  person_id: string;
  /** `page[size]`: identifications per request. Default 100 (the API's default is 10, its largest 1000). */
  pageSize?: number;
  /** Stops the listing: the pending request rejects with `KycApiError` code "aborted". */
  signal?: AbortSignal;
}

/**
 * The identifications of a person (GET /v1/persons/{person_id}/identifications), page after page.
 * It stops after the last page: one whose `Link` header has no `rel="next"`; without `Link`, the
 * page that reaches the `total` header; without either, an empty or short page (fewer than
 * `per_page`, or than the size asked for). The spec documents no filter parameter for this list:
 * filter in the loop. An error answer throws `KycApiError` code "error_response".
 */
export function listIdentifications(client: KycClient, options: ListIdentificationsOptions): IdentificationList {
  const { person_id, pageSize = 100, signal } = options;
  if (!(Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= 1000)) {
    throw new TypeError(`listIdentifications: pageSize must be an integer from 1 to 1000 (page[size]), got ${pageSize}`);
  }
  async function* pages(): AsyncIterableIterator<IdentificationPage> {
    for (let number = 1; ; number++) {
      const { data, error, response } = await client.GET("/v1/persons/{person_id}/identifications", {
        params: { path: { person_id }, query: { page: { number, size: pageSize } } },
        signal,
      });
      if (!data) throw errorAnswer("listIdentifications", "GET", `/v1/persons/${person_id}/identifications`, response, error);
      yield { number, identifications: data, total: integerHeader(response, "total"), response };
      if (!hasNextPage(number, pageSize, data.length, response)) return;
    }
  }
  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.identifications;
    },
  };
}

function hasNextPage(number: number, size: number, count: number, response: Response): boolean {
  if (count === 0) return false;
  const link = response.headers.get("Link");
  if (link !== null) return linkRelations(link).has("next");
  const perPage = integerHeader(response, "per_page") ?? size;
  const total = integerHeader(response, "total");
  if (total !== undefined) return number * perPage < total;
  return count >= perPage;
}

function integerHeader(response: Response, name: string): number | undefined {
  const value = response.headers.get(name)?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** The `rel` values of an RFC 8288 Link header (`<url>; rel="next", <url>; rel="last"`). */
function linkRelations(header: string): Set<string> {
  const relations = new Set<string>();
  for (const [, params = ""] of header.matchAll(/<[^>]*>([^<]*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(params);
    for (const value of (rel?.[1] ?? rel?.[2] ?? "").split(/\s+/)) if (value) relations.add(value.toLowerCase());
  }
  return relations;
}
