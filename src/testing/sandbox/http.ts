// The sandbox over HTTP: Node's HTTP server hands each request to the same MSW handlers (msw's
// getResponse), so there is no second implementation. A small control API under /__sandbox/
// lets a test in any language act as the customer, the provider and time.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { getResponse, type HttpHandler } from "msw";
import { createKycSandbox, type KycSandbox, type KycSandboxOptions } from "./index.js";

/** The reserved path prefix of the control API; no operation of the spec lives under it. */
export const CONTROL_PREFIX = "/__sandbox";

export interface ServeKycSandboxOptions extends Omit<KycSandboxOptions, "baseUrl"> {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
}

export interface KycSandboxServer {
  /** e.g. http://127.0.0.1:4010: the base URL for the client (and its token URL, `${url}/oauth2/token`). */
  url: string;
  sandbox: KycSandbox;
  /** Stops accepting connections, ends open ones and cancels the sandbox's timers. */
  close(): Promise<void>;
}

class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

// The body is read whole into a Buffer and the Request built from it: no bridge between Node's
// stream and a web stream per request.
const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on("error", reject);
  });

function toRequest(req: IncomingMessage, origin: string, body: Buffer): Request {
  // Node's raw [name, value, name, value, ...]: the Request makes its one Headers from the pairs.
  const headers: [string, string][] = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
  const method = req.method ?? "GET";
  return new Request(new URL(req.url ?? "/", origin), {
    method,
    headers,
    ...(method === "GET" || method === "HEAD" || body.length === 0 ? {} : { body: new Uint8Array(body) }),
  });
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

const sendJson = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(status === 204 ? undefined : JSON.stringify(body));
};

const object = (body: Buffer): Record<string, unknown> => {
  if (body.length === 0) return {};
  try {
    const parsed = JSON.parse(body.toString("utf8"));
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed;
  } catch {
    // falls through to the error below
  }
  throw new ControlError(400, "the body must be a JSON object");
};

const text = (value: unknown, name: string): string => {
  if (typeof value !== "string" || value === "") throw new ControlError(400, `"${name}" is required (a string)`);
  return value;
};

/** The control API; see docs/sandbox.md. */
async function control(sandbox: KycSandbox, method: string, path: string, body: Buffer): Promise<[number, unknown]> {
  const route = `${method} ${path.slice(CONTROL_PREFIX.length) || "/"}`;
  // Every control call first lets the webhook attempts in flight finish: what it reports is settled.
  await sandbox.settled();
  if (route === "POST /simulate") {
    const { id, event, set } = object(body);
    try {
      return [200, await sandbox.simulate(text(id, "id"), text(event, "event"), set && typeof set === "object" ? { set } : {})];
    } catch (error) {
      if (error instanceof ControlError) throw error;
      throw new ControlError(409, (error as Error).message);
    }
  }
  if (route === "POST /clock/advance") {
    const { by } = object(body);
    try {
      await sandbox.clock.advance(by as never);
    } catch (error) {
      throw new ControlError(400, (error as Error).message);
    }
    await sandbox.settled();
    return [200, { now: new Date(sandbox.clock.now()).toISOString() }];
  }
  if (route === "GET /clock") return [200, { now: new Date(sandbox.clock.now()).toISOString() }];
  if (route === "GET /deliveries") return [200, sandbox.deliveries];
  if (route === "POST /persons") {
    const { id } = object(body);
    try {
      return [201, { id: sandbox.seedPerson(id === undefined ? undefined : text(id, "id")) }];
    } catch (error) {
      throw new ControlError(400, (error as Error).message);
    }
  }
  if (route === "POST /reset") {
    sandbox.reset();
    return [204, undefined];
  }
  const resource = /^GET \/resources\/([^/]+)$/.exec(route);
  if (resource) {
    const found = sandbox.find(resource[1]!);
    if (!found) throw new ControlError(404, `no identification or session "${resource[1]}" in the sandbox`);
    return [200, { resource: found, history: sandbox.history(resource[1]!) }];
  }
  throw new ControlError(
    404,
    `no control route ${route}; the routes are: POST /simulate, POST /clock/advance, GET /clock, GET /deliveries, POST /persons, POST /reset, GET /resources/{id} (all under ${CONTROL_PREFIX})`,
  );
}

interface Route {
  handler: HttpHandler;
  method: string;
  path: RegExp;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Each handler's method and path as a RegExp, built once. msw's getResponse tries the handlers in
 * turn and each compiles its path and parses the request again; over HTTP a request goes only to
 * the handler its method and path select (the sandbox's handlers match any origin: `*` then the path).
 */
function routesOf(handlers: HttpHandler[]): Route[] {
  return handlers.flatMap((handler) => {
    const { method, path } = handler.info;
    if (typeof method !== "string" || typeof path !== "string" || !path.startsWith("*/")) return [];
    const pattern = path
      .slice(1)
      .split("/")
      .map((segment) => (segment.startsWith(":") ? "[^/]+" : escapeRegExp(segment)))
      .join("/");
    return [{ handler, method, path: new RegExp(`^${pattern}/?$`) }];
  });
}

/** Serves a new sandbox over HTTP. The handlers match any origin, so the token call goes to the same server. */
export async function serveKycSandbox(options: ServeKycSandboxOptions = {}): Promise<KycSandboxServer> {
  const { port = 4010, host = "127.0.0.1", ...sandboxOptions } = options;
  const sandbox = createKycSandbox({ ...sandboxOptions, baseUrl: "*" });
  const routes = routesOf(sandbox.handlers);
  let origin = "";
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const path = new URL(req.url ?? "/", origin).pathname;
      if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) {
        try {
          const [status, answer] = await control(sandbox, req.method ?? "GET", path, body);
          return sendJson(res, status, answer);
        } catch (error) {
          if (error instanceof ControlError) return sendJson(res, error.status, { error: error.message });
          throw error;
        }
      }
      const request = toRequest(req, origin, body);
      const route = routes.find((one) => one.method === req.method && one.path.test(path));
      // Should msw not match where the table did, every handler gets its turn, as in process.
      const response = (route && (await getResponse([route.handler], request))) ?? (await getResponse(sandbox.handlers, request));
      if (response) return writeResponse(res, response);
      sendJson(res, 404, {
        errors: [
          {
            id: "route_not_found",
            status: 404,
            code: "route_not_found",
            title: "Route Not Found",
            detail: `No operation of the spec is ${req.method} ${path}.`,
          },
        ],
      });
    })().catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: `sandbox: ${(error as Error).message}` });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  origin = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
  return {
    url: origin,
    sandbox,
    close: () =>
      new Promise<void>((resolve, reject) => {
        sandbox.reset();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
