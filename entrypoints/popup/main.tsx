import { createRoot } from "react-dom/client";
import { App } from "./App";
import "@/components/table.css";
import "./style.css";

document.documentElement.lang = browser.i18n.getUILanguage().startsWith("id") ? "id" : "en";
const root = document.getElementById("root");
if (root) createRoot(root).render(<App />);
