// The full-page award table, opened in a tab from the popup: room for thousands of rows, and the
// backup export and import (a file picker would close the popup).
import { createRoot } from "react-dom/client";
import { prefetchRows } from "@/components/rows";
import { TableApp } from "@/components/TableApp";
import "@/components/table.css";
import "./style.css";

document.documentElement.lang = browser.i18n.getUILanguage().startsWith("id") ? "id" : "en";
document.title = `${browser.i18n.getMessage("popupHeading")} — Paritrana Lens`;
prefetchRows();
const root = document.getElementById("root");
if (root) createRoot(root).render(<TableApp mode="page" />);
