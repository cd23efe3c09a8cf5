import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /**
     * The folder where the test SMTP server writes each message it accepts (`<n>.eml`, raw, in the order
     * received); empty when the suite reuses a running product (MAILLAGE_E2E_URL), whose mail goes elsewhere.
     */
    mailDir: string;
  }
}

/** The sender the product is started with: the messages' From. */
export const E2E_MAIL_FROM = 'recrutement@masante-maregion.test';

/**
 * Starts a real SMTP server (tests/support/smtp.ts) on the loopback, then the product as `npm start`
 * does (building the app when needed) on a fresh embedded database in a folder of its own and a free
 * port, with the demonstration data, sending its outbox to that SMTP server (polled every 200 ms).
 * The test files run in other processes than this setup: the messages reach them as .eml files.
 */
export default async function setup(project: TestProject) {
  // While writing tests: MAILLAGE_E2E_URL=http://127.0.0.1:4000 reuses a product already running there
  // (its data changes with each run; the suite's own run always starts a fresh one). Its mail is not
  // seen here: the tests that read messages skip those checks.
  if (process.env.MAILLAGE_E2E_URL) {
    project.provide('baseUrl', process.env.MAILLAGE_E2E_URL.replace(/\/$/, ''));
    project.provide('mailDir', '');
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'maillage-e2e-'));
  const mailDir = join(dataDir, 'courriels');
  mkdirSync(mailDir);
  let server: ServerProcess | undefined;
  let smtp: TestSmtpServer | undefined;
  try {
    let count = 0;
    // The raw bytes (the server keeps them as latin1 text): the .eml is the message as it arrived.
    smtp = await startSmtpServer((mail) => writeFileSync(join(mailDir, `${String(++count).padStart(4, '0')}.eml`), mail.raw, 'latin1'));
    // Its own data folder and its own build of the app, so that nothing else running here interferes.
    server = await startServerProcess(
      { DATA_DIR: dataDir, STATIC_DIR: join(dataDir, 'dist'), DATABASE_URL: '', SMTP_URL: smtp.url, MAIL_FROM: E2E_MAIL_FROM, MAIL_POLL_MS: '200' },
      [],
    );
  } catch (error) {
    await smtp?.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('baseUrl', server.url);
  project.provide('mailDir', mailDir);
  return async () => {
    await server?.stop();
    await smtp?.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
