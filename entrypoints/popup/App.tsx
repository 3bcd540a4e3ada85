import { SiteAccess } from "@/components/SiteAccess";
import { TableApp } from "@/components/TableApp";
import type { RowsResult } from "@/lib/store/row-page";

export function App({ first }: { first?: RowsResult | null }) {
  return <TableApp mode="popup" siteAccess={<SiteAccess />} first={first} />;
}
