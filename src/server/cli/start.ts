import { serve } from '@hono/node-server';
import { readConfig } from '../config';
import { openDatabase } from '../db/open';
import { createMailWorker, type MailWorker } from '../mail/worker';
import { createNodeApp } from '../node-app';
import { nodePasswords } from '../auth/passwords-node';
import { demoAccounts, seedDemo } from '../seed/demo';
import { DEMO_PASSWORD, setDemoPasswords } from '../seed/demo-passwords';
import { buildAppIfNeeded } from './build-app';

/**
 * `npm start`: builds the app when needed, opens the database (PGlite in DATA_DIR, or PostgreSQL
 * through DATABASE_URL), applies migrations, loads the demonstration data into an empty database,
 * and serves the API under /api and the app at /.
 */
const log = (message: string) => console.log(`[maillage] ${message}`);
const started = Date.now();
const config = readConfig();
const skipBuild = process.argv.includes('--no-build') || process.env.SKIP_BUILD === '1';

try {
  if (!skipBuild) await buildAppIfNeeded(config.staticDir, log);
  // PGlite in a worker thread unless PGLITE_WORKER=0 (src/server/db/pglite-client.ts).
  const worker = process.env.PGLITE_WORKER !== '0';
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.poolSize,
    connectTimeoutMs: config.connectTimeoutMs,
    statementTimeoutMs: config.statementTimeoutMs,
    worker,
    prepared: process.env.PGLITE_PREPARED !== '0',
  });
  log(config.databaseUrl ? 'Base PostgreSQL (DATABASE_URL).' : `Base embarquée PGlite dans ${config.dataDir}${worker ? ' (fil de travail)' : ''}.`);
  await database.migrate();
  if (config.seedDemo) {
    if (await seedDemo(database.db)) log('Données de démonstration chargées.');
    await setDemoPasswords(database.db, nodePasswords);
  }

  // The outbox is sent only when an SMTP server is configured; otherwise messages wait, marked so in the app.
  let mail: MailWorker | undefined;
  if (config.smtpUrl && config.mailFrom) {
    mail = createMailWorker({ db: database.db, smtpUrl: config.smtpUrl, from: config.mailFrom, maxAttempts: config.mailMaxAttempts, pollMs: config.mailPollMs });
    mail.start();
    log(`Courriels envoyés par ${new URL(config.smtpUrl).host} (SMTP_URL), expéditeur ${config.mailFrom}.`);
  } else log('Courriels : aucun serveur SMTP configuré (SMTP_URL) ; ils restent dans la file d’envoi.');

  const smtpConfigured = Boolean(mail);
  const server = serve({ fetch: createNodeApp(database, config.staticDir, nodePasswords, { ...config, smtpConfigured }).fetch, port: config.port, hostname: config.host }, (info) => {
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    log(`Prêt en ${((Date.now() - started) / 1000).toFixed(1)} s : http://${host}:${info.port}`);
    if (config.seedDemo) {
      log(`Comptes de démonstration (mot de passe « ${DEMO_PASSWORD} ») :`);
      for (const a of demoAccounts) log(`  ${a.email.padEnd(28)} ${a.role.padEnd(7)} ${a.name}`);
    }
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} reçu, arrêt…`);
    server.close();
    // The send under way finishes (and is marked) before the database closes.
    Promise.resolve(mail?.stop())
      .catch(() => {})
      .then(() => database.close())
      .finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  console.error(`[maillage] Démarrage impossible : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
