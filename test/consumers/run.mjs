// Consumer test: packs the package, installs the tarball into a fresh project under os.tmpdir(),
// compiles a consumer with `tsc --strict` (importing "solaris-kyc", its types included) and runs
// it against a local server on 127.0.0.1 (token endpoint + one API call). Then installs the same
// tarball into a copy of examples/consumer-app (with msw, openapi-msw, vitest and typescript from
// the registry) and runs its tests, which use only solaris-kyc/testing and the package's bin.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { packPackage } from "./projects.mjs";

const run = promisify(execFile);
const repo = resolve(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "../..");
const tsc = createRequire(join(repo, "package.json")).resolve("typescript/bin/tsc");
const typesNode = JSON.parse(readFileSync(join(repo, "node_modules/@types/node/package.json"), "utf8")).version;
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

const CONSUMER = `import { createKycClient, KycApiError } from "solaris-kyc";
import type { ErrorResponse, IdentificationSession, KycClientOptions } from "solaris-kyc";

const [baseUrl, tokenUrl] = process.argv.slice(2) as [string, string];
const options: KycClientOptions = {
  baseUrl,
  auth: { clientId: "consumer-id", clientSecret: "consumer-secret", tokenUrl },
  timeoutMs: 60_000, // far above a loaded machine: the test never depends on it
  retry: { maxAttempts: 2 },
};
const kyc = createKycClient(options);
const { data, error, response } = await kyc.POST("/v1/persons/{person_id}/identification_sessions", {
  params: { path: { person_id: "dc1a6812a14f6cc338cd084208535bcdcper" } },
  body: { callback_url: "https://example.com/cb", identification_methods: ["idnow"] },
});
if (error) {
  const envelope: ErrorResponse = error;
  throw new Error(\`unexpected \${response.status}: \${envelope.errors[0]?.code}\`);
}
const session: IdentificationSession = data;
const failure = await kyc
  .GET("/v1/persons/{person_id}/identification_sessions/{identification_session_id}", {
    params: { path: { person_id: "dc1a6812a14f6cc338cd084208535bcdcper", identification_session_id: session.id } },
  })
  .then(() => "no error", (e: unknown) => (e instanceof KycApiError ? e.code : "other"));
console.log(JSON.stringify({ id: session.id, status: session.status, failure }));
`;

/** @typedef {{ method: string | undefined, url: string, authorization: string | undefined, body: string }} SeenRequest */

/**
 * A stand-in for the token endpoint and the API: answers the token call and the session creation.
 * @param {unknown} session the body of the 201 answer
 * @returns {Promise<{ server: import("node:http").Server, seen: SeenRequest[], url: string }>}
 */
function startServer(session) {
  /** @type {SeenRequest[]} */
  const seen = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      // An http.Server's request always has a url.
      seen.push({ method: req.method, url: /** @type {string} */ (req.url), authorization: req.headers.authorization, body });
      /** @param {number} status @param {unknown} value */
      const send = (status, value, type = "application/json") => {
        res.writeHead(status, { "Content-Type": type });
        res.end(typeof value === "string" ? value : JSON.stringify(value));
      };
      if (req.url === "/oauth2/token") {
        const basic = `Basic ${Buffer.from("consumer-id:consumer-secret").toString("base64")}`;
        if (req.method !== "POST" || req.headers.authorization !== basic || body !== "grant_type=client_credentials&scope=partners") {
          return send(401, { error: "invalid_client" });
        }
        return send(200, { access_token: "consumer-token", expires_in: 3599, token_type: "bearer" });
      }
      if (req.headers.authorization !== "Bearer consumer-token")
        return send(401, { errors: [{ id: "1", status: 401, code: "invalid_token", title: "Invalid Token" }] });
      if (req.method === "POST" && /^\/v1\/persons\/\w+\/identification_sessions$/.test(req.url ?? "")) return send(201, session);
      return send(200, "<html>not the API</html>", "text/html");
    });
  });
  return new Promise((resolveServer) =>
    server.listen(0, "127.0.0.1", () =>
      resolveServer({ server, seen, url: `http://127.0.0.1:${/** @type {import("node:net").AddressInfo} */ (server.address()).port}` }),
    ),
  );
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), "solaris-kyc-consumer-"));
  let server;
  try {
    console.log("consumer: npm pack (runs prepack: bundle + build:lib)");
    const tarball = await packPackage(work);

    const project = join(work, "project");
    await run("mkdir", ["-p", project]);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "kyc-consumer", private: true, type: "module" }, null, 2));
    console.log(`consumer: installing ${tarball} into ${project}`);
    await run(npm, ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", tarball, `@types/node@${typesNode}`], { cwd: project });
    const installed = JSON.parse(readFileSync(join(project, "node_modules/solaris-kyc/package.json"), "utf8"));
    assert.deepEqual(
      Object.keys(installed.dependencies ?? {}).sort(),
      ["ajv", "ajv-formats", "openapi-fetch"],
      "the runtime dependencies are openapi-fetch and, for the generated validators' helpers, ajv and ajv-formats",
    );
    assert.deepEqual(Object.keys(installed.peerDependencies ?? {}).sort(), ["msw", "openapi-msw"], "msw and openapi-msw are peer dependencies");
    assert.ok(installed.peerDependenciesMeta?.msw?.optional && installed.peerDependenciesMeta?.["openapi-msw"]?.optional, "both optional");

    writeFileSync(join(project, "consumer.ts"), CONSUMER);
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          types: ["node"],
          outDir: "out",
          skipLibCheck: false,
        },
        files: ["consumer.ts"],
      }),
    );
    console.log("consumer: tsc --strict");
    await run(process.execPath, [tsc, "-p", "tsconfig.json", "--strict"], { cwd: project }).catch((error) => {
      throw new Error(`the consumer does not compile:\n${error.stdout}${error.stderr}`);
    });

    const { examples } = await import(join(project, "node_modules/solaris-kyc/dist/lib/generated/examples.js"));
    const session = Object.values(examples.createIdentificationSession.responses["201"])[0].value;
    server = await startServer(session);
    console.log(`consumer: running against ${server.url}`);
    const result = await run(process.execPath, [join(project, "out/consumer.js"), server.url, `${server.url}/oauth2/token`], { cwd: project, timeout: 30_000 });
    const output = JSON.parse(result.stdout.trim());
    assert.deepEqual(output, { id: session.id, status: session.status, failure: "invalid_response" });
    assert.deepEqual(
      server.seen.map((s) => `${s.method} ${s.url.replace(/\/persons\/\w+/, "/persons/:id")}`),
      ["POST /oauth2/token", "POST /v1/persons/:id/identification_sessions", `GET /v1/persons/:id/identification_sessions/${session.id}`],
      "one token call, then the API calls with the cached token",
    );

    // The package's other entries: the bundled spec is importable, ./types is gone (the root has every type), the
    // validators run from the tarball (generated code and Ajv's helpers under Node's ESM loader).
    const check = `import spec from "solaris-kyc/openapi.json" with { type: "json" };
      import { validateRequest } from "solaris-kyc/validators";
      console.log(spec.openapi);
      await import("solaris-kyc/types").then(() => console.log("types has runtime"), (e) => console.log(e.code));
      console.log(JSON.stringify(validateRequest("createIdentificationSession", { path: { person_id: "x" }, body: { identification_methods: ["idnow"] } }).map((p) => p.pointer)));
      await import("solaris-kyc/testing").then(() => console.log("testing loaded without msw"), (e) => console.log(e.message));`;
    writeFileSync(join(project, "entries.mjs"), check);
    const entries = await run(process.execPath, ["entries.mjs"], { cwd: project });
    const [openapi, typesEntry, validated, testingEntry] = entries.stdout.trim().split("\n");
    assert.deepEqual([openapi, typesEntry, validated], ["3.1.0", "ERR_PACKAGE_PATH_NOT_EXPORTED", '["/path/person_id","/path/person_id"]']);
    // msw is imported statically (no top-level await, so require(esm) loads the kit): Node's own error names it.
    assert.match(testingEntry ?? "", /Cannot find package 'msw'/, "importing solaris-kyc/testing without msw names the missing package");

    const app = join(work, "consumer-app");
    cpSync(join(repo, "examples/consumer-app"), app, { recursive: true, filter: (source) => !/[\\/]node_modules([\\/]|$)/.test(source) });
    console.log(`consumer: installing ${tarball} into a copy of examples/consumer-app`);
    await run(npm, ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", tarball], { cwd: app });
    console.log("consumer: examples/consumer-app: npm test (tsc, then vitest with solaris-kyc/testing)");
    const appTests = await run(npm, ["test"], { cwd: app, timeout: 180_000 }).catch((error) => {
      throw new Error(`the example consumer's tests failed:\n${error.stdout}${error.stderr}`);
    });
    const summary = appTests.stdout.replace(/\x1b\[[0-9;]*m/g, "");
    assert.match(summary, /Tests\s+\d+ passed \(\d+\)/, `the example consumer's tests ran:\n${summary}`);

    console.log(
      "consumer: ok (tarball installed, consumer compiled with --strict, token + API calls against 127.0.0.1; examples/consumer-app's tests pass on the kit)",
    );
  } finally {
    server?.server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`consumer: FAILED: ${error.message}`);
  process.exit(1);
});
