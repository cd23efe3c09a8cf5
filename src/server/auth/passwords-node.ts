import { scrypt } from 'node:crypto';
import { passwordHasher, type ScryptFn } from './passwords';

/** Node's native scrypt, run on libuv's thread pool: it does not block the event loop. */
const nodeScrypt: ScryptFn = (password, salt, { N, r, p, keyLength }) =>
  new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, keyLength, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(new Uint8Array(key)),
    ),
  );

export const nodePasswords = passwordHasher(nodeScrypt);
