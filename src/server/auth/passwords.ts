/**
 * Password hashing with scrypt (memory-hard). The stored form is
 * `scrypt$N$r$p$<salt base64>$<hash base64>`, the same whether Node's native scrypt made it
 * (the server) or a JavaScript one (the browser demo): see `PasswordHasher` implementations.
 */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  keyLength: number;
}

/** 2^15 × 8 × 128 B = 32 MiB per hash: costly to brute-force, ~50–100 ms on a server core. */
export const SCRYPT_PARAMS: ScryptParams = { N: 1 << 15, r: 8, p: 1, keyLength: 32 };

export type ScryptFn = (password: string, salt: Uint8Array, params: ScryptParams) => Promise<Uint8Array>;

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string | null): Promise<boolean>;
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));


export function passwordHasher(scrypt: ScryptFn, params: ScryptParams = SCRYPT_PARAMS): PasswordHasher {
  const dummySalt = new Uint8Array(16);
  return {
    async hash(password) {
      const salt = crypto.getRandomValues(new Uint8Array(16));
      const key = await scrypt(password, salt, params);
      return `scrypt$${params.N}$${params.r}$${params.p}$${toBase64(salt)}$${toBase64(key)}`;
    },
    async verify(password, stored) {
      const parts = stored?.split('$');
      if (!parts || parts.length !== 6 || parts[0] !== 'scrypt') {
        // Spend the same time as a real check, so that timing does not tell whether an account exists.
        await scrypt(password, dummySalt, params);
        return false;
      }
      const [, N, r, p, salt, hash] = parts;
      const expected = fromBase64(hash);
      const actual = await scrypt(password, fromBase64(salt), { N: Number(N), r: Number(r), p: Number(p), keyLength: expected.length });
      let diff = actual.length ^ expected.length;
      for (let i = 0; i < expected.length; i++) diff |= actual[i] ^ expected[i];
      return diff === 0;
    },
  };
}
