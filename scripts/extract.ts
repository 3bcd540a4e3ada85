// `npm run --silent extract -- FILE...`: one JSON line per file, as ../shared/spec/records.md fixes.
// A file that cannot be read prints an error line and the run goes on; exit 1 if any did, 2 on misuse.
import { readFile } from "node:fs/promises";
import { parseHTML } from "linkedom";
import { extractAwards } from "../lib/extract/index";
import { readArticle } from "../lib/page/article-text";

const USAGE = "usage: npm run --silent extract -- FILE... (.txt or .html)";
const MAX_BYTES = 20 * 1024 * 1024;

type Line = Record<string, unknown>;

async function processFile(file: string): Promise<Line> {
  const lower = file.toLowerCase();
  const isHtml = lower.endsWith(".html") || lower.endsWith(".htm");
  if (!isHtml && !lower.endsWith(".txt")) throw new Error("unsupported file type: expected .txt or .html");
  const bytes = await readFile(file);
  if (bytes.length > MAX_BYTES) throw new Error(`file too large: ${bytes.length} bytes (limit ${MAX_BYTES})`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error("not valid UTF-8 text");
  }
  if (text.includes("\u0000")) throw new Error("binary content, not text");
  let title: string | null = null;
  let publishedAt: string | null = null;
  if (isHtml) {
    const { document } = parseHTML(text);
    const article = readArticle(document as unknown as Document);
    ({ text, title, publishedAt } = article);
  }
  const result = extractAwards(text, { title, publishedAt });
  return {
    file,
    isAwardArticle: result.isAwardArticle,
    score: result.score,
    title,
    publishedAt,
    records: result.records,
  };
}

async function main(): Promise<number> {
  const files = process.argv.slice(2).filter((a) => a !== "--");
  if (files.length === 0 || files.some((f) => f === "-h" || f === "--help")) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const unknownFlag = files.find((f) => f.startsWith("-"));
  if (unknownFlag) {
    process.stderr.write(`unknown option ${unknownFlag}\n${USAGE}\n`);
    return 2;
  }
  let failed = false;
  for (const file of files) {
    let line: Line;
    try {
      line = await processFile(file);
    } catch (e) {
      failed = true;
      const err = e as NodeJS.ErrnoException;
      const message =
        err.code === "ENOENT"
          ? "file not found"
          : err.code === "EISDIR"
            ? "is a directory"
            : err.code === "EACCES"
              ? "permission denied"
              : err.message || String(e);
      line = { file, error: message };
    }
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  },
);
