// How both table entrypoints (the popup and the tab) start: the page's language, the first rows
// read while the code loads, then one render that shows them.
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import type { RowsResult } from "@/lib/store/row-page";
import { prefetchRows } from "./rows";

export function mountTable(render: (first: RowsResult | null) => ReactNode): void {
  document.documentElement.lang = browser.i18n.getUILanguage().startsWith("id") ? "id" : "en";
  void prefetchRows().then((first) => {
    const root = document.getElementById("root");
    if (root) createRoot(root).render(render(first));
  });
}
