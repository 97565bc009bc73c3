/** Maps terms to dense ids: taxonomy terms first, unknown terms to a fixed range of hashed ids. */

/** Unknown terms (in no taxonomy text) share this many hashed ids, so the id space stays bounded. */
export const HASH_BUCKETS = 1 << 16;

export class Vocabulary {
  readonly #ids = new Map<string, number>();
  readonly #terms: string[] = [];
  #frozen = false;

  /** Id of a term, adding it while the vocabulary is being built. */
  add(term: string): number {
    const existing = this.#ids.get(term);
    if (existing !== undefined) return existing;
    if (this.#frozen) throw new Error('vocabulary is frozen');
    const id = this.#terms.length;
    this.#ids.set(term, id);
    this.#terms.push(term);
    return id;
  }

  /** A frozen vocabulary of these terms, in id order (a stored index's, see `snapshot/`). */
  static fromTerms(terms: readonly string[]): Vocabulary {
    const vocabulary = new Vocabulary();
    for (const term of terms) vocabulary.add(term);
    vocabulary.freeze();
    return vocabulary;
  }

  /** The known terms in id order. */
  terms(): readonly string[] {
    return this.#terms;
  }

  /** Stops growth: from now on unknown terms map to hashed ids. */
  freeze(): void {
    this.#frozen = true;
  }

  /** Number of known terms. */
  get size(): number {
    return this.#terms.length;
  }

  /** Size of the whole id space (known terms plus hash buckets). */
  get dimension(): number {
    return this.#terms.length + HASH_BUCKETS;
  }

  /** Id of a known term, or undefined. */
  known(term: string): number | undefined {
    return this.#ids.get(term);
  }

  /** Id of any term: its own when known, else a hashed id past the known range. */
  id(term: string): number {
    return this.#ids.get(term) ?? this.#terms.length + (fnv1a(term) % HASH_BUCKETS);
  }

  /** The term behind an id, or null for hashed ids. */
  term(id: number): string | null {
    return this.#terms[id] ?? null;
  }

  /** Whether an id is a known (taxonomy) term. */
  isKnown(id: number): boolean {
    return id < this.#terms.length;
  }
}

/** 32-bit FNV-1a over UTF-16 code units: fast, stable across runs and platforms. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
