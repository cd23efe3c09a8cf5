import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServerProcess, type ServerProcess } from '../support/server-process';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Starts the product as `npm start` does (building the app when needed) on a fresh embedded database
 * in a folder of its own and a free port, with the demonstration data.
 */
export default async function setup(project: TestProject) {
  // While writing tests: MAILLAGE_E2E_URL=http://127.0.0.1:4000 reuses a product already running there
  // (its data changes with each run; the suite's own run always starts a fresh one).
  if (process.env.MAILLAGE_E2E_URL) {
    project.provide('baseUrl', process.env.MAILLAGE_E2E_URL.replace(/\/$/, ''));
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'maillage-e2e-'));
  let server: ServerProcess | undefined;
  try {
    // Its own data folder and its own build of the app, so that nothing else running here interferes.
    server = await startServerProcess({ DATA_DIR: dataDir, STATIC_DIR: join(dataDir, 'dist'), DATABASE_URL: '' }, []);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('baseUrl', server.url);
  return async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
