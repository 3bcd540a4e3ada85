// A modal dialog on the native <dialog>: showModal() makes the rest of the page inert (focus
// stays inside) and Escape closes it; focus returns to what opened it.
import { type ReactNode, useEffect, useRef } from "react";
import { t } from "./i18n";

export function Dialog({
  title,
  onClose,
  children,
  className,
}: {
  title: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useRef(`dialog-${Math.random().toString(36).slice(2)}`).current;
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      opener?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t("close")}>
          ×
        </button>
      </header>
      {children}
    </dialog>
  );
}
