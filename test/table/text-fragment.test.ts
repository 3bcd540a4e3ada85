import { describe, expect, it } from "vitest";
import { encodeFragmentPart, evidenceLink, textFragment } from "../../lib/table/text-fragment";

describe("text fragment links", () => {
  it("encodes dashes and the fragment's own delimiters", () => {
    expect(encodeFragmentPart("juara ke-2, Bali & NTB")).toBe("juara%20ke%2D2%2C%20Bali%20%26%20NTB");
  });

  it("anchors a short quote with the words around it", () => {
    const link = evidenceLink("https://berita.example/a#komentar", {
      quote: "Desa Sudimara keluar sebagai juara I",
      prefix: "kategori Pemerintah Desa, ",
      suffix: ". Sementara pada kategori usaha kecil",
    });
    expect(link).toBe(
      "https://berita.example/a#:~:text=kategori%20Pemerintah%20Desa%2C-,Desa%20Sudimara%20keluar%20sebagai%20juara%20I,-.%20Sementara%20pada",
    );
  });

  it("keeps prefix and suffix within the quote's paragraph", () => {
    const fragment = textFragment({
      quote: "Kota Denpasar menempati peringkat kedua",
      prefix: "di Denpasar.\n\nPada kategori yang sama, ",
      suffix: ".\n\nUntuk kategori",
    });
    expect(fragment).toBe(
      ":~:text=kategori%20yang%20sama%2C-,Kota%20Denpasar%20menempati%20peringkat%20kedua,-.",
    );
  });

  it("gives a long quote by its first and last words", () => {
    const quote =
      "Pemerintah Kabupaten Tabanan meraih peringkat pertama Paritrana Award 2025 kategori Pemerintah Kabupaten/Kota se-Bali tahun ini";
    const fragment = textFragment({ quote, prefix: "", suffix: "" });
    expect(fragment).toBe(
      ":~:text=Pemerintah%20Kabupaten%20Tabanan%20meraih%20peringkat,Pemerintah%20Kabupaten%2FKota%20se%2DBali%20tahun%20ini",
    );
  });
});
