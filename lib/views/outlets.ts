// A record's support: how many independent outlets reported it. Regional channels of one outlet
// (bali.antaranews.com, www.antaranews.com) are one outlet, so a host counts by its registrable
// domain: the last two labels, or three under Indonesia's second-level domains (co.id, go.id…).
const SECOND_LEVEL = new Set([
  "ac",
  "co",
  "go",
  "mil",
  "my",
  "net",
  "or",
  "sch",
  "web",
  "biz",
  "ponpes",
  "desa",
]);

/** "https://denpasar.tribunnews.com/x" → "tribunnews.com"; "https://www.kab.go.id" → "kab.go.id". */
export function outletOf(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return url;
  }
  if (/^[\d.]+$/.test(host) || host.startsWith("[")) return host;
  const labels = host.split(".");
  const keep = labels.length >= 3 && SECOND_LEVEL.has(labels.at(-2) as string) ? 3 : 2;
  return labels.slice(-keep).join(".");
}

/** How many distinct outlets these article addresses come from. */
export function outletCount(urls: Iterable<string>): number {
  const outlets = new Set<string>();
  for (const url of urls) outlets.add(outletOf(url));
  return outlets.size;
}
