// Distinct written forms of one language and what each says, looked up by the characters of a
// word inside a text: no substring is made for a word already seen (clauses repeat a small
// vocabulary, and a string per word occurrence was most of the scanning time).

/** FNV-1a over UTF-16 code units: the scanner feeds it one unit at a time while finding a word. */
export const HASH_START = 0x811c9dc5 | 0;
export const hashStep = (hash: number, unit: number): number => Math.imul(hash ^ unit, 16777619);

/** The hash of a whole string, as the scanner builds it unit by unit. */
export function hashOf(form: string): number {
  let hash = HASH_START;
  for (let j = 0; j < form.length; j++) hash = hashStep(hash, form.charCodeAt(j));
  return hash;
}

// A loop the optimiser inlines, where startsWith(form, start) is a call per word.
function sameUnits(form: string, text: string, start: number, length: number): boolean {
  if (form.length !== length) return false;
  for (let j = 0; j < length; j++) if (form.charCodeAt(j) !== text.charCodeAt(start + j)) return false;
  return true;
}

export class WordTable<T> {
  private slots = new Int32Array(1 << 12).fill(-1);
  private readonly forms: string[] = [];
  private readonly hashes: number[] = [];
  private readonly values: T[] = [];

  constructor(private readonly capacity: number) {}

  /** The value stored for `text.slice(start, end)` (whose hash is `hash`), if any. */
  find(text: string, start: number, end: number, hash: number): T | undefined {
    const { slots, forms, hashes } = this;
    const mask = slots.length - 1;
    const length = end - start;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const k = slots[s];
      if (k < 0) return undefined;
      if (hashes[k] === hash && sameUnits(forms[k], text, start, length)) return this.values[k];
    }
  }

  /** Stores `value` for `form`; a full table keeps what it has. */
  add(form: string, hash: number, value: T): void {
    if (this.forms.length >= this.capacity) return;
    if ((this.forms.length + 1) * 2 > this.slots.length) this.grow();
    this.place(hash, this.forms.length);
    this.forms.push(form);
    this.hashes.push(hash);
    this.values.push(value);
  }

  private place(hash: number, k: number): void {
    const mask = this.slots.length - 1;
    let s = hash & mask;
    while (this.slots[s] >= 0) s = (s + 1) & mask;
    this.slots[s] = k;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let k = 0; k < this.forms.length; k++) this.place(this.hashes[k], k);
  }
}
