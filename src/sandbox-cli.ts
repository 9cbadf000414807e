// `solaris-kyc sandbox`: serves the stateful sandbox (solaris-kyc/testing's createKycSandbox) over
// HTTP until SIGINT or SIGTERM. Needs the optional peer dependencies msw and openapi-msw.
import { parseArgs } from "node:util";
import type { CliOutput } from "./webhooks-cli.js";

const SANDBOX_USAGE = `Usage: solaris-kyc sandbox [--port 4010] [--host 127.0.0.1] [--webhook-url <url> --webhook-secret <secret>]
                         [--deliver-twice] [--persons any|seeded] [--auto-advance]

Serves a stateful Solaris KYC sandbox: every operation of the spec, checked as Solaris checks it,
moving identifications and sessions along their lifecycles, sending signed webhooks with Solaris'
retry rules. Point the client's baseUrl (and its tokenUrl, <url>/oauth2/token) at it. Drive the
customer, the provider and the clock with the control API under /__sandbox (docs/sandbox.md).

  --port <n>               the port (default 4010; 0 picks a free one)
  --host <host>            the interface (default 127.0.0.1)
  --webhook-url <url>      POST every webhook here (default: only logged, GET /__sandbox/deliveries)
  --webhook-secret <s>     the signing secret (default: $SOLARIS_WEBHOOK_SECRET, else "solaris-kyc-sandbox")
  --deliver-twice          send every delivered webhook twice, to test deduplication
  --persons any|seeded     "any" (default): every valid person ID exists; "seeded": POST /__sandbox/persons first
  --auto-advance           a sleep on the sandbox clock moves it at once (in-process clients only)

Stops on SIGINT or SIGTERM, or when the process that started it exits (exit status 0); 2 on a usage
error, 1 when it cannot listen.`;

/**
 * SIGINT, SIGTERM, or the parent process going away. npx and `npm exec` run the bin under `sh -c`
 * and exit on SIGTERM without passing it on, which leaves the sandbox to init (its parent changes).
 * `parent` is read when the command starts: read after "listening", a parent that exits as soon as
 * it sees that line could already be gone, and the sandbox would watch init and never stop.
 */
function stopRequested(parent: number): Promise<string> {
  return new Promise((resolve) => {
    const onSigint = () => stop("SIGINT");
    const onSigterm = () => stop("SIGTERM");
    const watch = setInterval(() => {
      if (process.ppid !== parent) stop("the parent process exited");
    }, 250);
    const stop = (why: string) => {
      clearInterval(watch);
      process.off("SIGINT", onSigint);
      process.off("SIGTERM", onSigterm);
      resolve(why);
    };
    process.once("SIGINT", onSigint);
    process.once("SIGTERM", onSigterm);
  });
}

const isHttpUrl = (value: string) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);

function parseSandboxArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      "webhook-url": { type: "string" },
      "webhook-secret": { type: "string" },
      "deliver-twice": { type: "boolean", default: false },
      persons: { type: "string", default: "any" },
      "auto-advance": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
}

export async function runSandboxCli(
  argv: string[],
  io: CliOutput = { out: (l) => console.log(l), err: (l) => console.error(l) },
  stop?: Promise<unknown>,
): Promise<number> {
  const parent = process.ppid;
  let values: ReturnType<typeof parseSandboxArgs>["values"];
  try {
    ({ values } = parseSandboxArgs(argv));
  } catch (error) {
    io.err(`solaris-kyc sandbox: ${(error as Error).message}\n\n${SANDBOX_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(SANDBOX_USAGE);
    return 0;
  }
  const port = Number(values.port);
  const problem =
    !Number.isInteger(port) || port < 0 || port > 65535
      ? `--port "${values.port}" is not a port number (0-65535)`
      : values.persons !== "any" && values.persons !== "seeded"
        ? `--persons "${values.persons}" must be "any" or "seeded"`
        : values["webhook-url"] !== undefined && !isHttpUrl(values["webhook-url"])
          ? `--webhook-url "${values["webhook-url"]}" is not a URL, e.g. http://127.0.0.1:3000/webhooks`
          : undefined;
  if (problem) {
    io.err(`solaris-kyc sandbox: ${problem}\n\n${SANDBOX_USAGE}`);
    return 2;
  }
  const { serveKycSandbox } = await import("./testing/sandbox/http.js");
  const secret = values["webhook-secret"] ?? process.env.SOLARIS_WEBHOOK_SECRET;
  let server: Awaited<ReturnType<typeof serveKycSandbox>>;
  try {
    server = await serveKycSandbox({
      port,
      host: values.host,
      persons: values.persons as "any" | "seeded",
      clock: { autoAdvance: values["auto-advance"] },
      webhooks: { ...(values["webhook-url"] ? { url: values["webhook-url"] } : {}), ...(secret ? { secret } : {}), deliverTwice: values["deliver-twice"] },
    });
  } catch (error) {
    io.err(`solaris-kyc sandbox: cannot listen on ${values.host}:${port}: ${(error as Error).message} (another process on that port? try --port 0)`);
    return 1;
  }
  io.out(`solaris-kyc sandbox: listening on ${server.url} (control API: ${server.url}/__sandbox; webhooks: ${values["webhook-url"] ?? "logged only"})`);
  const signal = await (stop ?? stopRequested(parent));
  await server.close();
  io.out(`solaris-kyc sandbox: stopped (${String(signal)})`);
  return 0;
}
