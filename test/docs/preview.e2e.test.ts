// npm run docs:preview: serves the docs on 127.0.0.1 and reloads an open page after a change in
// the watched folder. The test watches a scratch folder (never spec/) so it edits nothing shared;
// the rebuild it triggers is the real one (bundle + build-docs).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand } from "../support/run-command.js";
import { launchChromium } from "./browser.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const watched = mkdtempSync(join(tmpdir(), "docs-preview-"));
let preview: ChildProcess;
let url: string;
let browser: Browser;
let log = "";

beforeAll(async () => {
  browser = await launchChromium();
  preview = spawn("npm", ["run", "docs:preview", "--", "--port", "0", "--watch-dir", watched], { cwd: root });
  url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /docs preview on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(log);
      if (match?.[1]) resolve(match[1]);
    };
    preview.stdout?.on("data", onData);
    preview.stderr?.on("data", onData); // keep draining both streams
    preview.on("exit", (code) => reject(new Error(`docs:preview exited with ${code}:\n${log}`)));
  });
});

afterAll(async () => {
  await browser?.close();
  if (preview && preview.exitCode === null) {
    const exited = new Promise((resolve) => preview.once("exit", resolve));
    preview.kill("SIGTERM");
    await exited;
  }
  rmSync(watched, { recursive: true, force: true });
});

describe("npm run docs:preview", () => {
  it("serves the docs with the live-reload script on 127.0.0.1", async () => {
    const res = await fetch(url);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("new EventSource(");
    expect(html).toMatch(/Redoc|redoc/);
    expect((await fetch(new URL("nothing-here", url))).status).toBe(404);
  });

  it("rebuilds and reloads the open page when a watched file changes", async () => {
    const page = await browser.newPage();
    const subscribed = page.waitForRequest((request) => request.url().endsWith("/__docs-events"));
    await page.goto(url, { waitUntil: "load" });
    await subscribed;
    // The rebuild takes seconds, far longer than the event stream needs to be registered. No
    // budget of its own (timeout 0): the test's timeout is the only limit.
    const reloaded = page.waitForEvent("load", { timeout: 0 });
    writeFileSync(join(watched, "changed.yaml"), "x: 1\n");
    await reloaded;
    expect(log).toMatch(/rebuilt the docs in \d+ ms, reloading 1 page\(s\)/);
  });
});

describe("npm run docs:preview on a spec that does not bundle", () => {
  it("exits 1 naming the file and line, with no advice about options it does not have", async () => {
    const { copyProject } = await import("../support/scratch-project.mjs");
    const copy = copyProject(["spec", "scripts", "redocly.yaml", "package.json"], "kyc preview ü-");
    try {
      const schema = join(copy.dir, "spec/components/schemas/Language.yaml");
      writeFileSync(schema, readFileSync(schema, "utf8").replace("enum:", "enum: [DE\n  bad: : indent"));
      const run = await runCommand("npm", ["run", "--silent", "docs:preview", "--", "--port", "0"], copy.dir);
      const output = `${run.stdout}${run.stderr}`;
      expect(run.code, output).toBe(1);
      expect(output).toMatch(/spec\/components\/schemas\/Language\.yaml:\d+:\d+ error not valid YAML/);
      expect(output).not.toMatch(/--force/);
    } finally {
      copy.remove();
    }
  });
});
