import { nodePasswords } from '../../src/server/auth/passwords-node';
import { users } from '../../src/server/db/schema';
import type { Db } from '../../src/server/db/types';
import type { Role } from '../../src/domain/enums';

/** The password of every account the tests create. */
export const TEST_PASSWORD = 'mot-de-passe-des-tests';
export const TEST_ADMIN = 'admin@essai.test';

let testPasswordHash: Promise<string> | undefined;
/** Hashed once per test file: scrypt is deliberately slow. */
export const testPasswordHashed = () => (testPasswordHash ??= nodePasswords.hash(TEST_PASSWORD));

/** Creates an account (password TEST_PASSWORD) directly in the database; returns its id. */
export async function createAccount(db: Db, email: string, role: Role, memberId: number | null = null): Promise<number> {
  const [row] = await db
    .insert(users)
    .values({ email, name: email.split('@')[0], role, memberId, passwordHash: await testPasswordHashed() })
    .returning({ id: users.id });
  return row.id;
}
