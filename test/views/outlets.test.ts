import { describe, expect, it } from "vitest";
import { outletCount, outletOf } from "../../lib/views/outlets";

describe("outlets", () => {
  it("counts an outlet's regional channels as one outlet", () => {
    expect(outletOf("https://bali.kantor-berita.example/berita/1")).toBe("kantor-berita.example");
    expect(outletOf("https://www.kantor-berita.example/x")).toBe("kantor-berita.example");
    expect(
      outletCount([
        "https://bali.kantor-berita.example/a",
        "https://jatim.kantor-berita.example/b",
        "https://harian-lain.example/c",
      ]),
    ).toBe(2);
  });

  it("keeps Indonesia's second-level domains apart: two regencies' sites are two outlets", () => {
    expect(outletOf("https://www.gianyarkab.go.id/berita")).toBe("gianyarkab.go.id");
    expect(outletCount(["https://gianyarkab.go.id/a", "https://badungkab.go.id/b"])).toBe(2);
    expect(outletOf("https://portal.harian.co.id/x")).toBe("harian.co.id");
  });

  it("takes an address by its host and leaves a numeric host whole", () => {
    expect(outletOf("http://127.0.0.1:8080/berita")).toBe("127.0.0.1");
    expect(outletOf("not a url")).toBe("not a url");
  });
});
