// Adding a win the extractor missed: from scratch, or from a sentence selected on the news page
// (the article's address and the sentence become the record's source).
import { useId, useState } from "react";
import type { AwardFields, StoredRecord } from "@/lib/records/schema";
import { ask } from "./api";
import { Dialog } from "./Dialog";
import { t } from "./i18n";
import type { PageSelection } from "./page-selection";
import { RecordEditor } from "./RecordEditor";
import { SameAwardPrompt } from "./SameAwardPrompt";

export function AddRecordDialog({
  selection,
  initial = null,
  onAdded,
  onClose,
}: {
  selection: PageSelection | null;
  /** Fields filled in already (a gap in a round's sheet: its round, category and place). */
  initial?: Partial<AwardFields> | null;
  onAdded(record: StoredRecord, message: string): void;
  onClose(): void;
}) {
  const id = useId();
  const [url, setUrl] = useState(selection?.url ?? "");
  const [title, setTitle] = useState(selection?.title ?? "");
  const [quote, setQuote] = useState(selection?.quote ?? "");

  // The award is in the table already: said before the reader's values are added to it.
  const [pending, setPending] = useState<{ fields: AwardFields; holder: StoredRecord } | null>(null);

  async function check(fields: AwardFields) {
    if (url.trim() !== "" && quote.trim() === "") throw new Error(t("errQuote"));
    const holder = (await ask({ type: "find-same-award", fields })).record;
    if (holder) setPending({ fields, holder });
    else await add(fields);
  }

  async function add(fields: AwardFields) {
    const hasSource = url.trim() !== "";
    if (hasSource && quote.trim() === "") throw new Error(t("errQuote"));
    const source = hasSource
      ? {
          article: { url: url.trim(), title: title.trim() || null, site: null, publishedAt: null },
          evidence: {
            quote,
            prefix: selection?.quote === quote ? selection.prefix : "",
            suffix: selection?.quote === quote ? selection.suffix : "",
            // Where the sentence sits in the page is known only for a selection.
            start: selection?.quote === quote ? selection.start : 0,
            end: (selection?.quote === quote ? selection.start : 0) + quote.length,
          },
        }
      : undefined;
    const { record, existed } = await ask({ type: "add-record", record: { fields, source } });
    onAdded(record, existed ? t("addedToExisting") : t("added"));
  }

  return (
    <Dialog title={t("addTitle")} onClose={onClose} className="record-dialog">
      <p className="muted">{selection ? t("addFromSelectionHelp") : t("addHelp")}</p>
      <RecordEditor initial={initial} submitLabel={t("addButton")} onSubmit={check}>
        <fieldset className="source-fields">
          <legend>{t("addSourceLegend")}</legend>
          <label htmlFor={`${id}-url`}>{t("articleUrl")}</label>
          <input id={`${id}-url`} type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
          <label htmlFor={`${id}-title`}>{t("articleTitle")}</label>
          <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
          <label htmlFor={`${id}-quote`}>{t("evidenceQuote")}</label>
          <textarea id={`${id}-quote`} rows={3} value={quote} onChange={(e) => setQuote(e.target.value)} />
        </fieldset>
      </RecordEditor>
      {pending && (
        <SameAwardPrompt
          adding
          holder={pending.holder}
          onConfirm={() => add(pending.fields)}
          onCancel={() => setPending(null)}
        />
      )}
    </Dialog>
  );
}
