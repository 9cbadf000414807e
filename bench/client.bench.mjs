// The client's costs, as ratios measured in one run:
//   1. per-request overhead of createKycClient (auth, retry, logging on) vs bare openapi-fetch and
//      raw fetch, over an in-memory fetch;
//   2. runtime size, min+gzip with esbuild, openapi-fetch included (what loads with the entry; the
//      lazily imported validators apart); and the size of the solaris-kyc/validators entry;
//   3. type-check time of a consumer importing the package's types vs an empty consumer.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const run = promisify(execFile);
const repo = resolve(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..");
const require = createRequire(join(repo, "package.json"));
/** @param {number[]} values @returns {number} */
const median = (values) => /** @type {number} */ ([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]);
/** @param {number} value */
const round = (value, digits = 2) => Number(value.toFixed(digits));

/**
 * esbuild bundle of one entry, code splitting on as in an app's bundler: what loads with the entry
 * is its file and the chunks it imports statically; a dynamic import() (the validators the client
 * loads only when `validateResponses` is on) is a chunk of its own, reported apart.
 * @param {string} dir @param {string} entry @param {string} name
 */
async function bundleEntry(dir, entry, name) {
  const outdir = join(dir, name);
  const { metafile } = await build({
    entryPoints: { [name]: join(repo, entry) },
    bundle: true,
    minify: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outdir,
    outExtension: { ".js": ".mjs" },
    metafile: true,
    logLevel: "silent",
  });
  /** @type {Record<string, { entryPoint?: string, bytes: number, imports: { kind: string, path: string }[] }>} */
  const outputs = metafile.outputs;
  const entryFile = /** @type {string} */ (Object.keys(outputs).find((file) => outputs[file]?.entryPoint));
  const gzipOf = (/** @type {string} */ file) => gzipSync(readFileSync(resolve(file)), { level: 9 }).length;
  /** @type {Set<string>} */
  const loaded = new Set();
  const visit = (/** @type {string} */ file) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const imported of outputs[file]?.imports ?? []) if (imported.kind === "import-statement" && outputs[imported.path]) visit(imported.path);
  };
  visit(entryFile);
  const lazy = Object.keys(outputs).filter((file) => !loaded.has(file) && !file.endsWith(".map"));
  const sum = (/** @type {Iterable<string>} */ files, /** @type {(file: string) => number} */ size) =>
    [...files].reduce((total, file) => total + size(file), 0);
  return {
    file: resolve(entryFile),
    min: sum(loaded, (file) => outputs[file]?.bytes ?? 0),
    gzip: sum(loaded, gzipOf),
    lazyGzip: sum(lazy, gzipOf),
  };
}

/** @param {string} clientFile @param {(message: string) => void} log */
async function overhead(clientFile, log) {
  const { createKycClient } = await import(pathToFileURL(clientFile).href);
  const { default: createClient } = await import("openapi-fetch");
  const spec = JSON.parse(readFileSync(join(repo, "dist/openapi.json"), "utf8"));
  const example = Object.values(spec.paths["/v1/persons/{person_id}/identifications/{id}"].get.responses["200"].content["application/json"].examples)[0];
  const body = JSON.stringify(spec.components.examples[example.$ref.split("/").pop()].value);
  const token = JSON.stringify({ access_token: "bench-token", expires_in: 3599, token_type: "bearer" });
  const headers = { "Content-Type": "application/json" };
  const memoryFetch = async (/** @type {Request} */ request) => new Response(request.url.endsWith("/oauth2/token") ? token : body, { status: 200, headers });

  const baseUrl = "https://api.example.test";
  const url = `${baseUrl}/v1/persons/dc1a6812a14f6cc338cd084208535bcdcper/identifications/a7a57dadfcc83117b5c3b72f4113be25cidt`;
  const params = { path: { person_id: "dc1a6812a14f6cc338cd084208535bcdcper", id: "a7a57dadfcc83117b5c3b72f4113be25cidt" } };
  const bare = /** @type {import("openapi-fetch").Client<import("../generated/schema.js").paths>} */ (createClient({ baseUrl, fetch: memoryFetch }));
  let logged = 0;
  const kyc = createKycClient({
    baseUrl,
    auth: { clientId: "id", clientSecret: "secret", tokenUrl: "https://auth.example.test/oauth2/token" },
    timeoutMs: 10_000,
    retry: { maxAttempts: 3 },
    fetch: memoryFetch,
    logger: () => logged++,
  });
  const contenders = {
    raw: async () => {
      const response = await memoryFetch(new Request(url, { headers: { Authorization: "Bearer bench-token" } }));
      return response.json();
    },
    "openapi-fetch": () => bare.GET("/v1/persons/{person_id}/identifications/{id}", { params, headers: { Authorization: "Bearer bench-token" } }),
    createKycClient: () => kyc.GET("/v1/persons/{person_id}/identifications/{id}", { params }),
  };
  /** @type {Record<string, number[]>} */
  const perRequest = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  const batch = 2_000;
  for (const fn of Object.values(contenders)) for (let i = 0; i < batch; i++) await fn(); // warm-up
  // Interleaved rounds, so drift (GC, CPU frequency) hits every contender alike.
  const rounds = 21;
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(contenders)) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < batch; i++) await fn();
      perRequest[name]?.push(Number(process.hrtime.bigint() - start) / 1e3 / batch);
    }
  }
  if (logged === 0) throw new Error("the logger was never called: logging was not on");
  const us = /** @type {Record<"raw" | "openapi-fetch" | "createKycClient", number>} */ (
    Object.fromEntries(Object.entries(perRequest).map(([name, values]) => [name, median(values)]))
  );
  log(
    `per request (median of ${rounds} rounds x ${batch}): raw fetch ${round(us.raw)} µs, openapi-fetch ${round(us["openapi-fetch"])} µs, createKycClient ${round(us.createKycClient)} µs`,
  );
  // Ratios per round (contenders measured back to back), then the median: steadier on a busy machine.
  const ratio = (/** @type {string} */ a, /** @type {string} */ b) => median((perRequest[a] ?? []).map((value, i) => value / (perRequest[b]?.[i] ?? NaN)));
  return { vsBare: ratio("createKycClient", "openapi-fetch"), vsRaw: ratio("createKycClient", "raw") };
}

/** @param {string} dir @param {(message: string) => void} log */
async function typeCheck(dir, log) {
  // A consumer project whose node_modules/solaris-kyc is this repo (its exports: dist/lib, built by build:lib).
  const project = join(dir, "consumer");
  mkdirSync(join(project, "node_modules"), { recursive: true });
  symlinkSync(repo, join(project, "node_modules", "solaris-kyc"), "dir");
  const tsconfig = (/** @type {string} */ file) =>
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        noEmit: true,
        skipLibCheck: true,
        types: [],
        lib: ["ES2022", "DOM"],
      },
      files: [file],
    });
  writeFileSync(join(project, "empty.ts"), "export {};\n");
  writeFileSync(
    join(project, "consumer.ts"),
    `import { createKycClient } from "solaris-kyc";
import type { IdentificationSession, Identification } from "solaris-kyc";
const kyc = createKycClient({ baseUrl: "https://api.solaris-sandbox.de", auth: { getToken: async () => "t" } });
export async function main(): Promise<[IdentificationSession | undefined, Identification | undefined]> {
  const a = await kyc.POST("/v1/persons/{person_id}/identification_sessions", { params: { path: { person_id: "p" } }, body: { identification_methods: ["idnow"] } });
  const b = await kyc.GET("/v1/persons/{person_id}/identifications/{id}", { params: { path: { person_id: "p", id: "i" } } });
  return [a.data, b.data];
}
`,
  );
  writeFileSync(join(project, "tsconfig.empty.json"), tsconfig("empty.ts"));
  writeFileSync(join(project, "tsconfig.consumer.json"), tsconfig("consumer.ts"));
  const tsc = require.resolve("typescript/bin/tsc");
  /** @type {{ empty: number[], consumer: number[] }} */
  const times = { empty: [], consumer: [] };
  for (let i = 0; i < 9; i++) {
    for (const name of /** @type {const} */ (["empty", "consumer"])) {
      const start = process.hrtime.bigint();
      await run(process.execPath, [tsc, "-p", `tsconfig.${name}.json`], { cwd: project }).catch((error) => {
        throw new Error(`tsc failed on the ${name} consumer:\n${error.stdout}${error.stderr}`);
      });
      if (i > 0) times[name].push(Number(process.hrtime.bigint() - start) / 1e6); // first round warms the disk cache
    }
  }
  const ms = { empty: median(times.empty), consumer: median(times.consumer) };
  log(`tsc --noEmit (median of 8): empty consumer ${round(ms.empty, 0)} ms, consumer importing solaris-kyc ${round(ms.consumer, 0)} ms`);
  return ms;
}

/** @param {{ log: (message: string) => void }} context */
export default async function clientBench({ log }) {
  const dir = mkdtempSync(join(tmpdir(), "solaris-kyc-bench-"));
  try {
    log("building: npm run build:lib (the type-check bench uses the published .d.ts)");
    await run(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "build:lib"], { cwd: repo });
    const client = await bundleEntry(dir, "src/index.ts", "client");
    const gzip = client.gzip;
    log(
      `esbuild bundle of src/index.ts (openapi-fetch included, node: builtins external, splitting on): ${client.min} B min, ${gzip} B min+gzip loaded with the entry; ${client.lazyGzip} B min+gzip in lazy chunks (the validators, loaded only when validation is on)`,
    );
    const validators = await bundleEntry(dir, "src/validators.ts", "validators");
    log(`esbuild bundle of src/validators.ts (solaris-kyc/validators, Ajv's runtime helpers included): ${validators.min} B min, ${validators.gzip} B min+gzip`);
    const clientFile = client.file;
    const { vsBare, vsRaw } = await overhead(clientFile, log);
    const ms = await typeCheck(dir, log);
    const typeRatio = ms.consumer / ms.empty;
    return [
      { name: "request overhead vs bare openapi-fetch", value: `${round(vsBare)}x`, unit: "", target: "<= 1.15x", ok: vsBare <= 1.15 },
      { name: "request overhead vs raw fetch", value: `${round(vsRaw)}x`, unit: "", target: "(for scale)" },
      { name: "runtime size, min+gzip", value: round(gzip / 1024), unit: "kB", target: "<= 10 kB", ok: gzip <= 10 * 1024 },
      { name: "validators entry size, min+gzip", value: round(validators.gzip / 1024), unit: "kB", target: "(own entry, for scale)" },
      { name: "type-check time vs empty consumer", value: `${round(typeRatio)}x`, unit: "", target: "<= 1.25x", ok: typeRatio <= 1.25 },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
