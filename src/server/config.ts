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
  /** SMTP_URL: the outbox is sent through this server (`smtp://user:password@host:587`, `smtps://…:465`); absent: nothing is sent. */
  smtpUrl?: string;
  /** MAIL_FROM: the sender of every message (required with SMTP_URL), « GIP Ma santé, Ma Région <recrutement@exemple.fr> ». */
  mailFrom?: string;
  /** MAIL_MAX_ATTEMPTS: tries per message before it is marked « échec » (default 8: about four hours of backoff). */
  mailMaxAttempts?: number;
  /** MAIL_POLL_MS: how often the worker looks for messages to send (milliseconds; default 5 s). */
  mailPollMs?: number;
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
  const mail = readMailConfig(env);
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
    ...mail,
  };
}

/** An address alone (`a@b.fr`) or with a name (`Name <a@b.fr>`, the name possibly in quotes). */
const MAILBOX = /^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/;

/** SMTP_URL, MAIL_FROM, MAIL_MAX_ATTEMPTS, MAIL_POLL_MS: refused at start-up when they cannot work (rather than at the first message). */
function readMailConfig(env: NodeJS.ProcessEnv): Pick<ServerConfig, 'smtpUrl' | 'mailFrom' | 'mailMaxAttempts' | 'mailPollMs'> {
  const smtpUrl = env.SMTP_URL?.trim() || undefined;
  const mailFrom = env.MAIL_FROM?.trim() || undefined;
  if (smtpUrl) {
    let url: URL;
    try {
      url = new URL(smtpUrl);
    } catch {
      throw new Error('SMTP_URL invalide : adresse attendue, par exemple smtp://utilisateur:motdepasse@smtp.exemple.fr:587');
    }
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error(`SMTP_URL invalide : protocole ${url.protocol} (smtp: ou smtps: attendu)`);
    if (!url.hostname) throw new Error('SMTP_URL invalide : serveur manquant');
    if (!mailFrom) throw new Error('MAIL_FROM est requis avec SMTP_URL : l’adresse d’expéditeur des courriels, par exemple « GIP Ma santé, Ma Région <recrutement@exemple.fr> »');
  }
  if (mailFrom && !MAILBOX.test(mailFrom)) throw new Error(`MAIL_FROM invalide : ${mailFrom} (adresse attendue, éventuellement « Nom <adresse> »)`);
  const raw = env.MAIL_MAX_ATTEMPTS;
  const mailMaxAttempts = raw === undefined || raw === '' ? undefined : Number(raw);
  if (mailMaxAttempts !== undefined && (!Number.isInteger(mailMaxAttempts) || mailMaxAttempts < 1 || mailMaxAttempts > 50))
    throw new Error(`MAIL_MAX_ATTEMPTS invalide : ${raw} (nombre entier de 1 à 50)`);
  const rawPoll = env.MAIL_POLL_MS;
  const mailPollMs = rawPoll === undefined || rawPoll === '' ? undefined : Number(rawPoll);
  // At least 100 ms: each poll is a query, and a tighter loop would only load the database.
  if (mailPollMs !== undefined && (!Number.isInteger(mailPollMs) || mailPollMs < 100 || mailPollMs > 3_600_000))
    throw new Error(`MAIL_POLL_MS invalide : ${rawPoll} (millisecondes, de 100 à 3 600 000)`);
  return { smtpUrl, mailFrom, mailMaxAttempts, mailPollMs };
}
