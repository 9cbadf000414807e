// The built API reference (dist/docs/index.html) in a real browser: Debian's Chromium driven by
// playwright-core, the page served from 127.0.0.1. Everything it expects comes from the bundled
// spec, so new operations, webhooks and examples are checked without touching this file.
import { mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleOrThrow } from "../../scripts/lib/spec/bundle.mjs";
import { operations, resolveNode } from "../../scripts/lib/spec/oas.mjs";
import { renderDocs } from "../../scripts/lib/build/steps/docs.mjs";
import { until, waitingFor } from "../support/waiting.js";
import { launchChromium } from "./browser.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const SHOTS = `${root}test-results`;
// Redoc's "API docs by Redocly" badge: the only request the page may make off the machine.
const ATTRIBUTION_LOGO = /^https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg$/;

type Examples = Record<string, { summary?: string; value?: unknown }>;
type Operation = {
  summary: string;
  tags?: string[];
  requestBody?: { content?: Record<string, { examples?: Examples }> };
};
type Entry = { kind: "operation" | "webhook"; where: string; op: Operation };

/** Every operation and webhook, in the order the page lists them (the document's). */
function specEntries(doc: Record<string, any>): Entry[] {
  const order = [...Object.keys(doc.paths ?? {}), ...Object.keys(doc.webhooks ?? {})];
  const walked = operations(doc, { webhooks: true }).sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  return walked.map(({ kind, key, method, op }) => ({
    kind: kind === "webhooks" ? "webhook" : "operation",
    where: kind === "webhooks" ? key : `${method.toUpperCase()} ${key}`,
    op: op as Operation,
  }));
}

/** Leaf strings of a JSON value, as the JSON viewer prints them (quoted). */
function quotedStrings(value: unknown): string[] {
  if (typeof value === "string") return [JSON.stringify(value)];
  if (value && typeof value === "object") return Object.values(value).flatMap(quotedStrings);
  return [];
}

/** Follows an internal $ref (the bundle keeps shared components under #/components). */
const deref = <T>(value: T): T => resolveNode(spec, value, "(docs test)");

/** The first request example pair in the spec whose second example shows a string the first lacks. */
function exampleSwitch(entries: Entry[]) {
  for (const entry of entries) {
    for (const media of Object.values(deref(entry.op.requestBody)?.content ?? {})) {
      const [first, second] = Object.values(media.examples ?? {}).map(deref);
      if (!first?.summary || !second?.summary) continue;
      const firstText = JSON.stringify(first.value);
      const marker = quotedStrings(second.value)
        .filter((s) => s.length > 4 && !firstText.includes(s))
        .sort((a, b) => a.length - b.length)[0];
      if (marker) return { entry, first: first.summary, second: second.summary, marker };
    }
  }
  throw new Error("no operation in dist/openapi.json has two request examples that differ in a string value");
}

let spec: Record<string, any>;
let server: Server;
let baseUrl: string;
let browser: Browser;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  browser = await launchChromium(); // first: a missing Chromium says how to install it
  // The page the build writes to dist/docs/index.html, made here in memory from a fresh bundle.
  const bundled = await bundleOrThrow();
  spec = bundled.doc;
  const html = (await renderDocs(bundled.yaml))["dist/docs/index.html"];
  mkdirSync(SHOTS, { recursive: true });

  server = createServer((req, res) => {
    // Redoc routes with the URL hash, so the page itself is the only thing to serve.
    if (req.url === "/" || req.url === "/index.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  context.on("request", (request) => requests.push(request.url()));
  // Nothing leaves loopback, not even the allowed logo: it is recorded, then aborted.
  await context.route(
    (url) => url.protocol.startsWith("http") && url.hostname !== "127.0.0.1",
    (route) => route.abort(),
  );
  // No Playwright budget: every wait below is for an event, limited only by the test's timeout.
  context.setDefaultTimeout(0);
  page = await context.newPage();
  await loadPage();
});

/**
 * Opens the page and waits until React has hydrated it: build-docs serves the page pre-rendered,
 * so the sidebar is on screen before it answers a click. React marks a hydrated node with its
 * own `__reactProps$…` key.
 */
async function loadPage(): Promise<void> {
  await page.goto(baseUrl, { waitUntil: "load" });
  await waitingFor("Redoc to hydrate the page", () =>
    page.waitForFunction(() => {
      const label = document.querySelector('[data-testid="menu-item-label"]');
      return label !== null && Object.keys(label).some((key) => key.startsWith("__reactProps$"));
    }),
  );
}

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

const menuItem = (label: string) =>
  page
    .getByTestId("menu-item-label")
    .filter({ has: page.locator(`span[data-text=${JSON.stringify(label)}]`) })
    .first();

// Headings hold a deep-link anchor whose aria-label changes their accessible name, so match their
// text; a webhook's heading also holds its "Webhook" tag.
const heading = (text: string) =>
  page
    .locator("h1, h2")
    .filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(Webhook)?$`) })
    .filter({ visible: true })
    .first();

/** Opens a sidebar group (a tag) unless it is open: its chevron points down when it is. */
async function expandGroup(tag: string): Promise<void> {
  const label = menuItem(tag);
  const chevron = await waitingFor(`the sidebar group "${tag}"`, () =>
    label.locator('svg[data-component-name*="Chevron"]').getAttribute("data-component-name"),
  );
  if (chevron?.includes("ChevronDown")) return;
  await label.click();
  await waitingFor(`the sidebar group "${tag}" to open`, () => label.locator('svg[data-component-name*="ChevronDown"]').waitFor());
}

/** Opens an operation's page from the sidebar, expanding its tag group first. */
async function open(entry: Entry): Promise<void> {
  const tag = entry.op.tags?.[0];
  if (!tag) throw new Error(`${entry.where} has no tag, so the sidebar has no group to open`);
  await expandGroup(tag);
  const item = menuItem(entry.op.summary);
  await waitingFor(`"${entry.op.summary}" (${entry.where}) in the sidebar group "${tag}"`, () => item.waitFor());
  // A DOM click on the link: Redoc's sticky group headers can cover items near the sidebar's edge.
  await item.evaluate((li) => (li.closest("a") as HTMLAnchorElement).click());
  await waitingFor(`"${entry.op.summary}" to become the active sidebar item`, () =>
    page
      .getByTestId("menu-item-label")
      .and(page.locator('[data-active="true"]'))
      .filter({ has: page.locator(`span[data-text=${JSON.stringify(entry.op.summary)}]`) })
      .first()
      .waitFor(),
  );
  await waitingFor(`the heading "${entry.op.summary}" (${entry.where})`, () => heading(entry.op.summary).waitFor());
}

describe("API reference in Chromium (dist/docs/index.html)", () => {
  it("renders every operation and every webhook of the bundled spec", async () => {
    const entries = specEntries(spec);
    expect(entries.filter((e) => e.kind === "operation").length).toBeGreaterThan(0);
    for (const entry of entries) {
      await open(entry);
      if (entry.kind === "webhook") {
        // A webhook's heading carries the "Webhook" tag and its name (e.g. IDENTIFICATION) heads its payload panel.
        await waitingFor(`the "Webhook" tag in the heading of ${entry.where}`, () => heading(entry.op.summary).getByText("Webhook", { exact: true }).waitFor());
        await waitingFor(`the payload panel named ${entry.where}`, () =>
          page.getByText(entry.where, { exact: true }).filter({ visible: true }).first().waitFor(),
        );
      }
    }
  });

  it("switches an operation's named request examples", async () => {
    const { entry, first, second, marker } = exampleSwitch(specEntries(spec));
    await open(entry);
    // The request payload panel comes first; its example selector is labelled "Example".
    const panel = page
      .getByTestId("panel-body")
      .filter({ has: page.getByRole("button", { name: "Example" }), visible: true })
      .first();
    const selector = panel.getByRole("button", { name: "Example" });
    const viewer = panel.getByTestId("json-viewer");
    // The panel renders after the heading: wait for the selector to show the first example.
    // Locators resolve anew on each call, and Redoc may re-render the panel meanwhile: poll.
    await until(`the example selector to show "${first}"`, async () => (await selector.innerText()) === first);
    expect(await viewer.innerText()).not.toContain(marker);

    await selector.click();
    await page.getByRole("menuitem", { name: second, exact: true }).first().click();
    await until(`the example selector to show "${second}"`, async () => (await selector.innerText()) === second);
    await until(`the JSON viewer to show ${marker}`, async () => (await viewer.innerText()).includes(marker));
    await page.screenshot({ path: `${SHOTS}/docs-example-switched.png` });
  });

  it("draws each lifecycle as a state diagram: who acts on each arrow, inferred steps dashed", async () => {
    const methods = deref(spec.components.schemas.IdentificationMethod).enum as string[];
    const figures = page.locator("figure.kyc-lifecycle");
    // Redoc renders the sections below the first screen lazily: go to the tag, then wait for all.
    await open(specEntries(spec).find((e) => e.op.tags?.[0] === "Person identifications")!);
    await until("two lifecycle figures or more", async () => (await figures.count()) >= 2);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const drawn = async () => (await figures.evaluateAll((all) => all.map((f) => f.getAttribute("data-methods") ?? ""))).flatMap((m) => m.split(" ")).sort();
    const expected = [...methods, "session"].sort();
    let seen: string[] = [];
    await until(
      () => `a figure for each of ${expected.join(", ")} (drawn: ${seen.join(", ")})`,
      async () => JSON.stringify((seen = await drawn())) === JSON.stringify(expected),
    );
    for (const figure of await figures.all()) {
      const image = figure.locator("img");
      await until("each lifecycle diagram to load", () => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 100));
    }

    // Bankident, from the guide and Solaris' SDK: the partner authorizes, the customer confirms the
    // OTP (documented, solid); an expiry lapsing is inferred (dashed). Read from the drawn SVG.
    const bank = page.locator('figure.kyc-lifecycle[data-methods="bank"]');
    const edges = await bank.locator("img").evaluate(async (img: HTMLImageElement) => {
      const svg = new DOMParser().parseFromString(await (await fetch(img.src)).text(), "image/svg+xml");
      return Array.from(svg.querySelectorAll("g.edge")).map((g) => ({
        label: Array.from(g.querySelectorAll("text"))
          .map((t) => t.textContent)
          .join(" "),
        kind: g.getAttribute("class"),
        dashed: g.querySelector("path")?.getAttribute("stroke-dasharray") !== null,
      }));
    });
    const edge = (label: string) => edges.find((e) => e.label === label);
    expect(edge("partner: authorizeIdentification")).toEqual({ label: "partner: authorizeIdentification", kind: "edge documented", dashed: false });
    expect(edge("customer: qes.otp_confirmed")).toMatchObject({ kind: "edge documented", dashed: false });
    expect(edge("time: authorization_expires_at")).toMatchObject({ kind: "edge inferred", dashed: true });
    await bank.scrollIntoViewIfNeeded();
    await bank.screenshot({ path: `${SHOTS}/docs-lifecycle-bank.png` });
  });

  it("makes no request off loopback except Redoc's attribution logo", async () => {
    await loadPage();
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: `${SHOTS}/docs.png`, fullPage: false });
    expect(requests).toContain(baseUrl);
    const offLoopback = requests.filter((url) => {
      const { protocol, hostname } = new URL(url);
      return protocol.startsWith("http") && hostname !== "127.0.0.1" && !ATTRIBUTION_LOGO.test(url);
    });
    expect(offLoopback).toEqual([]);
  });
});
