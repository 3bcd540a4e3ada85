import { SiteAccess } from "@/components/SiteAccess";
import { TableApp } from "@/components/TableApp";

export function App() {
  return <TableApp mode="popup" siteAccess={<SiteAccess />} />;
}
