// The full-page award table, opened in a tab from the popup: room for thousands of rows, and the
// backup export and import (a file picker would close the popup).
import { mountTable } from "@/components/mount";
import { TableApp } from "@/components/TableApp";
import "@/components/table.css";
import "./style.css";

document.title = `${browser.i18n.getMessage("popupHeading")} — Paritrana Lens`;
mountTable((first) => <TableApp mode="page" first={first} />);
