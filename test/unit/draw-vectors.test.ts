import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyExported } from '../../electron/core/draws';

/**
 * The test vectors shipped in docs/draw-vectors/ for anyone writing a verifier from docs/draw-algorithm.md: each
 * holds an exported document and the exact line `draw verify` prints for it (OK … or 不一致：…).
 */
const folder = path.join(__dirname, '../../docs/draw-vectors');
const vectors = fs
  .readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('draw verify over every test vector in docs/draw-vectors', () => {
  it('ships the edge cases the spec names', () => {
    for (const name of ['empty-and-full-strata', 'no-witnesses', 'short-last-batch', 'ssj-draw-1', 'draw-and-match'])
      expect(vectors).toContain(`${name}.json`);
  });
  for (const file of vectors) {
    it(file, () => {
      const vector = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) as {
        document: unknown;
        expected: string;
      };
      const verdict = verifyExported(vector.document);
      expect(verdict.ok ? `OK ${verdict.summary}` : `不一致：${verdict.difference}`).toBe(vector.expected);
    });
  }
});
