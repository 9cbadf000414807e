// The main entry in an edge runtime's sandbox (@edge-runtime/vm 5: web APIs only, no process, no
// AbortSignal.any), in process: bundled by esbuild for the neutral platform, evaluated in the VM,
// then a webhook verified and client calls made there, with a fetch and a clock of the VM's own.
import { EdgeVM } from "@edge-runtime/vm";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { examples } from "../../generated/examples.js";
import { signWebhookBody } from "../../src/testing/sign.js";

let vm: EdgeVM;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: ["src/index.ts"],
    bundle: true,
    write: false,
    platform: "neutral",
    format: "iife",
    globalName: "SolarisKyc",
    mainFields: ["module", "main"],
    logLevel: "silent",
  });
  vm = new EdgeVM();
  vm.evaluate(bundle.outputFiles[0]!.text);
}, 60_000);

describe("the main entry in @edge-runtime/vm", () => {
  it("runs in a sandbox without Node's globals and without AbortSignal.any", () => {
    expect(vm.evaluate("[typeof process, typeof AbortSignal.any, typeof crypto.subtle.verify, typeof SolarisKyc.createKycClient]")).toEqual([
      "undefined",
      "undefined",
      "function",
      "function",
    ]);
  });

  it("verifies a webhook with Web Crypto and refuses a tampered one", async () => {
    const body = JSON.stringify(examples.receiveIdentificationWebhook.request.idnow_successful.value);
    vm.context.delivery = {
      headers: { "Solaris-Webhook-Signature": signWebhookBody(body, "whsec-edge"), "Solaris-Webhook-Event-Type": "IDENTIFICATION" },
      body,
    };
    const event = await vm.evaluate("SolarisKyc.parseWebhook(new Headers(delivery.headers), delivery.body, 'whsec-edge')");
    expect(event.type).toBe("IDENTIFICATION");
    expect(event.payload.id).toBe(examples.receiveIdentificationWebhook.request.idnow_successful.value.id);
    const code = await vm.evaluate("SolarisKyc.parseWebhook(delivery.headers, delivery.body + ' ', 'whsec-edge').then(() => 'accepted', (e) => e.code)");
    expect(code).toBe("invalid_signature");
  });

  it("makes client calls through the VM's fetch; timeouts on the clock; the caller's signal combined by hand", async () => {
    vm.context.identification = Object.values(examples.getIdentification.responses["200"])[0]!.value;
    const result = await vm.evaluate(`(async () => {
      // A clock whose waits end at once (the timeout fires as soon as the call waits), and one whose waits never end.
      const instant = { now: () => 0, random: () => 0.5, sleep: () => Promise.resolve() };
      const still = { now: () => 0, random: () => 0.5, sleep: (ms, signal) => new Promise((_, reject) => signal?.addEventListener("abort", () => reject(signal.reason))) };
      const options = { baseUrl: "https://api.example.test", auth: { getToken: async () => "t" } };
      const get = (kyc, init = {}) => kyc.GET("/v1/persons/{person_id}/identifications/{id}", { params: { path: { person_id: "p", id: identification.id } }, ...init });
      const json = () => new Response(JSON.stringify(identification), { status: 200, headers: { "Content-Type": "application/json" } });
      const never = () => new Promise(() => {});
      const ok = await get(SolarisKyc.createKycClient({ ...options, clock: still, fetch: async () => json() }));
      const timedOut = await get(SolarisKyc.createKycClient({ ...options, clock: instant, fetch: never })).then(() => "answered", (e) => e.code);
      const controller = new AbortController();
      const hanging = SolarisKyc.createKycClient({ ...options, clock: still, fetch: () => (queueMicrotask(() => controller.abort()), never()) });
      const aborted = await get(hanging, { signal: controller.signal }).then(() => "answered", (e) => e.code);
      return { id: ok.data.id, timedOut, aborted };
    })()`);
    expect(result).toEqual({ id: vm.context.identification.id, timedOut: "timeout", aborted: "aborted" });
  });
});
