import type { ClientInfo } from './auth/client';
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
    /** The client's address and scheme, with the forwarding headers believed only from trusted proxies. */
    client: () => ClientInfo;
    /** COOKIE_SECURE=1: the session cookie is `Secure` (and `__Host-`) even when the request looked like HTTP. */
    cookieSecure: boolean;
    /** Set by `requireSession` on every route but the public ones. */
    session?: SessionState;
  };
}
