import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;

async function extract(...files: string[]) {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "scripts/extract.ts", ...files], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("extract command", () => {
  const dir = mkdtempSync(join(tmpdir(), "extract-cli-"));
  const txt = join(dir, "a.txt");
  writeFileSync(txt, "Pemkot Cimahi meraih juara pertama Paritrana Award 2024 tingkat nasional.");
  const bin = join(dir, "b.txt");
  writeFileSync(bin, Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80]));
  const html = new URL("../fixtures/extract/award-page.html", import.meta.url).pathname;

  it("prints one JSON line per file, in order, with errors per file and exit 1", {
    timeout: 30_000,
  }, async () => {
    const missing = join(dir, "missing.txt");
    const r = await extract(txt, missing, bin, html);
    expect(r.code).toBe(1);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([txt, missing, bin, html]);
    expect(lines[0]).toMatchObject({ isAwardArticle: true, title: null, publishedAt: null });
    expect(lines[0].records.map((x: { awardee: string; rank: number }) => `${x.awardee} ${x.rank}`)).toEqual([
      "Kota Cimahi 1",
    ]);
    expect(lines[1]).toEqual({ file: missing, error: "file not found" });
    expect(lines[2].error).toMatch(/UTF-8|binary/);
    expect(lines[3]).toMatchObject({ isAwardArticle: true, title: "Klaten Juara Satu Paritrana Award 2024" });
    expect(lines[3].records.map((x: { awardee: string }) => x.awardee)).toEqual(["Kabupaten Klaten"]);
  });

  it("exits 0 when every file is read, and 2 on wrong usage", { timeout: 30_000 }, async () => {
    expect((await extract(txt)).code).toBe(0);
    const none = await extract();
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/usage/);
  });
});
