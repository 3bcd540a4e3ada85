// The extension's Indonesian messages for component tests: the fake browser has no i18n, so
// getMessage reads public/_locales/id the way the browser does (named placeholders, then $1…).
import { readFileSync } from "node:fs";
import { fakeBrowser } from "wxt/testing/fake-browser";

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const messages = JSON.parse(readFileSync("public/_locales/id/messages.json", "utf8")) as Messages;

export function useIndonesianMessages(): void {
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
    const entry = messages[key];
    if (!entry) return "";
    const subs = Array.isArray(substitutions) ? substitutions : substitutions ? [substitutions] : [];
    return entry.message
      .replace(
        /\$([A-Za-z0-9_]+)\$/g,
        (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? "",
      )
      .replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? "");
  }) as typeof fakeBrowser.i18n.getMessage;
}
