import { scryptAsync } from '@noble/hashes/scrypt.js';
import { passwordHasher } from './passwords';

/**
 * scrypt in plain JavaScript, for where Node's crypto is absent (the msw demo in the browser).
 * Same parameters and stored form as the Node hasher: hashes made by one verify with the other.
 */
export const jsPasswords = passwordHasher((password, salt, { N, r, p, keyLength }) =>
  scryptAsync(password.normalize('NFC'), salt, { N, r, p, dkLen: keyLength }),
);
