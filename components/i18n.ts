// The interface's words come from public/_locales through the browser's i18n: Indonesian by
// default, English where the browser speaks it. The key is returned where a message is missing
// so a gap shows instead of an empty label.
export function t(key: string, ...substitutions: (string | number)[]): string {
  const message = browser.i18n.getMessage(key as never, substitutions.map(String));
  return message || key;
}
