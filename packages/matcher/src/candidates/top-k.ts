/** Keeps the k best items of a stream (highest key first, ties by a comparator) in a binary heap. */

export class TopK {
  readonly #k: number;
  readonly #tie: (a: number, b: number) => number;
  readonly #heap: number[] = [];

  /** `tie(a, b) < 0` means a ranks before b when their keys are equal. */
  constructor(k: number, tie: (a: number, b: number) => number) {
    this.#k = k;
    this.#tie = tie;
  }

  /** Offers item `i` whose key is `keys[i]`. */
  push(i: number, keys: Float64Array): void {
    const heap = this.#heap;
    if (heap.length < this.#k) {
      heap.push(i);
      this.#up(heap.length - 1, keys);
    } else if (heap.length > 0 && this.#worse(heap[0] as number, i, keys)) {
      heap[0] = i;
      this.#down(0, keys);
    }
  }

  /** How many items are kept at most. */
  get size(): number {
    return this.#k;
  }

  /** Whether k items are kept, so that a newcomer must beat `worst()`. */
  get full(): boolean {
    return this.#heap.length >= this.#k;
  }

  /** The weakest kept item, or undefined when none. */
  worst(): number | undefined {
    return this.#heap[0];
  }

  /** The kept items, best first. */
  sorted(keys: Float64Array): number[] {
    return [...this.#heap].sort((a, b) => (this.#worse(a, b, keys) ? 1 : this.#worse(b, a, keys) ? -1 : 0));
  }

  /** Whether a ranks after b. */
  #worse(a: number, b: number, keys: Float64Array): boolean {
    const ka = keys[a] as number;
    const kb = keys[b] as number;
    return ka < kb || (ka === kb && this.#tie(a, b) > 0);
  }

  #up(at: number, keys: Float64Array): void {
    const heap = this.#heap;
    let i = at;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#worse(heap[i] as number, heap[parent] as number, keys)) break;
      [heap[i], heap[parent]] = [heap[parent] as number, heap[i] as number];
      i = parent;
    }
  }

  #down(at: number, keys: Float64Array): void {
    const heap = this.#heap;
    let i = at;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && this.#worse(heap[left] as number, heap[worst] as number, keys)) worst = left;
      if (right < heap.length && this.#worse(heap[right] as number, heap[worst] as number, keys))
        worst = right;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst] as number, heap[i] as number];
      i = worst;
    }
  }
}

/** The k-th largest of `values[indices[0 … m)]` (k ≤ m), by a bounded insertion into `largest`. */
export function kthLargest(
  values: Float64Array,
  indices: Int32Array,
  m: number,
  k: number,
  largest: Float64Array,
): number {
  let kept = 0;
  for (let i = 0; i < m; i++) {
    const value = values[indices[i] as number] as number;
    if (kept === k && value <= (largest[k - 1] as number)) continue;
    let at = kept < k ? kept++ : k - 1;
    while (at > 0 && value > (largest[at - 1] as number)) {
      largest[at] = largest[at - 1] as number;
      at--;
    }
    largest[at] = value;
  }
  return largest[k - 1] as number;
}
