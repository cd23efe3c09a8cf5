/** The command line of `npm run seed` (src/server/cli/seed.ts), read without touching any database. */

export const seedUsage = `Usage : npm run seed -- [--scale N] [--reset]
  --scale N   ajoute un grand volume de données (N = 100 : 100 000 candidats, 25 000 recrutements, 1,1 million de lignes d'activité ; moins d'une minute)
  --reset     vide toutes les tables avant de charger les données
Base : DATABASE_URL (PostgreSQL) si défini, sinon PGlite dans DATA_DIR (./data par défaut).`;

export interface SeedOptions {
  /** `--help` / `-h`: print the usage and do nothing else. */
  help: boolean;
  scale?: number;
  reset: boolean;
}

/** Reads the arguments after `npm run seed --`; throws a French message on a bad option or scale. */
export function parseSeedArgs(args: readonly string[]): SeedOptions {
  const options: SeedOptions = { help: false, reset: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') return { help: true, reset: false };
    if (arg === '--reset') options.reset = true;
    else if (arg === '--scale' || arg.startsWith('--scale=')) {
      const value = arg.includes('=') ? arg.slice('--scale='.length) : args[++i];
      const scale = Number(value);
      if (!value || !Number.isInteger(scale) || scale < 1) throw new Error(`--scale attend un entier positif (reçu : ${value ?? 'rien'})`);
      options.scale = scale;
    } else throw new Error(`Option inconnue : ${arg}\n${seedUsage}`);
  }
  return options;
}
