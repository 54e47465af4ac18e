// A growable list of 32-bit integers in one typed array: compact where a number[] of 250,000
// records would cost eight times the memory (docs/decisions.md, D8).

export class IntList {
  /** The backing array; only `data[0 .. length)` is in the list. */
  data: Int32Array;
  length: number;

  /** A list of `length` copies of `value`. */
  constructor(length = 0, value = 0) {
    this.data = new Int32Array(Math.max(16, length));
    if (value !== 0) this.data.fill(value);
    this.length = length;
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}
