// The full-page award table, opened in a tab from the popup: room for thousands of rows, and the
// backup export and import (a file picker would close the popup).
import { createRoot } from "react-dom/client";
import { FIRST_ROWS_WAIT, prefetchRows } from "@/components/rows";
import { TableApp } from "@/components/TableApp";
import "@/components/table.css";
import "./style.css";

document.documentElement.lang = browser.i18n.getUILanguage().startsWith("id") ? "id" : "en";
document.title = `${browser.i18n.getMessage("popupHeading")} — Paritrana Lens`;
// The first render waits a moment for the first rows, so the first frame shows them.
void prefetchRows(FIRST_ROWS_WAIT).then((first) => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<TableApp mode="page" first={first} />);
});
