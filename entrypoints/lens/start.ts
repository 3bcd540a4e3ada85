// The part of the content script that only loads on a page naming the award: read the article,
// extract, paint, save, show the card; then follow the page as it re-renders or navigates, for a
// bounded time. Everything it adds to the page is a <style> in <head>, highlights in the registry
// and the <paritrana-lens> host; the page's own nodes are never touched (the Highlight API case).
import { extractAwards } from "@/lib/extract";
import { mentionsAward } from "@/lib/extract/quick-check";
import { anchorQuote } from "@/lib/highlight/anchor";
import { recordSpansIn } from "@/lib/highlight/spans";
import type { MessageOf, MessageType } from "@/lib/messages";
import { type MappedArticle, readArticleMapped } from "@/lib/page/article-text";
import { isListingPage } from "@/lib/page/page-kind";
import { domSpansByLine, type TextMap } from "@/lib/page/text-map";
import { toRecordsToSave } from "@/lib/records/evidence";
import type { RecordToSave, StoredRecord } from "@/lib/records/schema";
import { sendFromPage } from "@/lib/reply";
import { type CardActions, type CardRecord, LensUi } from "./card";
import type { LensLifetime } from "./lifetime";
import { createPainter, type Layer } from "./paint";

// The background parses each message with the record schema; zod stays out of the page's bundle.
const send = <T extends MessageType>(m: MessageOf<T>) =>
  sendFromPage<T>((x) => browser.runtime.sendMessage(x), m);
// Following a page: re-check at most this often, this many times, for this long after the last start.
const SETTLE_MS = 250;
const MAX_RECHECKS = 40;
const FOLLOW_MS = 60_000;

type Item = {
  toSave: RecordToSave;
  stored: StoredRecord | null;
  awardee: Range[];
  rank: Range[];
  evidence: Range[];
  /** Each range with the text it covered when made. */
  painted: [Range, string][];
};

function toRanges(doc: Document, map: TextMap, text: string, start: number, end: number): Range[] {
  return domSpansByLine(map, text, start, end).map((s) => {
    const r = doc.createRange();
    r.setStart(s.startNode, s.startOffset);
    r.setEnd(s.endNode, s.endOffset);
    return r;
  });
}

// Live ranges collapse onto the parent when their text is removed, so "still valid" means: still
// spans the very text it was made for.
const intact = (item: Item) => item.painted.every(([range, text]) => range.toString() === text);

export type Lens = {
  rescan(): void;
  /** Awards shown after the last reading (saved by then), null while reading: the popup asks. */
  found(): number | null;
};

export function startLens(ctx: LensLifetime): Lens {
  const doc = document;
  let observer: MutationObserver | null = null;
  const pause = (fn: () => void) => {
    fn();
    observer?.takeRecords();
  };
  const painter = createPainter(doc, pause);
  let items: Item[] = [];
  let lastText: string | null = null;
  let lastSaved = "";
  let savedReply: StoredRecord[] = [];
  let focused = -1;

  const visible = () => items.filter((i) => i.stored?.status !== "rejected");
  /** Distinct awards shown (two sentences of one award are one). */
  const shownCount = () => new Set(visible().map((i) => i.stored?.id ?? JSON.stringify(i.toSave))).size;
  const cardRecord = (i: Item): CardRecord => {
    const { evidence: _e, ...fields } = i.toSave;
    return { ...fields, ...(i.stored ?? {}), id: i.stored?.id ?? null, status: i.stored?.status ?? null };
  };

  // The card is built on first use, after the highlights are in: its first message lookup costs
  // more than painting does.
  let lensUi: LensUi | null = null;
  let cardPending = false;
  const ui = () => {
    lensUi ??= new LensUi(doc, actions);
    return lensUi;
  };
  const actions: CardActions = {
    async reject(index) {
      const item = visible()[index];
      if (!item?.stored) return;
      const { record } = await send({ type: "reject-record", id: item.stored.id });
      for (const i of items) if (i.stored?.id === record.id) i.stored = record;
      ui().hide();
      repaint();
      await reportCount();
    },
    async correct(index, patch) {
      const item = visible()[index];
      if (!item?.stored) return;
      const { record } = await send({ type: "correct-record", id: item.stored.id, patch });
      for (const i of items) if (i.stored?.id === record.id) i.stored = record;
      ui().setRecords(visible().map(cardRecord));
    },
    async history(index) {
      const item = visible()[index];
      if (!item?.stored) return;
      const { awardee, awardeeType } = item.stored;
      await send({ type: "open-history", awardee, awardeeType });
    },
    select(index) {
      const item = visible()[index];
      focused = index;
      repaint();
      const first = item?.awardee[0] ?? item?.evidence[0];
      if (!first) return null;
      (first.startContainer.parentElement ?? doc.body).scrollIntoView({ block: "center" });
      return first.getBoundingClientRect();
    },
    close() {
      focused = -1;
      repaint();
    },
  };

  function repaint(): void {
    const shown = visible();
    const layers: Record<Layer, Range[]> = { evidence: [], awardee: [], rank: [], focus: [] };
    shown.forEach((item, index) => {
      layers.evidence.push(...item.evidence);
      layers.awardee.push(...item.awardee);
      layers.rank.push(...item.rank);
      if (index === focused) layers.focus.push(...item.awardee, ...item.rank);
    });
    if (shown.length === 0) {
      painter.clear();
      lensUi?.unmount();
      return;
    }
    painter.paint(layers);
    if (performance.getEntriesByName("paritrana-lens:painted").length === 0)
      performance.mark("paritrana-lens:painted");
    if (lensUi) showCard();
    // The first time, the card waits for the frame that shows the highlights: building it (its
    // shadow root, the first message lookups) would otherwise hold that frame back.
    else if (!cardPending) {
      cardPending = true;
      void afterFrame().then(() => {
        cardPending = false;
        if (visible().length > 0) showCard();
      });
    }
  }

  /** Resolves once the browser has shown a frame (or soon, in a hidden tab that draws none). */
  function afterFrame(): Promise<void> {
    return new Promise((done) => {
      ctx.requestAnimationFrame(() => ctx.setTimeout(done, 0));
      ctx.setTimeout(done, 100);
    });
  }

  function showCard(): void {
    ui().mount();
    ui().setRecords(visible().map(cardRecord));
  }

  async function reportCount(): Promise<void> {
    await send({ type: "page-records", count: shownCount() }).catch(() => {});
  }

  function reset(): void {
    items = [];
    lastText = null;
    lastSaved = "";
    savedReply = [];
    focused = -1;
    lensUi?.hide();
    painter.clear();
    lensUi?.unmount();
  }

  /** Reads the page; returns false when there is nothing (more) to do. */
  async function scan(): Promise<void> {
    if (!ctx.isValid) return;
    // One mark per reading: shows in the page's performance timeline how often the lens worked.
    performance.mark("paritrana-lens:scan");
    if (!painter.native && items.length > 0) painter.clear(); // wrapped text would skew the reading
    const article: MappedArticle = readArticleMapped(doc, location.href);
    if (article.text === lastText && items.every(intact)) {
      if (!painter.native) repaint();
      return;
    }
    const { meta } = article;
    const result =
      mentionsAward(article.text) && !isListingPage(location.href, article.root, meta.declaresArticle)
        ? extractAwards(article.text, { title: meta.title, publishedAt: meta.publishedAt })
        : null;
    lastText = article.text;
    if (!result?.isAwardArticle || result.records.length === 0) {
      if (items.length > 0) {
        reset();
        await reportCount();
      }
      return;
    }
    const toSave = toRecordsToSave(article.text, result.records);
    // Paint first (the reader sees it at once), then save and learn each record's status.
    const byQuote = new Map(items.map((i) => [JSON.stringify(i.toSave), i.stored]));
    const paintOf = recordSpansIn(article.text);
    items = toSave.map((record) => {
      const span = anchorQuote(article.text, record.evidence);
      const item: Item = {
        toSave: record,
        stored: byQuote.get(JSON.stringify(record)) ?? null,
        awardee: [],
        rank: [],
        evidence: [],
        painted: [],
      };
      if (!span) return item; // an orphan: shown in the card list, never painted somewhere wrong
      const words = paintOf(span, record);
      item.evidence = toRanges(doc, article.map, article.text, span.start, span.end);
      item.awardee = words.awardee.flatMap((w) => toRanges(doc, article.map, article.text, w.start, w.end));
      item.rank = words.rank.flatMap((w) => toRanges(doc, article.map, article.text, w.start, w.end));
      item.painted = [...item.evidence, ...item.awardee, ...item.rank].map((r) => [r, r.toString()]);
      return item;
    });
    repaint();
    const signature = JSON.stringify(toSave.map(({ evidence, ...fields }) => [fields, evidence.quote]));
    if (signature === lastSaved) {
      items.forEach((item, i) => {
        item.stored ??= savedReply[i] ?? null;
      });
      repaint();
      return;
    }
    // Saving (the first message builds the extension's messaging in this page) waits for the frame
    // that shows the highlights.
    await afterFrame();
    const canonical = meta.canonicalUrl ?? location.href.replace(/#.*$/, "");
    const reply = await send({
      type: "save-article",
      article: {
        url: canonical,
        title: meta.title,
        site: meta.publisher ?? location.hostname,
        publishedAt: meta.publishedAt,
      },
      records: toSave,
    });
    lastSaved = signature;
    savedReply = reply.records;
    items.forEach((item, i) => {
      item.stored = reply.records[i] ?? null;
    });
    repaint();
    await reportCount();
  }

  // Re-check when the page changes, debounced and bounded; stop following after a while.
  let rechecks = 0;
  let followUntil = Date.now() + FOLLOW_MS;
  let timer: number | undefined;
  let running: Promise<void> = Promise.resolve();
  let found: number | null = null;
  const runScan = () => {
    found = null;
    running = running
      .then(scan)
      .catch((err) => console.debug("[paritrana-lens]", err))
      .then(() => {
        found = shownCount();
      });
    return running;
  };
  const schedule = () => {
    if (timer !== undefined || !ctx.isValid) return;
    if (rechecks >= MAX_RECHECKS || Date.now() > followUntil) {
      if (observer) performance.mark("paritrana-lens:stopped-following");
      observer?.disconnect();
      observer = null;
      return;
    }
    timer = ctx.setTimeout(() => {
      timer = undefined;
      rechecks++;
      void runScan();
    }, SETTLE_MS);
  };
  const follow = () => {
    rechecks = 0;
    followUntil = Date.now() + FOLLOW_MS;
    if (!doc.body) return;
    observer ??= new MutationObserver(schedule);
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  };
  ctx.onInvalidated(() => {
    observer?.disconnect();
    reset();
  });
  ctx.onLocationChange(() => {
    reset();
    void reportCount();
    follow();
    schedule();
  });

  // Hover: highlights get no events, so compare the pointer with the ranges' boxes (once a frame).
  let pending = false;
  let pointer = { x: 0, y: 0 };
  const hitTest = () => {
    pending = false;
    const { x, y } = pointer;
    if (!lensUi || lensUi.contains(x, y)) return;
    const shown = visible();
    for (let index = 0; index < shown.length; index++) {
      const item = shown[index] as Item;
      for (const range of [...item.awardee, ...item.rank]) {
        for (const box of Array.from(range.getClientRects())) {
          if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) {
            if (lensUi.openIndex !== index) {
              focused = index;
              repaint();
              lensUi.openAt(index, false, box);
            }
            return;
          }
        }
      }
    }
    if (lensUi.openIndex >= 0) lensUi.hide();
  };
  ctx.addEventListener(
    doc,
    "pointermove",
    (e) => {
      if (items.length === 0) return;
      pointer = { x: e.clientX, y: e.clientY };
      if (!pending) {
        pending = true;
        ctx.requestAnimationFrame(hitTest);
      }
    },
    { passive: true },
  );

  void runScan().then(follow);
  return {
    rescan() {
      lastText = null;
      follow();
      void runScan();
    },
    found: () => found,
  };
}
