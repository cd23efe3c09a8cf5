/**
 * Loads data into the database of the environment (DATABASE_URL → PostgreSQL, else PGlite in DATA_DIR,
 * default ./data):
 *
 *   npm run seed                     demonstration data, if the database is empty
 *   npm run seed -- --scale 100      and large volumes for benchmarks (see src/server/seed/scale.ts)
 *   npm run seed -- --reset …        empties every table first
 *
 * Then VACUUM ANALYZE, and prints the rows per table and the time taken.
 */
import { sql } from 'drizzle-orm';
import { readConfig } from '../config';
import { openDatabase, type NodeDatabase } from '../db/open';
import { analyze, demoAccounts, seedDemo } from '../seed/demo';
import { seedScale } from '../seed/scale';
import { parseSeedArgs, seedUsage } from './seed-options';

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const rowsOf = <T>(result: unknown): T[] => ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];

async function tables(database: NodeDatabase): Promise<string[]> {
  const rows = rowsOf<{ name: string }>(
    await database.db.execute(sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`),
  );
  return rows.map((r) => r.name);
}

async function main() {
  const options = parseSeedArgs(process.argv.slice(2));
  if (options.help) return console.log(seedUsage);
  const config = readConfig();
  const started = performance.now();
  const where = config.databaseUrl ? `PostgreSQL (${new URL(config.databaseUrl).host})` : `PGlite (${config.dataDir})`;
  console.log(`Base : ${where}`);

  let database: NodeDatabase;
  try {
    database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir });
  } catch (error) {
    throw new Error(`Impossible d'ouvrir la base : ${(error as Error).message}`);
  }
  try {
    await database.migrate();
    if (options.reset) {
      const names = await tables(database);
      await database.db.execute(sql.raw(`truncate table ${names.map((n) => `"${n}"`).join(', ')} restart identity cascade`));
      console.log(`Tables vidées (${names.length}).`);
    }

    let step = performance.now();
    const loaded = await seedDemo(database.db);
    console.log(loaded ? `Données de démonstration chargées (${seconds(step)}).` : 'La base contient déjà des membres : données de démonstration non rechargées.');
    if (loaded) for (const a of demoAccounts) console.log(`  compte ${a.role.padEnd(6)} ${a.email}${a.memberName ? ` (${a.memberName})` : ''}`);

    if (options.scale) {
      step = performance.now();
      console.log(`Volume à l'échelle ${options.scale} :`);
      await seedScale(database.db, options.scale, (message) => console.log(message));
      console.log(`Volume ajouté (${seconds(step)}).`);
    }

    step = performance.now();
    try {
      await database.db.execute(sql`vacuum analyze`);
      console.log(`VACUUM ANALYZE (${seconds(step)}).`);
    } catch {
      await analyze(database.db); // some hosted servers refuse VACUUM to a non-owner
      console.log(`ANALYZE (${seconds(step)}).`);
    }

    console.log('\nLignes par table :');
    for (const name of await tables(database)) {
      const [{ n }] = rowsOf<{ n: number | string }>(await database.db.execute(sql.raw(`select count(*) as n from "${name}"`)));
      console.log(`  ${name.padEnd(20)} ${Number(n).toLocaleString('fr-FR').padStart(12)}`);
    }
    console.log(`\nTerminé en ${seconds(started)}.`);
  } finally {
    await database.close();
  }
}

main().catch((error: Error) => {
  console.error(`Erreur : ${error.message}`);
  if (process.env.DEBUG) console.error(error.stack);
  process.exit(1);
});
