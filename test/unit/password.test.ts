import { scryptSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, passwordWeakness, verifyPassword } from '../../electron/core/auth/password';

describe('password hashing', () => {
  let hash = '';
  beforeAll(async () => {
    hash = await hashPassword('Correct horse 9');
  });

  it('stores scrypt with its parameters and a 16-byte salt', () => {
    const [scheme, logN, r, p, salt, key] = hash.split('$');
    expect([scheme, logN, r, p]).toEqual(['scrypt', '17', '8', '1']);
    expect(Buffer.from(salt ?? '', 'base64')).toHaveLength(16);
    expect(Buffer.from(key ?? '', 'base64')).toHaveLength(32);
  });

  it('verifies the right password and rejects others', async () => {
    expect(await verifyPassword('Correct horse 9', hash)).toBe(true);
    expect(await verifyPassword('correct horse 9', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('salts every hash differently', async () => {
    const [a, b] = await Promise.all([hashPassword('Same1234'), hashPassword('Same1234')]);
    expect(a).not.toBe(b);
  });

  it('rejects malformed or hostile stored values instead of throwing', async () => {
    for (const bad of [
      '',
      'plain',
      'scrypt$17$8$1$$',
      'bcrypt$1$2$3$4$5',
      'scrypt$40$8$1$AAAA$AAAA',
      'scrypt$x$8$1$AAAA$AAAA',
    ]) {
      expect(await verifyPassword('whatever1', bad)).toBe(false);
    }
  });

  it('verifies hashes made with other stored parameters', async () => {
    // A hash made at N=2^14 directly with node:crypto, as an older installation might hold.
    const salt = Buffer.from('0123456789abcdef');
    const key = scryptSync('Legacy1234', salt, 32, { N: 2 ** 14, r: 8, p: 1 });
    const legacy = ['scrypt', 14, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
    expect(await verifyPassword('Legacy1234', legacy)).toBe(true);
    expect(await verifyPassword('Legacy12345', legacy)).toBe(false);
  });

  it('explains weak passwords in Chinese', () => {
    expect(passwordWeakness('abc1')).toBe('密码至少需要 8 位。');
    expect(passwordWeakness('abcdefgh')).toBe('密码需同时包含字母和数字。');
    expect(passwordWeakness('12345678')).toBe('密码需同时包含字母和数字。');
    expect(passwordWeakness('abcd1234')).toBeNull();
  });
});
