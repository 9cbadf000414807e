// Vitest global setup of the "e2e" project: the docs tests need Debian's Chromium, and a newcomer
// or CI on a fresh machine does not install it by hand (browser.ts says when the tests may).
import { installChromium } from "./browser.js";

export default function setup() {
  const said = installChromium();
  if (said) console.log(said);
}
