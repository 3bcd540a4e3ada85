import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;

async function read(...files: string[]) {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "scripts/read.ts", ...files], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("read command", () => {
  const table = new URL("../fixtures/pages/winners-table/page.html", import.meta.url).pathname;

  it("prints what the reader takes from each page, one JSON line per file, errors per file", {
    timeout: 30_000,
  }, async () => {
    const r = await read(table, "no-such-page.html");
    expect(r.code).toBe(1);
    const [page, missing] = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(Object.keys(page)).toEqual(["file", "title", "publishedAt", "text"]);
    expect(page).toMatchObject({
      file: table,
      title: "Daftar Pemenang Paritrana Award Jawa Timur 2024",
      publishedAt: "2024-08-21T15:00:00+07:00",
    });
    expect(page.text).toContain("\nTerbaik 1\tKabupaten Banyuwangi\n");
    expect(page.text).not.toContain("Kota Malang"); // the comments' table
    expect(missing).toEqual({ file: "no-such-page.html", error: "file not found" });
  });

  it("exits 2 on wrong usage", { timeout: 30_000 }, async () => {
    const none = await read();
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/usage/);
  });
});
