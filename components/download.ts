// Saves a file from an extension page: a Blob URL and an <a download> click, so the extension
// needs no "downloads" permission.
export function downloadText(filename: string, text: string | readonly string[], type: string): void {
  // Parts go to the Blob as they are: a 30 MB CSV is never joined into one string first.
  const url = URL.createObjectURL(new Blob(typeof text === "string" ? [text] : [...text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by the next tick; the URL is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "2026-11-23" in the reader's time zone, for file names. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
