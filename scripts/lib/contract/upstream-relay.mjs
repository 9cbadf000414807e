// The last hop of `npm run verify`: Prism's validation proxy forwards to this relay, which forwards
// to the server under test. The real access token lives only here: Respect, Prism and their logs
// see a placeholder bearer token, which the relay replaces (a client-credentials token is fetched
// once and again when it expires or the server answers 401). The relay also drops `Prefer` (a mock
// header; Solaris ignores it, and a server that honoured it would answer what the test asked for
// instead of what it really does) and remembers when the server cannot be reached.
import http from "node:http";
import net from "node:net";

/** Why a fetch failed, in a few words: "ECONNREFUSED", "bad port", "timeout". @param {unknown} error */
export function fetchFailure(error) {
  const cause = /** @type {any} */ (error)?.cause;
  if (/** @type {any} */ (error)?.name === "TimeoutError") return "no answer in time";
  return String(cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? /** @type {Error} */ (error)?.message ?? error);
}

/**
 * Opens and closes a TCP connection to the upstream's host and port, so that a wrong URL fails in
 * a moment, before Prism and Respect start. Resolves with why it failed, or undefined.
 * @param {string} upstream @param {number} [timeoutMs] @returns {Promise<string | undefined>}
 */
export function probeUpstream(upstream, timeoutMs = 10_000) {
  const url = new URL(upstream);
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  return new Promise((resolve) => {
    const socket = net.connect({ host: url.hostname.replace(/^\[|\]$/g, ""), port, timeout: timeoutMs });
    const done = (/** @type {string | undefined} */ reason) => {
      socket.destroy();
      resolve(reason === undefined ? undefined : `${url.origin}: ${reason}`);
    };
    socket.once("connect", () => done(undefined));
    socket.once("timeout", () => done("no answer in time"));
    socket.once("error", (/** @type {NodeJS.ErrnoException} */ error) => done(error.code ?? error.message));
  });
}

/** The bearer token Respect and Prism send; replaced by the real one on the way out. */
export const PLACEHOLDER_TOKEN = "set-by-verify";

const HOP_BY_HOP = ["host", "connection", "keep-alive", "content-length", "transfer-encoding", "accept-encoding", "upgrade"];

/** The access token could not be had: bad credentials, an unreachable or odd token endpoint. */
export class AuthError extends Error {}

/**
 * @typedef {{ get: () => Promise<string | undefined>, invalidate: (token: string) => void,
 *   kind: "none" | "token" | "client-credentials", secrets: () => string[] }} TokenSource
 */

/**
 * A fixed token (`--token`), client credentials (Basic auth, `grant_type=client_credentials`,
 * `scope=partners`, as `createKycClient` does) or none.
 * @param {{ token?: string, clientId?: string, clientSecret?: string, tokenUrl?: string, scope?: string,
 *   now?: () => number, timeoutMs?: number }} options
 * @returns {TokenSource}
 */
export function tokenSource({ token, clientId, clientSecret, tokenUrl, scope = "partners", now = Date.now, timeoutMs = 15_000 }) {
  if (clientId || clientSecret || tokenUrl) {
    if (!clientId || !clientSecret || !tokenUrl)
      throw new AuthError(
        "client credentials need all three of --client-id, --client-secret and --token-url (or SOLARIS_CLIENT_ID, SOLARIS_CLIENT_SECRET, SOLARIS_TOKEN_URL)",
      );
    /** @type {{ token: string, expiresAt: number } | undefined} */
    let cached;
    /** @type {Promise<string> | undefined} */
    let pending;
    const issued = new Set();
    const fetchToken = async () => {
      const started = now();
      let response;
      let text;
      try {
        response = await fetch(tokenUrl, {
          method: "POST",
          headers: {
            Authorization: `Basic ${btoa(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`)}`,
            "Content-Type": "application/x-www-form-urlencoded",
            Accept: "application/json",
          },
          body: new URLSearchParams({ grant_type: "client_credentials", scope }).toString(),
          signal: AbortSignal.timeout(timeoutMs),
        });
        text = await response.text();
      } catch (error) {
        throw new AuthError(`the token endpoint ${tokenUrl} could not be reached (${fetchFailure(error)})`);
      }
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      if (!response.ok) {
        const code = typeof body?.error === "string" ? ` (${body.error.slice(0, 60)})` : "";
        throw new AuthError(
          `the token endpoint ${tokenUrl} refused the client credentials with ${response.status}${code}: check --client-id, --client-secret and --token-url`,
        );
      }
      if (typeof body?.access_token !== "string" || body.access_token === "" || typeof body.expires_in !== "number") {
        throw new AuthError(`the token endpoint ${tokenUrl} answered ${response.status} without the documented access_token and expires_in`);
      }
      issued.add(body.access_token);
      const marginS = Math.min(60, body.expires_in * 0.1);
      cached = { token: body.access_token, expiresAt: started + (body.expires_in - marginS) * 1000 };
      return body.access_token;
    };
    return {
      kind: "client-credentials",
      get() {
        if (cached && now() < cached.expiresAt) return Promise.resolve(cached.token);
        pending ??= fetchToken().finally(() => (pending = undefined));
        return pending;
      },
      invalidate(old) {
        if (cached?.token === old) cached = undefined;
      },
      secrets: () => [clientSecret, ...issued],
    };
  }
  return { kind: token ? "token" : "none", get: async () => token, invalidate() {}, secrets: () => (token ? [token] : []) };
}

/**
 * Replaces every occurrence of a secret in `text` by `***`.
 * @param {string} text @param {string[]} secrets
 */
export function redact(text, secrets) {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 4) out = out.split(secret).join("***");
  return out;
}

/**
 * Starts the relay on a free port of 127.0.0.1.
 * @param {{ upstream: string, tokens: TokenSource, timeoutMs?: number, onUnreachable?: (message: string) => void }} options
 * @returns {Promise<{ url: string, unreachable: string[], authFailures: string[], close: () => Promise<void> }>}
 */
export function startRelay({ upstream, tokens, timeoutMs = 30_000, onUnreachable = () => {} }) {
  const base = upstream.replace(/\/$/, "");
  /** @type {string[]} */
  const unreachable = [];
  /** @type {string[]} */
  const authFailures = [];
  const server = http.createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    /** @type {Record<string, string>} */
    const headers = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (HOP_BY_HOP.includes(name) || name === "prefer" || value === undefined) continue;
      headers[name] = Array.isArray(value) ? value.join(", ") : value;
    }
    const bearer = /^Bearer /i.test(headers.authorization ?? "");
    /** @param {string | undefined} token */
    const send = (token) => {
      if (bearer && token) headers.authorization = `Bearer ${token}`;
      return fetch(`${base}${req.url}`, { method: req.method, headers, ...(body ? { body } : {}), redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
    };
    try {
      let token;
      try {
        token = bearer ? await tokens.get() : undefined;
      } catch (error) {
        authFailures.push(/** @type {Error} */ (error).message);
        return void res.writeHead(502, { "content-type": "text/plain" }).end("verify: no access token");
      }
      let answer = await send(token);
      if (answer.status === 401 && token && tokens.kind === "client-credentials") {
        tokens.invalidate(token);
        await answer.arrayBuffer();
        answer = await send(await tokens.get());
      }
      const out = Buffer.from(await answer.arrayBuffer());
      /** @type {Record<string, string>} */
      const outHeaders = {};
      answer.headers.forEach((value, name) => {
        if (!["content-encoding", "transfer-encoding", "connection", "content-length", "keep-alive"].includes(name)) outHeaders[name] = value;
      });
      res.writeHead(answer.status, outHeaders).end(out);
    } catch (error) {
      const message = `${base}: ${fetchFailure(error)}`;
      unreachable.push(message);
      onUnreachable(message);
      res.writeHead(502, { "content-type": "text/plain" }).end("verify: upstream unreachable");
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = /** @type {import("node:net").AddressInfo} */ (server.address());
      resolve({
        url: `http://127.0.0.1:${address.port}`,
        unreachable,
        authFailures,
        close: () => new Promise((done) => (server.closeAllConnections?.(), server.close(() => done()))),
      });
    });
  });
}
