import { PageScan } from "@/components/PageScan";
import { ReachMode } from "@/components/ReachMode";
import { TableApp } from "@/components/TableApp";
import type { RowsResult } from "@/lib/store/row-page";

export function App({ first }: { first?: RowsResult | null }) {
  return (
    <TableApp
      mode="popup"
      siteAccess={(reload) => (
        <>
          <PageScan onSaved={reload} />
          <ReachMode />
        </>
      )}
      first={first}
    />
  );
}
