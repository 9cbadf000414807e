// The Solaris stand-in of the `verify --workflows` tests: the sandbox over HTTP (serveKycSandbox),
// behind a small proxy that does what Solaris does and the sandbox leaves to its users (only the
// client's own credentials get a token, only tokens it issued and that have not expired are
// accepted) and, on request, breaks the contract one way each (BREAKS) for verify's negative
// tests. It records each request ("METHOD /path"), each token it issued and each 401 it answered.
// Expiry is an event, not a clock: with `firstTokenExpired`, the first token is issued with
// `expires_in: 0` and refused from then on, so a client must fetch another before its first call.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { serveKycSandbox } from "../../src/testing/index.js";

export const BREAKS = {
  statusOutsideEnum: "getIdentification answers a status outside the enum",
  statusJump: "getIdentification answers `confirmed` for an IDnow identification (in the enum, not in its lifecycle)",
  missingRequiredInCreate: "createIdentificationSession answers without the required callback_url",
  wrongStatusOnGet: "getIdentification answers 201 instead of 200",
  idsWithoutSuffix: "every issued ID is 32 hex characters without the type suffix (like kontist/mock-solaris)",
  token401: "the token endpoint refuses every client with 401",
} as const;
export type Break = keyof typeof BREAKS;

export const CLIENT_ID = "verify-test-client";
export const CLIENT_SECRET = "verify-test-secret-4b1d";

const GET_IDENTIFICATION = /^\/v1\/persons\/[^/]+\/identifications\/[^/]+$/;
const SUFFIXED = /\b([0-9a-f]{32})(cidt|ises)\b/g;

const bodyOf = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
};

export async function startSandboxUpstream(options: { breaks?: Break[]; firstTokenExpired?: boolean } = {}) {
  const { breaks = [], firstTokenExpired = false } = options;
  const sandbox = await serveKycSandbox({ port: 0 });
  const requests: string[] = [];
  const tokens = new Set<string>();
  const expired = new Set<string>();
  const refused: string[] = []; // "METHOD /path" of each API call answered 401
  const suffixes = new Map<string, string>(); // bare ID → its suffix, for idsWithoutSuffix
  const created: { path: string; id: string }[] = [];
  const broken = (name: Break) => breaks.includes(name);

  const server = createServer((req, res) => {
    void (async () => {
      const text = await bodyOf(req);
      const path = new URL(req.url ?? "/", "http://upstream").pathname;
      requests.push(`${req.method} ${path}`);
      const send = (status: number, body: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
      const isToken = req.method === "POST" && path === "/oauth2/token";
      if (isToken) {
        const basic = `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64")}`;
        if (broken("token401") || req.headers.authorization !== basic)
          return send(401, { error: "invalid_client", error_description: "Client authentication failed." });
      } else {
        const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
        if (bearer === undefined || !tokens.has(bearer) || expired.has(bearer)) {
          refused.push(`${req.method} ${path}`);
          return send(401, {
            errors: [
              {
                id: "unauthorized",
                status: 401,
                code: "invalid_token",
                title: "Invalid Token",
                detail: "The access token is missing, expired or was not issued here.",
              },
            ],
          });
        }
      }
      // Requests carry the bare IDs this proxy handed out (and a bare person ID, the caller's input):
      // the sandbox knows them with their suffix.
      const withSuffix = (s: string) =>
        broken("idsWithoutSuffix")
          ? s.replace(/\/persons\/([0-9a-f]{32})(?=\/|$)/, "/persons/$1cper").replace(/\b[0-9a-f]{32}\b/g, (bare) => bare + (suffixes.get(bare) ?? ""))
          : s;
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers))
        if (typeof value === "string" && name !== "host" && name !== "content-length") headers.set(name, value);
      const answer = await fetch(`${sandbox.url}${withSuffix(req.url ?? "/")}`, { method: req.method, headers, ...(text ? { body: withSuffix(text) } : {}) });
      let status = answer.status;
      let out = await answer.text();
      if (isToken && status === 200) {
        const token = JSON.parse(out) as { access_token: string; expires_in: number };
        const expiresAtOnce = firstTokenExpired && tokens.size === 0;
        tokens.add(token.access_token);
        if (expiresAtOnce) expired.add(token.access_token);
        out = JSON.stringify({ ...token, expires_in: expiresAtOnce ? 0 : 3599 });
      }
      const operation = `${req.method} ${GET_IDENTIFICATION.test(path) ? "getIdentification" : path}`;
      if (status < 300 && out.startsWith("{")) {
        const body = JSON.parse(out) as Record<string, unknown>;
        if (status === 201 && typeof body.id === "string") created.push({ path, id: body.id });
        if (operation === "GET getIdentification" && broken("statusOutsideEnum")) body.status = "approved_by_robot";
        if (operation === "GET getIdentification" && broken("statusJump") && body.method === "idnow") body.status = "confirmed";
        if (req.method === "POST" && /\/identification_sessions$/.test(path) && broken("missingRequiredInCreate")) delete body.callback_url;
        if (operation === "GET getIdentification" && broken("wrongStatusOnGet")) status = 201;
        out = JSON.stringify(body);
      }
      if (broken("idsWithoutSuffix")) {
        out = out.replace(SUFFIXED, (_whole, bare: string, suffix: string) => {
          suffixes.set(bare, suffix);
          return bare;
        });
      }
      res.writeHead(status, {
        "content-type": answer.headers.get("content-type") ?? "application/json",
        ...Object.fromEntries(["total", "per_page", "link"].flatMap((h) => (answer.headers.has(h) ? [[h, answer.headers.get(h)!]] : []))),
      });
      res.end(out);
    })().catch((error: unknown) => res.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    tokenUrl: `${url}/oauth2/token`,
    requests,
    /** Every token issued so far. */
    get tokens(): ReadonlySet<string> {
      return new Set(tokens);
    },
    /** Each API call answered 401 ("METHOD /path"). */
    refused,
    /** Each resource a POST created: the request's path and the ID the sandbox gave it. */
    created,
    sandbox: sandbox.sandbox,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sandbox.close();
    },
  };
}
