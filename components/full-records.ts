// The whole records behind some table rows (rows hold what the table shows; sources and their
// quotes come from the records), read from the background once per set of ids.
import { useEffect, useState } from "react";
import type { StoredRecord } from "@/lib/records/schema";
import { ask } from "./api";

export function useFullRecords(ids: readonly string[]): ReadonlyMap<string, StoredRecord> {
  const [records, setRecords] = useState<ReadonlyMap<string, StoredRecord>>(new Map());
  const key = ids.join("\n");
  useEffect(() => {
    let live = true;
    const wanted = key === "" ? [] : key.split("\n");
    void Promise.all(wanted.map((id) => ask({ type: "get-record", id }).catch(() => null))).then(
      (replies) => {
        if (!live) return;
        const byId = new Map<string, StoredRecord>();
        for (const reply of replies) if (reply?.record) byId.set(reply.record.id, reply.record);
        setRecords(byId);
      },
    );
    return () => {
      live = false;
    };
  }, [key]);
  return records;
}
