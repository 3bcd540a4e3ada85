import { createRoot } from "react-dom/client";
import { FIRST_ROWS_WAIT, prefetchRows } from "@/components/rows";
import { App } from "./App";
import "@/components/table.css";
import "./style.css";

document.documentElement.lang = browser.i18n.getUILanguage().startsWith("id") ? "id" : "en";
// The first render waits a moment for the first rows, so the first frame shows them.
void prefetchRows(FIRST_ROWS_WAIT).then((first) => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App first={first} />);
});
