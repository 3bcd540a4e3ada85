import { mountTable } from "@/components/mount";
import { App } from "./App";
import "@/components/table.css";
import "./style.css";

mountTable((first) => <App first={first} />);
