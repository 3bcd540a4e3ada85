// A word list's shapes — length, first two and last UTF-16 units — as a bit table. Most words asked
// about are in no list: "no listed word has this shape" costs a few char reads, where a Map lookup
// would first hash the fresh string (or, for a gazetteer key of several words, join it first).

const shapeOf = (length: number, first: number, second: number, last: number) =>
  ((length & 15) << 15) | ((first & 31) << 10) | ((second & 31) << 5) | (last & 31);

const unit = (s: string, i: number) => s.charCodeAt(i) || 0;

export class ShapeFilter {
  private readonly bits = new Uint32Array(1 << 14); // shapes are under 2^19 bits

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const shape = shapeOf(w.length, unit(w, 0), w.length > 1 ? unit(w, 1) : 0, unit(w, w.length - 1));
      this.bits[shape >>> 5] = (this.bits[shape >>> 5] as number) | (1 << (shape & 31));
    }
  }

  /** False when no listed word has this length, first two units and last unit (0 for a unit that
   * is not there: the second of a one-unit word, all of an empty one). */
  mayHold(length: number, first: number, second: number, last: number): boolean {
    const shape = shapeOf(length, first, second, last);
    return (((this.bits[shape >>> 5] as number) >>> (shape & 31)) & 1) === 1;
  }

  /** The same for a whole word. */
  mayHoldWord(w: string): boolean {
    return this.mayHold(w.length, unit(w, 0), w.length > 1 ? unit(w, 1) : 0, unit(w, w.length - 1));
  }
}
