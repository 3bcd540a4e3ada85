// Property tests: whatever text a page holds, extraction neither throws nor hangs, every evidence
// span points at its own quote, every record passes the shared schema, and time grows linearly.
// `extractAwardsUnguarded` is the extractor without its safety net, so a bug shows as a throw here
// instead of being swallowed into an empty result.
import fc from "fast-check";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { extractAwards, extractAwardsUnguarded } from "../../lib/extract/index";
import { mentionsAward } from "../../lib/extract/quick-check";
import { readArticle } from "../../lib/page/article-text";
import { ExtractedRecord } from "../../lib/records/schema";

// Award vocabulary, numbers in every form, and the characters pages really contain.
const VOCABULARY = [
  "peringkat",
  "juara",
  "Juara",
  "JUARA",
  "kategori",
  "Kategori",
  "Kabupaten",
  "Kota",
  "Desa",
  "Provinsi",
  "Pemkab",
  "Pemkot",
  "Pemprov",
  "Paritrana",
  "Award",
  "Paritrana Award",
  "PARITRANA AWARD",
  "paritrana",
  "tahun",
  "tahun 2024",
  "2023",
  "2024",
  "2099",
  "1999",
  "I",
  "II",
  "III",
  "IV",
  "XIV",
  "MMXXIV",
  "Ⅲ",
  "pertama",
  "kedua",
  "ketiga",
  "ke-",
  "ke-2",
  "harapan",
  "terbaik",
  "meraih",
  "menerima",
  "diraih",
  "nominasi",
  "yakni",
  "dan",
  "(",
  ")",
  ",",
  ".",
  ":",
  ";",
  "/",
  "-",
  "“",
  "”",
  "PT",
  "Tbk",
  "BPR",
  "Rumah Sakit",
  "badan usaha",
  "sektor",
  "skala besar",
  "BPJS Ketenagakerjaan",
  "tingkat nasional",
  "tingkat provinsi",
  "Jawa Timur",
  "Bali",
  "Gianyar",
  "Klaten",
  "Kepulauan Bangka Belitung",
  "Baca juga",
  "\n",
  "\r\n",
  "\t",
  "\u00a0", // non-breaking space
  "\u200b", // zero-width space
  "\u200d", // zero-width joiner
  "\ufeff",
  "\u00ad", // soft hyphen
  "\ud800", // unpaired high surrogate
  "\udfff", // unpaired low surrogate
  "😀",
  "日本語",
  "العربية",
  "Ελληνικά",
  "кириллица",
  "１２３",
  "٣٤",
  "e\u0301",
];
const SEPARATORS = [" ", " ", " ", "", "\n", "\u00a0", "\u200b", ". ", ", ", "\t", "  "];

const word = fc.constantFrom(...VOCABULARY);
const separator = fc.constantFrom(...SEPARATORS);
/** Award-like prose: vocabulary words with random separators. */
const awardish = fc
  .array(fc.tuple(word, separator), { maxLength: 300 })
  .map((parts) => parts.map(([w, s]) => w + s).join(""));
/** Any UTF-16 code units, lone surrogates included. */
const codeUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 400,
});
/** A long run of one thing: digits, Roman numerals, a word, punctuation. */
const longRun = fc
  .tuple(
    fc.constantFrom("9", "2024", "1", "XIV", "III ", "juara ", "ke-", "(", ".", "I.", "Kabupaten ", "\u200b"),
    fc.integer({ min: 100, max: 5000 }),
    fc.option(word, { nil: "" }),
  )
  .map(([unit, n, tail]) => unit.repeat(n) + tail);
const anyText = fc.oneof(awardish, codeUnits, longRun, fc.string({ unit: "binary", maxLength: 300 }));
/** Mixtures: pieces of each kind glued together. */
const mixed = fc.array(anyText, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(""));

function checkExtraction(text: string, title?: string, publishedAt: string | null = "2024-08-08") {
  const context = title === undefined ? {} : { title, publishedAt };
  const result = extractAwardsUnguarded(text, context);
  expect(typeof result.isAwardArticle).toBe("boolean");
  expect(Number.isFinite(result.score)).toBe(true);
  for (const record of result.records) {
    const parsed = ExtractedRecord.safeParse(record);
    if (!parsed.success) throw new Error(`record refused by schema: ${JSON.stringify(record)}`);
    expect(text.slice(record.evidence.start, record.evidence.end)).toBe(record.evidence.quote);
  }
  // The guarded entry point gives the same answer (nothing was thrown and swallowed).
  expect(extractAwards(text, context)).toEqual(result);
  return result;
}

const RUNS = { numRuns: 100 };

describe("extractAwards on any text", () => {
  it("never throws, and every record parses with a span that matches its quote (award-like prose)", () => {
    fc.assert(
      fc.property(awardish, (text) => {
        checkExtraction(text);
      }),
      RUNS,
    );
  });

  it("never throws on random code units, long runs and mixtures, with any title and date", () => {
    const date = fc.oneof(
      fc.constant(null),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.constantFrom("2024", "Kamis, 8 Agustus 2024", "2099-99-99", "0000", "not a date"),
      anyText,
    );
    fc.assert(
      fc.property(
        mixed,
        fc.option(fc.oneof(awardish, anyText), { nil: undefined }),
        date,
        (text, title, at) => {
          checkExtraction(text, title, at);
        },
      ),
      RUNS,
    );
  });

  it("still finds a plainly stated award among any surrounding noise", () => {
    const sentence = "Pemerintah Kabupaten Klaten meraih juara pertama Paritrana Award 2024.";
    fc.assert(
      fc.property(mixed, mixed, (before, after) => {
        const text = `${before}\n\n${sentence}\n\n${after}`;
        const result = checkExtraction(text);
        const at = text.indexOf(sentence);
        // The record from our sentence: its evidence lies inside the sentence.
        const ours = result.records.filter(
          (r) => r.evidence.start >= at && r.evidence.end <= at + sentence.length,
        );
        expect(ours.map((r) => [r.awardee, r.awardeeType, r.rank])).toContainEqual([
          "Kabupaten Klaten",
          "kabupaten",
          1,
        ]);
      }),
      { numRuns: 40 },
    );
  });

  it("finishes 'juara' repeated a million times (a generous bound only a hang would break)", () => {
    for (const text of ["juara ".repeat(1_000_000), "juara".repeat(1_000_000)]) {
      const started = performance.now();
      const result = extractAwardsUnguarded(text, { title: "Paritrana Award 2024" });
      expect(performance.now() - started).toBeLessThan(30_000);
      expect(result.records).toEqual([]);
    }
  }, 90_000);

  it("takes time roughly linear in the text's length (sanity check; real figures are in the bench)", () => {
    // Sixteen times the text must not take sixty-four times as long: a quadratic step would take
    // 256 times, a linear one 16, so the margin leaves room for a busy machine.
    const samples = fc
      .sample(mixed, { numRuns: 3, seed: 7 })
      .concat([
        "Kabupaten Klaten meraih juara pertama Paritrana Award 2024 kategori Pemerintah Kabupaten. ",
        "juara I II III IV 2024 (PT Contoh Tbk, Desa Contoh, Kota Contoh) ",
        "9".repeat(5000),
        "XIV ".repeat(2000),
      ]);
    const once = (text: string) => {
      const started = performance.now();
      extractAwardsUnguarded(text, {});
      return performance.now() - started;
    };
    for (const sample of samples) {
      if (sample.length === 0) continue;
      // About 20 KB, then 320 KB, measured in turns so that a burst of load on the machine
      // slows both alike; the fastest of three runs of each counts.
      const base = sample.repeat(Math.max(1, Math.ceil(20_000 / sample.length)));
      const big = base.repeat(16);
      let small = Number.POSITIVE_INFINITY;
      let large = Number.POSITIVE_INFINITY;
      for (let round = 0; round < 3; round++) {
        small = Math.min(small, once(base));
        large = Math.min(large, once(big));
      }
      // Below ~15 ms timer and GC noise dominate; the floor keeps the ratio meaningful.
      expect(large, `sample ${JSON.stringify(sample.slice(0, 40))}`).toBeLessThan(64 * Math.max(small, 15));
    }
  }, 60_000);
});

// An article in our own words, to check that the way spaces are written changes nothing.
const ARTICLE = [
  "Pemerintah Kabupaten Klaten meraih juara pertama Paritrana Award 2024 tingkat Provinsi Jawa Tengah. " +
    "Juara kedua diraih Kabupaten Sragen, sedangkan Kota Salatiga meraih juara ketiga.",
  "Kategori Desa",
  "Desa Karangrejo menjadi juara I. PT Sumber Makmur Abadi Tbk meraih peringkat pertama kategori usaha besar.",
].join("\n");
const fields = (text: string) =>
  extractAwardsUnguarded(text, { title: "Paritrana Award 2024" }).records.map(
    ({ evidence: _evidence, ...rest }) => rest,
  );

describe("how spaces are written", () => {
  it("non-breaking, thin and zero-width spaces and soft hyphens between words change no record", () => {
    const plain = fields(ARTICLE);
    expect(plain.map((r) => r.awardee)).toEqual(
      expect.arrayContaining(["Kabupaten Klaten", "Kabupaten Sragen", "Kota Salatiga", "Desa Karangrejo"]),
    );
    const space = fc.constantFrom(
      " ",
      "\u00a0",
      " \u200b",
      "\u200b ",
      "\u2009",
      "\u00a0\u200d",
      " \u00ad",
      "\u202f",
    );
    const words = ARTICLE.split(" ");
    fc.assert(
      fc.property(fc.array(space, { minLength: words.length, maxLength: words.length }), (spaces) => {
        const text = words.reduce((out, word, i) => (i === 0 ? word : out + spaces[i - 1] + word), "");
        checkExtraction(text, "Paritrana Award 2024");
        expect(fields(text)).toEqual(plain);
      }),
      { numRuns: 40 },
    );
  });
});

describe("mentionsAward on any text", () => {
  it("never throws, answers a boolean, and agrees with a plain search for the name", () => {
    fc.assert(
      fc.property(mixed, (text) => {
        const answer = mentionsAward(text);
        expect(typeof answer).toBe("boolean");
        if (/\bparitrana\b/i.test(text)) expect(answer).toBe(true);
      }),
      { numRuns: 200 },
    );
    const started = performance.now();
    expect(mentionsAward("paritranx".repeat(1_000_000))).toBe(false);
    expect(mentionsAward(`${"a".repeat(5_000_000)} Paritrana`)).toBe(true);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

// HTML-ish strings: tags from a news page, broken ones included, with random text between them.
const TAGS = [
  "<p>",
  "</p>",
  "<div>",
  "</div>",
  "<article>",
  "</article>",
  "<main>",
  "<br>",
  "<li>",
  "<ul>",
  "<script>",
  "</script>",
  "<style>",
  "<template>",
  '<div class="baca-juga">',
  '<div hidden aria-hidden="true">',
  '<nav role="navigation">',
  "<table><tr><td>",
  '<span itemprop="articleBody">',
  "<svg><text>",
  "<!--",
  "-->",
  "<![CDATA[",
  "<title>",
  '<meta property="og:title" content="',
  '<meta property="article:published_time" content="2024-08-08">',
  '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"',
  '"}]}</script>',
  "<",
  ">",
  "&amp;",
  "&nbsp;",
  "&#xD800;",
  "&#0;",
  '"',
  "'",
];
const htmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TAGS),
      word,
      codeUnits.map((s) => s.slice(0, 20)),
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(""));

describe("readArticle on any HTML-ish string", () => {
  it("never throws, and gives text the extractor accepts", () => {
    fc.assert(
      fc.property(htmlish, (html) => {
        const doc = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`)
          .document as unknown as Document;
        const article = readArticle(doc);
        expect(typeof article.text).toBe("string");
        expect(article.title === null || typeof article.title === "string").toBe(true);
        expect(article.publishedAt === null || typeof article.publishedAt === "string").toBe(true);
        checkExtraction(article.text, article.title ?? undefined);
      }),
      { numRuns: 80 },
    );
  });
});
