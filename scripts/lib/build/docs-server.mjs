// Serves dist/docs/index.html on 127.0.0.1 with live reload: open pages listen on a
// Server-Sent Events stream, and a five-line script injected into the served page reloads them.
// Used by `npm run docs:preview` and `npm run dev`.
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { DOCS_FILE } from "./steps/docs.mjs";

const EVENTS = "/__docs-events";
const CLIENT = `<script>
(() => { const events = new EventSource(${JSON.stringify(EVENTS)});
  events.addEventListener("reload", () => location.reload());
  events.addEventListener("build-error", (e) => { console.error(JSON.parse(e.data));
    document.body.insertAdjacentHTML("afterbegin", '<pre style="position:fixed;z-index:9999;inset:0 0 auto;margin:0;padding:1em;background:#b00020;color:#fff;white-space:pre-wrap">docs build failed, see the terminal</pre>'); }); })();
</script>`;

/**
 * Resolves with { url, pages(), reload(), buildFailed(message), stop() } once listening.
 * @param {{ port: number, docsFile?: string }} options
 * @returns {Promise<{ url: string, pages: () => number, reload: () => void, buildFailed: (message: string) => void, stop: () => Promise<Error | undefined> }>}
 */
export function startDocsServer({ port, docsFile = DOCS_FILE }) {
  /** @type {Set<import("node:http").ServerResponse>} */
  const clients = new Set();
  /** @param {string} event @param {string} [data] */
  const send = (event, data = "") => {
    for (const res of clients) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    if (path === EVENTS) {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      res.write(": connected\n\n");
      clients.add(res);
      req.on("close", () => clients.delete(res));
    } else if (path === "/" || path === "/index.html") {
      // Read on every request, so a reload always gets the latest build.
      // Before the last </body>: the inlined Redoc bundle has the string in its own code.
      if (!existsSync(docsFile)) {
        res
          .writeHead(503, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" })
          .end(`<p>No docs built yet: the spec does not lint. This page reloads when it does.</p>${CLIENT}`);
        return;
      }
      const page = readFileSync(docsFile, "utf8");
      const end = page.lastIndexOf("</body>");
      const html = end === -1 ? page + CLIENT : `${page.slice(0, end)}${CLIENT}${page.slice(end)}`;
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(html);
    } else {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found: the docs are at /\n");
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", (error) => reject(new Error(`cannot listen on 127.0.0.1:${port}: ${error.message}`)));
    server.listen(port, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${/** @type {import("node:net").AddressInfo} */ (server.address()).port}/`,
        pages: () => clients.size,
        reload: () => send("reload"),
        buildFailed: (/** @type {string} */ message) => send("build-error", message),
        stop: () =>
          /** @type {Promise<Error | undefined>} */ (
            new Promise((done) => {
              for (const res of clients) res.end();
              server.close(done);
            })
          ),
      }),
    );
  });
}
