// Where a record comes from: each article with its site, date and evidence sentence, and a link
// that opens the article scrolled to that sentence.
import type { Source } from "@/lib/records/schema";
import { evidenceLink } from "@/lib/table/text-fragment";
import { t } from "./i18n";

function formatDate(value: string | null): string {
  if (!value) return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString(document.documentElement.lang || undefined, { dateStyle: "medium" });
}

export function SourceList({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return <p className="muted">{t("noSources")}</p>;
  return (
    <ol className="sources">
      {sources.map((source) => (
        <li key={source.url}>
          <a href={evidenceLink(source.url, source.evidence)} target="_blank" rel="noopener noreferrer">
            {source.title || source.url}
          </a>
          <span className="muted">
            {" "}
            {[source.site ?? new URL(source.url).hostname, formatDate(source.publishedAt)]
              .filter(Boolean)
              .join(" · ")}
          </span>
          <blockquote cite={source.url}>{source.evidence.quote}</blockquote>
        </li>
      ))}
    </ol>
  );
}
