import { resolve } from 'node:path';
import { parseTrustedProxies } from './auth/client';

/** Configuration from the environment (documented in the README). */
export interface ServerConfig {
  port: number;
  host: string;
  /** PGlite's folder, when DATABASE_URL is not set. */
  dataDir: string;
  databaseUrl?: string;
  /** Connections per API process to PostgreSQL. */
  poolSize: number;
  /** DB_CONNECT_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS (PostgreSQL). */
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
  /** The built app served at /. */
  staticDir: string;
  /** Load the demonstration data into an empty database. */
  seedDemo: boolean;
  /**
   * How long each process keeps a statistics answer (STATS_CACHE_MS, milliseconds; default 30 s; 0: every
   * request computes its figures). Undefined: the API's default.
   */
  statsCacheMs?: number;
  /** TRUSTED_PROXIES: the proxies whose X-Forwarded-For / -Proto are believed (comma-separated addresses or CIDRs). */
  trustedProxies?: string;
  /** COOKIE_SECURE=1: the session cookie is always Secure. */
  cookieSecure: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT invalide : ${env.PORT}`);
  const poolSize = Number(env.DB_POOL_SIZE ?? 10);
  if (!Number.isInteger(poolSize) || poolSize < 1) throw new Error(`DB_POOL_SIZE invalide : ${env.DB_POOL_SIZE}`);
  const milliseconds = (name: string) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} invalide : ${raw} (millisecondes, au moins 1)`);
    return value;
  };
  const statsCacheMs = env.STATS_CACHE_MS === undefined || env.STATS_CACHE_MS === '' ? undefined : Number(env.STATS_CACHE_MS);
  if (statsCacheMs !== undefined && (!Number.isInteger(statsCacheMs) || statsCacheMs < 0))
    throw new Error(`STATS_CACHE_MS invalide : ${env.STATS_CACHE_MS} (millisecondes, 0 pour ne rien garder)`);
  // Said at start-up rather than at the first sign-in.
  parseTrustedProxies(env.TRUSTED_PROXIES);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    poolSize,
    connectTimeoutMs: milliseconds('DB_CONNECT_TIMEOUT_MS'),
    statementTimeoutMs: milliseconds('DB_STATEMENT_TIMEOUT_MS'),
    staticDir: resolve(env.STATIC_DIR ?? 'dist'),
    seedDemo: env.SEED_DEMO !== '0',
    statsCacheMs,
    trustedProxies: env.TRUSTED_PROXIES || undefined,
    cookieSecure: env.COOKIE_SECURE === '1',
  };
}
