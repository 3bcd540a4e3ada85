import { createRoot } from "react-dom/client";
import { prefetchRows } from "@/components/rows";
import { App } from "./App";
import "@/components/table.css";
import "./style.css";

document.documentElement.lang = browser.i18n.getUILanguage().startsWith("id") ? "id" : "en";
prefetchRows();
const root = document.getElementById("root");
if (root) createRoot(root).render(<App />);
