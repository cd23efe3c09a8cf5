import type { SessionTransport } from './auth/middleware';
import type { PasswordHasher } from './auth/passwords';
import type { SessionState } from './auth/sessions';
import type { Db } from './db/types';
import type { Actor } from './rest/repository';

/** What every handler finds in `c.var`. */
export interface AppEnv {
  Variables: {
    db: Db;
    actor: Actor;
    passwords: PasswordHasher;
    sessionTransport: SessionTransport;
    /** Set by `requireSession` on every route but the public ones. */
    session?: SessionState;
  };
}
