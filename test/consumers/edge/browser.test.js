// The browser bundle runs in @edge-runtime/vm: a sandbox with web APIs only (fetch, Request, Web Crypto),
// no Node built-ins, no AbortSignal.any.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { EdgeVM } from "@edge-runtime/vm";

/** A fresh sandbox with one bundle loaded; its exports are `entry` inside the sandbox. */
function sandbox(bundle) {
  const vm = new EdgeVM();
  vm.evaluate(readFileSync(`dist/${bundle}.js`, "utf8"));
  return vm;
}

test("the validators and examples run in the browser bundle", () => {
  const vm = sandbox("browser");
  assert.match(vm.evaluate("entry.exampleSession.id"), /^[0-9a-f]{32}ises$/);
  assert.deepEqual([...vm.evaluate(`entry.sessionProblems("dc1a6812a14f6cc338cd084208535bcdcper", ["idnow"])`)], []);
  assert.ok(vm.evaluate(`entry.sessionProblems("customer-42", ["idnow"])`).includes("/path/person_id"));
});
