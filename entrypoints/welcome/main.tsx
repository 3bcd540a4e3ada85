// The first-run page, opened once on install (entrypoints/background/index.ts).
import { createRoot } from "react-dom/client";
import { Welcome } from "@/components/Welcome";
import "./style.css";

document.documentElement.lang = browser.i18n.getUILanguage().startsWith("id") ? "id" : "en";
document.title = browser.i18n.getMessage("welcomeTitle");
const root = document.getElementById("root");
if (root) createRoot(root).render(<Welcome />);
