// The hover card and the small toolbar, in one shadow root under <paritrana-lens> so no page style
// reaches in and none of ours leaks out. Plain DOM with textContent only: page text never becomes
// markup. Buttons act only on trusted (real user) events.
import { t } from "@/components/i18n";
import { awardeeTypeLabel, categoryLabel, scopeLabel, statusLabel } from "@/components/labels";
import type { StoredRecord } from "@/lib/records/schema";

export type CardRecord = Pick<
  StoredRecord,
  | "awardee"
  | "awardeeType"
  | "rank"
  | "rankLabel"
  | "category"
  | "categoryLabel"
  | "scope"
  | "province"
  | "year"
> & { id: string | null; status: StoredRecord["status"] | null };

export type CardActions = {
  reject(index: number): Promise<void>;
  correct(
    index: number,
    patch: { awardee?: string; rank?: number | null; year?: number | null },
  ): Promise<void>;
  /** Opens the awardee's history in the full-page table. */
  history(index: number): Promise<void>;
  /** Moves to another record (keyboard), returning its on-screen box to place the card by. */
  select(index: number): DOMRect | null;
  close(): void;
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const CSS = `
:host{all:initial}
.bar,.card{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1c1c1c;box-sizing:border-box}
.bar{position:fixed;right:16px;bottom:16px;z-index:2147483647;background:#7a3e00;color:#fff;border:0;border-radius:18px;padding:6px 14px;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.25)}
.bar:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid #1565c0;outline-offset:2px}
.card{position:fixed;z-index:2147483647;width:320px;max-width:calc(100vw - 16px);background:#fffdf7;border:1px solid #c9a26b;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.22);padding:12px 14px}
.card[hidden],.bar[hidden]{display:none}
h2{font-size:15px;margin:0 0 8px;font-weight:700}
dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:0 0 10px}
dt{color:#5b4a33}
dd{margin:0;font-weight:600;overflow-wrap:anywhere}
.actions{display:flex;flex-wrap:wrap;gap:6px}
button{font:inherit;border:1px solid #8a6a3e;background:#fff;border-radius:5px;padding:3px 10px;cursor:pointer;color:#1c1c1c}
button.danger{border-color:#a11;color:#a11}
label{display:block;margin:0 0 6px}
input{font:inherit;width:100%;box-sizing:border-box;border:1px solid #999;border-radius:4px;padding:2px 6px}
.note{font-size:12px;color:#5b4a33;margin:6px 0 0}
`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, cls?: string) {
  const e = doc.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

export class LensUi {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly bar: HTMLButtonElement;
  private readonly card: HTMLElement;
  private records: CardRecord[] = [];
  private current = -1;

  constructor(
    private readonly doc: Document,
    private readonly actions: CardActions,
  ) {
    this.host = doc.createElement("paritrana-lens");
    // Closed: the page cannot read the card or fill its correction form through host.shadowRoot.
    this.root = this.host.attachShadow({ mode: "closed" });
    const style = el(doc, "style", CSS);
    this.bar = el(doc, "button", "", "bar");
    this.bar.hidden = true;
    this.bar.addEventListener("click", (e) => {
      if (!e.isTrusted) return;
      if (this.current >= 0) this.hide();
      else this.openAt(0, true);
    });
    this.card = el(doc, "section", undefined, "card");
    this.card.hidden = true;
    this.card.setAttribute("role", "dialog");
    this.card.setAttribute("aria-label", t("extName"));
    this.card.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        this.hide();
        this.bar.focus();
      }
    });
    this.root.append(style, this.bar, this.card);
  }

  mount(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
  }

  unmount(): void {
    this.host.remove();
    this.current = -1;
  }

  setRecords(records: CardRecord[]): void {
    this.records = records;
    this.bar.hidden = records.length === 0;
    this.bar.textContent = t("lensToolbar", records.length);
    if (this.current >= records.length) this.hide();
    else if (this.current >= 0) this.render(false);
  }

  get openIndex(): number {
    return this.current;
  }

  /** Shows the card of record `index` by the given box (or by the record's own place). */
  openAt(index: number, focus: boolean, box?: DOMRect | null): void {
    if (!this.records[index]) return;
    this.current = index;
    const rect = box ?? this.actions.select(index);
    this.render(focus);
    this.place(rect);
  }

  hide(): void {
    if (this.current < 0) return;
    this.current = -1;
    this.card.hidden = true;
    this.actions.close();
  }

  /** Whether a page point is over our card (the pointer moved onto it: keep it open). */
  contains(x: number, y: number): boolean {
    if (this.card.hidden) return false;
    const r = this.card.getBoundingClientRect();
    return x >= r.left - 6 && x <= r.right + 6 && y >= r.top - 6 && y <= r.bottom + 6;
  }

  private place(rect: DOMRect | null | undefined): void {
    const view = this.doc.documentElement;
    const width = Math.min(320, view.clientWidth - 16);
    const left = rect ? Math.min(Math.max(8, rect.left), view.clientWidth - width - 8) : 16;
    const below = rect ? rect.bottom + 8 : 16;
    this.card.style.left = `${left}px`;
    this.card.style.top = `${below}px`;
    // flip above the words when there is no room below
    const h = this.card.getBoundingClientRect().height;
    if (rect && below + h > view.clientHeight && rect.top - h - 8 > 0)
      this.card.style.top = `${rect.top - h - 8}px`;
  }

  private render(focus: boolean): void {
    const r = this.records[this.current];
    if (!r) return;
    const d = this.doc;
    this.card.replaceChildren();
    this.card.hidden = false;
    this.card.append(el(d, "h2", r.awardee));
    const dl = el(d, "dl");
    const row = (label: string, value: string) => dl.append(el(d, "dt", label), el(d, "dd", value));
    row(t("colAwardeeType"), awardeeTypeLabel(r.awardeeType));
    row(
      t("colRank"),
      r.rank === null ? (r.rankLabel ?? t("noRank")) : `${r.rank}${r.rankLabel ? ` (${r.rankLabel})` : ""}`,
    );
    row(t("colCategory"), categoryLabel(r.category) || r.categoryLabel || "–");
    row(t("colScope"), [capital(scopeLabel(r.scope)), r.province].filter(Boolean).join(" ") || "–");
    row(t("colYear"), r.year === null ? "–" : String(r.year));
    row(t("colStatus"), r.status === null ? t("lensSaving") : statusLabel(r.status));
    this.card.append(dl);
    const actions = el(d, "div", undefined, "actions");
    const button = (label: string, onClick: () => void, cls?: string) => {
      const b = el(d, "button", label, cls);
      b.type = "button";
      b.addEventListener("click", (e) => e.isTrusted && onClick());
      actions.append(b);
      return b;
    };
    const index = this.current;
    const saved = r.id !== null;
    const correct = button(t("lensCorrect"), () => this.renderForm(index));
    const reject = button(
      t("lensReject"),
      () => void this.actions.reject(index).catch((e) => this.note(e)),
      "danger",
    );
    const history = button(
      t("historyButton"),
      () => void this.actions.history(index).catch((e) => this.note(e)),
    );
    history.setAttribute("aria-label", t("historyOpen", r.awardee));
    correct.disabled = reject.disabled = !saved || r.status === "rejected";
    history.disabled = !saved;
    if (this.records.length > 1) {
      button(t("lensPrev"), () => this.openAt((index - 1 + this.records.length) % this.records.length, true));
      button(t("lensNext"), () => this.openAt((index + 1) % this.records.length, true));
    }
    button(t("lensClose"), () => {
      this.hide();
      this.bar.focus();
    });
    this.card.append(actions);
    if (focus) (actions.querySelector("button:not([disabled])") as HTMLButtonElement | null)?.focus();
  }

  private renderForm(index: number): void {
    const r = this.records[index];
    if (!r) return;
    const d = this.doc;
    const form = el(d, "form");
    const field = (label: string, value: string, type: string) => {
      const l = el(d, "label", label);
      const input = el(d, "input");
      input.type = type;
      input.value = value;
      l.append(input);
      form.append(l);
      return input;
    };
    const awardee = field(t("colAwardee"), r.awardee, "text");
    const rank = field(t("colRank"), r.rank === null ? "" : String(r.rank), "number");
    const year = field(t("colYear"), r.year === null ? "" : String(r.year), "number");
    const actions = el(d, "div", undefined, "actions");
    const save = el(d, "button", t("lensSave"));
    save.type = "submit";
    const cancel = el(d, "button", t("lensCancel"));
    cancel.type = "button";
    cancel.addEventListener("click", (e) => e.isTrusted && this.render(true));
    actions.append(save, cancel);
    form.append(actions);
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      if (!e.isTrusted) return;
      const num = (v: string) => (v.trim() === "" ? null : Number(v));
      const patch: { awardee?: string; rank?: number | null; year?: number | null } = {};
      if (awardee.value.trim() !== r.awardee) patch.awardee = awardee.value.trim();
      if (num(rank.value) !== r.rank) patch.rank = num(rank.value);
      if (num(year.value) !== r.year) patch.year = num(year.value);
      void this.actions.correct(index, patch).then(
        () => this.render(true),
        (err) => this.note(err),
      );
    });
    this.card.replaceChildren(el(d, "h2", r.awardee), form);
    awardee.focus();
  }

  private note(err: unknown): void {
    this.card.append(el(this.doc, "p", err instanceof Error ? err.message : String(err), "note"));
  }
}
