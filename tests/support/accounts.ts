import { scrypt } from 'node:crypto';
import { passwordHasher, SCRYPT_PARAMS } from '../../src/server/auth/passwords';
import { users } from '../../src/server/db/schema';
import type { Db } from '../../src/server/db/types';
import type { Role } from '../../src/domain/enums';

/** The password of every account the tests create. */
export const TEST_PASSWORD = 'mot-de-passe-des-tests';
export const TEST_ADMIN = 'admin@essai.test';

/**
 * The accounts the tests insert are hashed with scrypt at N = 2¹⁰ instead of the server's 2¹⁵. The stored
 * form carries its parameters, so each sign-in still goes through the server's own verify (Node's, or
 * the JavaScript one on the app tests' main thread), 32 times cheaper; what the server hashes itself
 * (accounts created and passwords changed through the API, unknown addresses' dummy check) keeps the
 * production cost.
 */
const fixturePasswords = passwordHasher(
  (password, salt, { N, r, p, keyLength }) =>
    new Promise((resolve, reject) =>
      scrypt(password, salt, keyLength, { N, r, p }, (error, key) => (error ? reject(error) : resolve(new Uint8Array(key)))),
    ),
  { ...SCRYPT_PARAMS, N: 1 << 10 },
);

let testPasswordHash: Promise<string> | undefined;
/** Hashed once per test file. */
export const testPasswordHashed = () => (testPasswordHash ??= fixturePasswords.hash(TEST_PASSWORD));

/** Creates an account (password TEST_PASSWORD) directly in the database; returns its id. */
export async function createAccount(db: Db, email: string, role: Role, memberId: number | null = null): Promise<number> {
  const [row] = await db
    .insert(users)
    .values({ email, name: email.split('@')[0], role, memberId, passwordHash: await testPasswordHashed() })
    .returning({ id: users.id });
  return row.id;
}
