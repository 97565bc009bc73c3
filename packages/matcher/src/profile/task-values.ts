/**
 * A number per task index, kept for an evidence item (its readings by meaning and its action
 * agreements, `ItemMemo`): an open-addressing table of task indices and values in typed arrays,
 * not a `Map` (whose values would each be a boxed number, and whose lookups hash).
 */
export class TaskValues {
  keys: Int32Array;
  values: Float64Array;
  size = 0;

  constructor(capacity = 64) {
    this.keys = new Int32Array(capacity).fill(-1);
    this.values = new Float64Array(capacity);
  }

  /** The value kept for `task` (an index ≥ 0), or -1 when none is (values kept are ≥ 0). */
  get(task: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let slot = (Math.imul(task, 0x9e3779b1) >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const there = keys[slot] as number;
      if (there === task) return this.values[slot] as number;
      if (there === -1) return -1;
    }
  }

  set(task: number, value: number): void {
    if (2 * (this.size + 1) > this.keys.length) this.#grow();
    const keys = this.keys;
    const mask = keys.length - 1;
    let slot = (Math.imul(task, 0x9e3779b1) >>> 0) & mask;
    for (; ; slot = (slot + 1) & mask) {
      const there = keys[slot] as number;
      if (there === task) break;
      if (there === -1) {
        keys[slot] = task;
        this.size++;
        break;
      }
    }
    this.values[slot] = value;
  }

  clear(): void {
    this.keys.fill(-1);
    this.size = 0;
  }

  #grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(2 * keys.length).fill(-1);
    this.values = new Float64Array(2 * keys.length);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      if (key === -1) continue;
      let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      while ((this.keys[slot] as number) !== -1) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.values[slot] = values[i] as number;
    }
  }
}
