import type { Db } from './db/types';
import type { Actor } from './rest/repository';

/** What every handler finds in `c.var`. */
export interface AppEnv {
  Variables: {
    db: Db;
    actor: Actor;
  };
}
