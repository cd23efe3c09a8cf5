import { resolve } from 'node:path';

/** Configuration from the environment (documented in the README). */
export interface ServerConfig {
  port: number;
  host: string;
  /** PGlite's folder, when DATABASE_URL is not set. */
  dataDir: string;
  databaseUrl?: string;
  /** Connections per API process to PostgreSQL. */
  poolSize: number;
  /** The built app served at /. */
  staticDir: string;
  /** Load the demonstration data into an empty database. */
  seedDemo: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT invalide : ${env.PORT}`);
  const poolSize = Number(env.DB_POOL_SIZE ?? 10);
  if (!Number.isInteger(poolSize) || poolSize < 1) throw new Error(`DB_POOL_SIZE invalide : ${env.DB_POOL_SIZE}`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    poolSize,
    staticDir: resolve(env.STATIC_DIR ?? 'dist'),
    seedDemo: env.SEED_DEMO !== '0',
  };
}
