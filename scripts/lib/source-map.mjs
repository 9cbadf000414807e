// Maps a location in the bundle (dist/openapi.yaml) back to the split file under spec/ that it
// came from, with a line and column, so lint findings name the file a person edits.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import YAML, { LineCounter } from "yaml";
import { escapePointer } from "./json-pointer.mjs";

const SPEC_ROOT = "spec/openapi.yaml";

function readSource(file) {
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(readFileSync(file, "utf8"), { lineCounter });
  return { doc, lineCounter };
}

/** Returns `{ file, line, column, pointer }` in the split spec for a JSON path into the bundle. */
export function sourceLocation(path, root = SPEC_ROOT) {
  const rootDoc = YAML.parse(readFileSync(root, "utf8"));
  let file = root;
  let rest = path.map(String);
  const [section, name] = rest;
  const ref = (section === "paths" || section === "webhooks") && rootDoc?.[section]?.[name]?.$ref;
  if (typeof ref === "string") {
    file = join(dirname(root), ref);
    rest = rest.slice(2);
  } else if (section === "components" && rest.length >= 3) {
    const candidate = join(dirname(root), "components", rest[1], `${rest[2]}.yaml`);
    if (existsSync(candidate)) [file, rest] = [candidate, rest.slice(3)];
  }
  const { doc, lineCounter } = readSource(file);
  // Walk as deep as the source file goes: the rest may continue through a $ref in another file.
  let depth = rest.length;
  let node = depth ? doc.getIn(rest, true) : doc.contents;
  while (!node && depth > 0) node = doc.getIn(rest.slice(0, --depth), true);
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = lineCounter.linePos(offset);
  const pointer = `#/${rest.slice(0, depth).map(escapePointer).join("/")}`;
  return { file: relative(process.cwd(), file), line, column: col, pointer };
}
