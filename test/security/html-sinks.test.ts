// Page-provided text is only ever rendered as text: no source file may use an API that parses a
// string as HTML or runs a string as code. The scan reads the syntax tree (TypeScript's parser), so
// comments don't count and `el["innerHTML"]` or `window.eval(…)` do. Nothing is allowed, not even
// with a constant: a later edit would not notice the constant became page data.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../..", import.meta.url).pathname;
const SCANNED = ["lib", "components", "entrypoints"];

/** Properties and attributes that parse a string as HTML. */
const HTML_SINKS = new Set([
  "innerHTML",
  "outerHTML",
  "insertAdjacentHTML",
  "dangerouslySetInnerHTML",
  "srcdoc",
  "createContextualFragment",
  "setHTMLUnsafe",
  "parseHTMLUnsafe",
]);
/** Calls that run a string as code. */
const TIMERS = new Set(["setTimeout", "setInterval"]);

type Finding = { line: number; what: string };

const nameOf = (node: ts.Node): string | undefined =>
  ts.isIdentifier(node) || ts.isPrivateIdentifier(node) || ts.isStringLiteralLike(node)
    ? node.text
    : undefined;

/** Every use of an HTML or code sink in one source file. */
function findSinks(fileName: string, source: string): Finding[] {
  const kind = fileName.endsWith(".tsx") || fileName.endsWith(".jsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const found: Finding[] = [];
  const report = (node: ts.Node, what: string) =>
    found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, what });

  const visit = (node: ts.Node) => {
    // el.innerHTML, el["innerHTML"], { innerHTML: … }, <div dangerouslySetInnerHTML={…}>
    if (
      (ts.isIdentifier(node) || ts.isStringLiteralLike(node) || ts.isPrivateIdentifier(node)) &&
      HTML_SINKS.has(node.text)
    ) {
      report(node, node.text);
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : ts.isElementAccessExpression(callee)
          ? nameOf(callee.argumentExpression)
          : nameOf(callee);
      const owner =
        ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)
          ? callee.expression.getText(file)
          : "";
      if (name === "eval") report(node, "eval");
      if (name === "Function") report(node, "Function constructor");
      if ((name === "write" || name === "writeln") && /(?:^|\.)document$/.test(owner))
        report(node, `document.${name}`);
      const first = node.arguments?.[0];
      if (
        name &&
        TIMERS.has(name) &&
        first &&
        (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first))
      ) {
        report(node, `${name} with a string`);
      }
    }
    // A reference to eval or Function that is passed around rather than called.
    if (ts.isIdentifier(node) && (node.text === "eval" || node.text === "Function")) {
      const parent = node.parent;
      const isCallee =
        (ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === node;
      const isType = ts.isTypeReferenceNode(parent) || ts.isExpressionWithTypeArguments(parent);
      if (!isCallee && !isType) report(node, node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sourceFiles(dir: string): string[] {
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:[cm]?[jt]sx?|html)$/.test(entry.name) ? [path] : [];
  });
}

/** An HTML file: no inline script or handler, which would also bypass the extension's CSP. */
function findHtmlSinks(source: string): Finding[] {
  const found: Finding[] = [];
  source.split("\n").forEach((line, i) => {
    if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(line)) found.push({ line: i + 1, what: "inline <script>" });
    if (/\son[a-z]+\s*=/i.test(line)) found.push({ line: i + 1, what: "inline event handler" });
    if (/javascript:/i.test(line)) found.push({ line: i + 1, what: "javascript: URL" });
  });
  return found;
}

describe("no HTML or code sinks in the extension's source", () => {
  const files = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir)));

  it("scans the extension's sources (the scan is not empty)", () => {
    const names = files.map((f) => relative(ROOT, f));
    expect(names).toContain("lib/extract/index.ts");
    expect(names.some((n) => n.startsWith("components/"))).toBe(true);
    expect(names.some((n) => n.startsWith("entrypoints/"))).toBe(true);
  });

  it("finds no innerHTML/outerHTML/insertAdjacentHTML/document.write/dangerouslySetInnerHTML/eval/new Function", () => {
    const findings = files.flatMap((file) => {
      const source = readFileSync(file, "utf8");
      const hits = file.endsWith(".html") ? findHtmlSinks(source) : findSinks(file, source);
      return hits.map((hit) => `${relative(ROOT, file)}:${hit.line}: ${hit.what}`);
    });
    expect(findings).toEqual([]);
  });
});

describe("the scan itself", () => {
  it("finds each sink however it is written", () => {
    const cases: [string, string][] = [
      ["el.innerHTML = page;", "innerHTML"],
      ['el["outerHTML"] = page;', "outerHTML"],
      ['el.insertAdjacentHTML("beforeend", page);', "insertAdjacentHTML"],
      ['Object.assign(el, { innerHTML: "<b>x</b>" });', "innerHTML"],
      ["const x = <div dangerouslySetInnerHTML={{ __html: page }} />;", "dangerouslySetInnerHTML"],
      ["document.write(page);", "document.write"],
      ["window.document.writeln(page);", "document.writeln"],
      ["eval(page);", "eval"],
      ["window.eval(page);", "eval"],
      ["const run = eval; run(page);", "eval"],
      ['new Function("return 1");', "Function constructor"],
      ['Function("return 1")();', "Function constructor"],
      ['setTimeout("alert(1)", 10);', "setTimeout with a string"],
      ["frame.srcdoc = page;", "srcdoc"],
      ["range.createContextualFragment(page);", "createContextualFragment"],
    ];
    for (const [source, what] of cases) {
      expect(
        findSinks("case.tsx", source).map((f) => f.what),
        source,
      ).toContain(what);
    }
  });

  it("ignores comments, text and safe look-alikes", () => {
    const source = [
      "// never use innerHTML or eval( here",
      "/* document.write(x) */",
      'const label = "uses textContent, not innerHTML";',
      "el.textContent = page;",
      "setTimeout(() => run(), 10);",
      "type Callback = Function;",
      "const evaluate = (x: number) => x;",
      "stream.write(chunk);",
    ].join("\n");
    // The string "uses textContent, not innerHTML" is not a sink name by itself.
    expect(findSinks("case.ts", source)).toEqual([]);
  });

  it("finds inline scripts and handlers in HTML pages", () => {
    expect(findHtmlSinks('<script>alert(1)</script>\n<button onclick="x()">').map((f) => f.what)).toEqual([
      "inline <script>",
      "inline event handler",
    ]);
    expect(findHtmlSinks('<script type="module" src="./main.tsx"></script>')).toEqual([]);
  });
});
