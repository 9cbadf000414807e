// The edge function's bundle runs in @edge-runtime/vm: a sandbox with web APIs only (fetch, Request, Web Crypto),
// no Node built-ins, no AbortSignal.any.
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { EdgeVM } from "@edge-runtime/vm";

/** A fresh sandbox with one bundle loaded; its exports are `entry` inside the sandbox. */
function sandbox(bundle) {
  const vm = new EdgeVM();
  vm.evaluate(readFileSync(`dist/${bundle}.js`, "utf8"));
  return vm;
}

test("the sandbox offers web APIs only", () => {
  const vm = sandbox("webhook-function");
  assert.equal(vm.evaluate("typeof require + typeof process + typeof Buffer"), "undefinedundefinedundefined");
  assert.equal(vm.evaluate("typeof crypto.subtle.sign"), "function");
});

test("the main entry verifies a signed webhook delivery and refuses a wrong signature", async () => {
  const vm = sandbox("webhook-function");
  const body = JSON.stringify({ id: "6f5b0b7e3f9c4f0b9f3a1d2c4e5f6a7bcidt", reference: "ref", status: "successful", method: "idnow" });
  const signature = `sha256=${createHmac("sha256", "whsec-edge-test").update(body).digest("hex")}`;
  const deliver = (signatureHeader) =>
    vm.evaluate(`entry.receiveWebhook(new Request("https://edge.example.com/solaris", {
      method: "POST",
      headers: { "Solaris-Webhook-Event-Type": "IDENTIFICATION", "Solaris-Webhook-Signature": ${JSON.stringify(signatureHeader)} },
      body: ${JSON.stringify(body)},
    })).then(async (response) => ({ status: response.status, text: await response.text() }))`).then((answer) => ({ ...answer })); // a plain object of this realm
  assert.deepEqual(await deliver(signature), { status: 200, text: "IDENTIFICATION 6f5b0b7e3f9c4f0b9f3a1d2c4e5f6a7bcidt" });
  assert.equal((await deliver(`sha256=${"0".repeat(64)}`)).status, 401);
});

test("the main entry's client calls the API through the sandbox's fetch", async () => {
  const vm = sandbox("webhook-function");
  const result = await vm.evaluate(`entry.startSession("dc1a6812a14f6cc338cd084208535bcdcper", async (request) => {
    if (request.headers.get("authorization") !== "Bearer edge-token") return new Response("no token", { status: 401 });
    return Response.json({ id: "4b2f7e1a9c3d4e5f8a6b7c8d9e0f1a2bises", status: "created", reference: null, url: null, method: "idnow" }, { status: 201 });
  })`);
  assert.deepEqual({ ...result }, { status: 201, id: "4b2f7e1a9c3d4e5f8a6b7c8d9e0f1a2bises", code: undefined });
});
