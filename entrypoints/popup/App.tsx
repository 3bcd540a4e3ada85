import { TableApp } from "@/components/TableApp";

// The site-access controls ("add this site / scan this page") come from the content-script work:
// mount <SiteAccess /> as TableApp's `siteAccess` once components/SiteAccess.tsx exists.
export function App() {
  return <TableApp mode="popup" />;
}
