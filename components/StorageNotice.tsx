// Tells the reader when the table is at risk: the browser refused to make the extension's storage
// persistent (it may then evict it when the disk fills), or a save from a news page failed (the
// content script has nowhere to say so). Asking for persistence happens here because
// navigator.storage.persist() exists only in windows, not in the background service worker.
import { useEffect, useState } from "react";
import { SAVE_FAILURE_KEY, SaveFailure } from "@/lib/save-failure";
import { errorText } from "./errors";
import { t } from "./i18n";

/** true: persistent; false: the browser refused; null: this browser cannot say. */
export async function requestPersistence(storage = globalThis.navigator?.storage): Promise<boolean | null> {
  if (typeof storage?.persist !== "function") return null;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return null;
  }
}

const readFailure = (value: unknown) => {
  const parsed = SaveFailure.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/** The stored failure in the interface's language where its code says what it was. */
const failureText = (failure: SaveFailure) =>
  failure.code
    ? errorText({ code: failure.code, reason: failure.reason, params: failure.params })
    : failure.message;

export function StorageNotice() {
  const [persistent, setPersistent] = useState<boolean | null>(null);
  const [failure, setFailure] = useState<SaveFailure | null>(null);

  useEffect(() => {
    let live = true;
    void requestPersistence().then((p) => live && setPersistent(p));
    void browser.storage.local
      .get(SAVE_FAILURE_KEY)
      .then((stored) => live && setFailure(readFailure(stored[SAVE_FAILURE_KEY])))
      .catch(() => {});
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === "local" && SAVE_FAILURE_KEY in changes)
        setFailure(readFailure(changes[SAVE_FAILURE_KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  if (persistent !== false && !failure) return null;
  return (
    <section className="storage-notice">
      {failure && (
        <div role="alert">
          <p>{t("storageSaveFailed", new Date(failure.at).toLocaleString(), failureText(failure))}</p>
          <button
            type="button"
            onClick={() => {
              setFailure(null);
              void browser.storage.local.remove(SAVE_FAILURE_KEY);
            }}
          >
            {t("storageDismiss")}
          </button>
        </div>
      )}
      {persistent === false && <p className="muted">{t("storageNotPersistent")}</p>}
    </section>
  );
}
