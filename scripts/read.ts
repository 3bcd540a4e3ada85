// `npm run --silent read -- FILE.html...`: what the article reader takes from each page, one JSON line
// per file ({"file","title","publishedAt","text"}) — the very reader the lens and `extract` use, so
// a reader can be scored on saved pages (see README, "The article reader").
// A file that cannot be read prints {"file","error"} and the run goes on; exit 1 if any did, 2 on misuse.
import { readFile } from "node:fs/promises";
import { parseHTML } from "linkedom";
import { readArticle } from "../lib/page/article-text";

const USAGE = "usage: npm run --silent read -- FILE.html...";

async function readPage(file: string) {
  let html: string;
  try {
    html = new TextDecoder("utf-8", { fatal: true }).decode(await readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(
      code === "ENOENT" ? "file not found" : code ? `cannot read (${code})` : "not valid UTF-8 text",
    );
  }
  const { document } = parseHTML(html);
  const { title, publishedAt, text } = readArticle(document as unknown as Document);
  return { file, title, publishedAt, text };
}

async function main(): Promise<number> {
  const files = process.argv.slice(2).filter((a) => a !== "--");
  if (files.length === 0 || files.some((f) => f.startsWith("-"))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let failed = false;
  for (const file of files) {
    let line: Record<string, unknown>;
    try {
      line = await readPage(file);
    } catch (e) {
      failed = true;
      line = { file, error: (e as Error).message };
    }
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return failed ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
});
