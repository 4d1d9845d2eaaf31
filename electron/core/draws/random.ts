import { createHash } from 'node:crypto';

/**
 * The draw's only source of randomness (algorithm ssj-draw/1, see docs/draw-algorithm.md): SHA-256 in counter
 * mode over a 32-byte seed. Block i is SHA-256(seed ‖ i as 8-byte big-endian); its 32 bytes are read as eight
 * big-endian unsigned 32-bit words, used in order. Anyone with the seed gets the same words.
 */
export class CounterRandom {
  private readonly seed: Buffer;
  private counter = 0n;
  private block: Buffer = Buffer.alloc(0);
  private offset = 32;

  constructor(seedHex: string) {
    if (!/^[0-9a-f]{64}$/.test(seedHex)) throw new Error('seed must be 64 lower-case hex digits');
    this.seed = Buffer.from(seedHex, 'hex');
  }

  /** The next 32-bit word of the stream. */
  nextWord(): number {
    if (this.offset >= 32) {
      const index = Buffer.alloc(8);
      index.writeBigUInt64BE(this.counter);
      this.counter += 1n;
      this.block = createHash('sha256').update(this.seed).update(index).digest();
      this.offset = 0;
    }
    const word = this.block.readUInt32BE(this.offset);
    this.offset += 4;
    return word;
  }

  /**
   * A uniform integer in [0, n): words at or above the largest multiple of n below 2^32 are thrown away and the
   * next is taken (rejection sampling), so no value is favoured the way a bare `word % n` favours small ones.
   */
  below(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new Error(`below(${n}): n must be in 1..2^32`);
    const limit = 2 ** 32 - (2 ** 32 % n);
    for (;;) {
      const word = this.nextWord();
      if (word < limit) return word % n;
    }
  }
}

/**
 * Picks k of the indices 0..n-1 by a partial Fisher–Yates shuffle: for i = 0..k-1, swap position i with
 * i + below(n - i). Returns the first k positions, in the order they were picked.
 */
export function partialShuffle(n: number, k: number, random: CounterRandom): number[] {
  if (k > n) throw new Error(`cannot pick ${k} of ${n}`);
  const slots = new Int32Array(n);
  for (let i = 0; i < n; i += 1) slots[i] = i;
  const picked: number[] = [];
  for (let i = 0; i < k; i += 1) {
    const j = i + random.below(n - i);
    const chosen = slots[j] ?? 0;
    slots[j] = slots[i] ?? 0;
    slots[i] = chosen;
    picked.push(chosen);
  }
  return picked;
}

/** A full Fisher–Yates shuffle of a copy (Durstenfeld, from the end: swap i with below(i + 1), i = n-1..1). */
export function shuffled<T>(items: readonly T[], random: CounterRandom): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = random.below(i + 1);
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}
