/**
 * A lookup table of words with no prototype: page text can contain any word, and "constructor"
 * or "toString" must look up nothing rather than Object's own members.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
