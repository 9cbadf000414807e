// The worker of steps/library.mjs: `tsc -p <project>` with files served from memory.
// The generated/ files come from the main thread in memory (they are not on disk yet), and the
// emitted files go back in memory: the build writes everything only when every step passed.
import { isAbsolute, resolve } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import ts from "typescript";

const { project, files } = workerData;
const memory = new Map(Object.entries(files).map(([path, text]) => [resolve(path), text]));

const configFile = ts.readConfigFile(project, ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, ts.sys.getCurrentDirectory(), undefined, project);
const host = ts.createCompilerHost(parsed.options);
const readFile = host.readFile.bind(host);
const getSourceFile = host.getSourceFile.bind(host);
const abs = (path) => (isAbsolute(path) ? path : resolve(path));
host.fileExists = (path) => memory.has(abs(path)) || ts.sys.fileExists(path);
host.readFile = (path) => memory.get(abs(path)) ?? readFile(path);
host.getSourceFile = (path, language, onError, create) =>
  memory.has(abs(path)) ? ts.createSourceFile(path, memory.get(abs(path)), language) : getSourceFile(path, language, onError, create);

const fileNames = [...new Set([...parsed.fileNames.map(abs), ...[...memory.keys()].filter((f) => f.endsWith(".ts"))])];
const program = ts.createProgram(fileNames, parsed.options, host);
const outputs = {};
const emitted = program.emit(undefined, (path, text) => {
  outputs[path] = text;
});
const diagnostics = [...(configFile.error ? [configFile.error] : []), ...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
const formatHost = { getCanonicalFileName: (f) => f, getCurrentDirectory: ts.sys.getCurrentDirectory, getNewLine: () => "\n" };
parentPort.postMessage({ outputs, outDir: parsed.options.outDir, diagnostics: diagnostics.length ? ts.formatDiagnostics(diagnostics, formatHost) : "" });
