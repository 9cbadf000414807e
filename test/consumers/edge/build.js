// Bundles one entry for the web platform: a Node built-in anywhere in its graph fails the build.
// usage: node build.js <name>   (src/<name>.js to dist/<name>.js)
import { build } from "esbuild";

const name = process.argv[2];
await build({
  entryPoints: [`src/${name}.js`],
  outfile: `dist/${name}.js`,
  bundle: true,
  platform: "browser",
  format: "iife",
  globalName: "entry",
  logLevel: "warning",
});
