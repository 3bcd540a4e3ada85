// A failure as the reader reads it: the store's and the background's failures carry a code (and a
// reason and values) beside their English message, worded here from the interface's locale.
import type { FailureDetail } from "@/lib/reply";
import { t } from "./i18n";

const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function detailOf(err: unknown): FailureDetail | undefined {
  if (typeof err !== "object" || err === null) return undefined;
  if ("detail" in err) return (err as { detail: FailureDetail }).detail;
  if ("code" in err && typeof err.code === "string") return err as FailureDetail;
  return undefined;
}

/** "err" + code (+ reason) in camel case: errInvalidBackupNotJson, errNotFound… */
export function failureKey(detail: FailureDetail): string | undefined {
  if (!detail.code) return undefined;
  return camel(`err-${detail.code}${detail.reason ? `-${detail.reason}` : ""}`);
}

export function errorText(err: unknown): string {
  const detail = detailOf(err);
  const key = detail && failureKey(detail);
  if (key) {
    const params = (detail.params ?? []).map(String);
    const text = t(key, ...params);
    if (text !== key) return text;
    // A reason without words of its own falls back to its code's.
    const general = failureKey({ code: detail.code });
    if (general && general !== key) {
      const fallback = t(general, ...params);
      if (fallback !== general) return fallback;
    }
  }
  return err instanceof Error ? err.message : String(err);
}
