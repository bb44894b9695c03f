import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256HexSync } from './sha256';

describe('sha256HexSync', () => {
  it('matches node:crypto on the standard vectors and on every length around the block edges', () => {
    expect(sha256HexSync('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256HexSync('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    for (let n = 0; n < 200; n += 1) {
      const text = '测a'.repeat(n).slice(0, n);
      expect(sha256HexSync(text), `length ${n}`).toBe(
        createHash('sha256').update(text, 'utf8').digest('hex'),
      );
    }
  });
});
