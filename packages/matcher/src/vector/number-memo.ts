/**
 * A memo from task indices (non-negative integers) to numbers, in typed arrays: what a
 * `Map<number, number>` does for the per-item memos of coverage by meaning, without a boxed number
 * per entry or a table of entries to grow and collect (a ranking fills a few hundred per learner).
 * Open addressing, linear probing, grown at half full.
 */
export class NumberMemo {
  #keys: Int32Array;
  #values: Float64Array;
  #mask: number;
  #size = 0;

  constructor(capacity = 64) {
    let slots = 16;
    while (slots < 2 * capacity) slots *= 2;
    this.#keys = new Int32Array(slots).fill(-1);
    this.#values = new Float64Array(slots);
    this.#mask = slots - 1;
  }

  get size(): number {
    return this.#size;
  }

  /** The number kept for `key`, undefined when none is. */
  get(key: number): number | undefined {
    const keys = this.#keys;
    const mask = this.#mask;
    for (let at = hash(key, mask); ; at = (at + 1) & mask) {
      const found = keys[at] as number;
      if (found === key) return this.#values[at] as number;
      if (found === -1) return undefined;
    }
  }

  set(key: number, value: number): void {
    if ((key | 0) !== key || key < 0) throw new RangeError(`NumberMemo: ${key} is not a task index`);
    const keys = this.#keys;
    const mask = this.#mask;
    for (let at = hash(key, mask); ; at = (at + 1) & mask) {
      const found = keys[at] as number;
      if (found === key) {
        this.#values[at] = value;
        return;
      }
      if (found === -1) {
        keys[at] = key;
        this.#values[at] = value;
        if (++this.#size * 2 > keys.length) this.#grow();
        return;
      }
    }
  }

  #grow(): void {
    const keys = this.#keys;
    const values = this.#values;
    this.#keys = new Int32Array(2 * keys.length).fill(-1);
    this.#values = new Float64Array(2 * keys.length);
    this.#mask = 2 * keys.length - 1;
    this.#size = 0;
    for (let i = 0; i < keys.length; i++)
      if ((keys[i] as number) !== -1) this.set(keys[i] as number, values[i] as number);
  }
}

/** Spreads neighbouring task indices over the table (Fibonacci hashing: the product's high bits). */
function hash(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> Math.clz32(mask)) & mask;
}
