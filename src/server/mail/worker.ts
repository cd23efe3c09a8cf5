import { and, eq, inArray, sql } from 'drizzle-orm';
// nodemailer 10.6 (Nov. 2026; MIT; one maintainer since 2010, releases every few weeks, no dependency)
// is Node's standard SMTP client and ships its own TypeScript declarations since 10.0, so no @types
// package is needed for it. Node-only: this file is imported by src/server/cli/start.ts alone, never
// by the API, which also runs in the browser demo.
import { createTransport } from 'nodemailer';
import { recordAudit } from '../audit';
import * as t from '../db/schema';
import type { Db } from '../db/types';

/**
 * The outbox's sender, inside the server process (started by src/server/cli/start.ts when SMTP_URL and
 * MAIL_FROM are set, stopped on shutdown). Every `pollMs` it claims the messages that are due and sends
 * them through SMTP:
 *
 * - **claim**: one statement, `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED LIMIT n)`, which
 *   pushes the claimed rows' `next_attempt_at` a lease ahead (`leaseMs`) and bumps their version. Two
 *   workers (two processes on one PostgreSQL) never claim the same row: a row locked by the other's
 *   claim is skipped, and one it has claimed and committed is no longer due. The claim is its own short
 *   transaction; nothing is held open while the SMTP server is talked to (on PGlite an open
 *   transaction would stop every other query of the process);
 * - **send** through nodemailer, then **mark** the row at the version it was claimed at: `envoye` with
 *   `sentAt`; or, on failure, `attempts` + 1, `lastError`, and due again after an exponential backoff
 *   (`backoffMs`: 1 min, 2, 4, … at most 6 h), until `maxAttempts`, then `echec` (HR may « Renvoyer »).
 *
 * A process that dies between the send and the mark leaves its claim to expire: the message is sent
 * again after the lease (at least once, as SMTP allows; never twice by two live workers).
 */
export interface MailWorkerOptions {
  db: Db;
  /** SMTP_URL: `smtp://user:password@host:587` (STARTTLS when offered), `smtps://…:465`. */
  smtpUrl: string;
  /** MAIL_FROM: the sender of every message. */
  from: string;
  /** Tries per message before `echec` (MAIL_MAX_ATTEMPTS, default 8). */
  maxAttempts?: number;
  /** Between two polls when the last one found nothing more to send (default 5 s). */
  pollMs?: number;
  /** Messages claimed at once (default 10). */
  batchSize?: number;
  /** How long a claimed message is withheld from the other workers (default 5 min: more than a send's timeouts). */
  leaseMs?: number;
  /** The wait before the next try after `failures` failures (default 1 min × 2^(failures − 1), at most 6 h). */
  backoffMs?: (failures: number) => number;
  /** The clock (tests move it forward instead of waiting). */
  now?: () => Date;
  log?: (message: string) => void;
}

export const DEFAULT_MAX_ATTEMPTS = 8;
const MINUTE = 60_000;
export const defaultBackoffMs = (failures: number) => Math.min(MINUTE * 2 ** Math.max(0, failures - 1), 6 * 60 * MINUTE);

export interface RunResult {
  sent: number;
  failed: number;
}

export interface MailWorker {
  /** Claims and sends what is due now, until nothing is; resolves with what happened. A call during a run joins it. */
  runOnce(): Promise<RunResult>;
  /** Polls every `pollMs` until stop(). */
  start(): void;
  /** Stops polling, waits for the run under way, closes the SMTP connection. */
  stop(): Promise<void>;
}

/** What is kept of an SMTP failure: the server's reply (« 451 4.3.0 Réessayez plus tard ») or the error's code and message. */
function failureText(error: unknown): string {
  const e = error as { response?: string; responseCode?: number; code?: string; message?: string };
  const text = e.response ?? [e.code, e.message].filter(Boolean).join(' : ') ?? String(error);
  return (text || String(error)).replace(/\s+/g, ' ').trim().slice(0, 500);
}

export function createMailWorker(options: MailWorkerOptions): MailWorker {
  const { db, from } = options;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const batchSize = options.batchSize ?? 10;
  const leaseMs = options.leaseMs ?? 5 * MINUTE;
  const pollMs = options.pollMs ?? 5_000;
  const backoffMs = options.backoffMs ?? defaultBackoffMs;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string) => console.log(`[mail] ${message}`));
  // Timeouts well under the lease, so that a send ends (sent or failed) before another worker may claim it.
  const transport = createTransport({ url: options.smtpUrl, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });

  let running: Promise<RunResult> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  /**
   * The due messages this worker takes, at most `batchSize`. The locking SELECT is a MATERIALIZED CTE:
   * written as `UPDATE … WHERE id IN (SELECT … LIMIT n FOR UPDATE SKIP LOCKED)`, PostgreSQL's planner may
   * run the subquery again for each row it updates (a nested-loop semi-join), and one worker then took
   * every due message instead of n (seen with 24 messages and two workers: the other got none).
   */
  async function claim() {
    const at = now();
    const result = (await db.execute(sql`
      with due as materialized (
        select ${t.emails.id} as id from ${t.emails}
        where ${t.emails.status} = 'en_attente' and ${t.emails.nextAttemptAt} <= ${at.toISOString()}
        order by ${t.emails.nextAttemptAt}, ${t.emails.id}
        limit ${batchSize}
        for update skip locked
      )
      update ${t.emails} set next_attempt_at = ${new Date(at.getTime() + leaseMs).toISOString()}, version = ${t.emails.version} + 1
      from due where ${t.emails.id} = due.id
      returning ${t.emails.id} as id`)) as unknown as { rows: { id: number }[] };
    const ids = result.rows.map((r) => Number(r.id));
    if (!ids.length) return [];
    return db.select().from(t.emails).where(inArray(t.emails.id, ids)).orderBy(t.emails.id);
  }

  /** Writes a send's outcome, if the row is still as claimed; audited as the system's write. */
  async function mark(claimed: typeof t.emails.$inferSelect, change: Partial<typeof t.emails.$inferInsert>) {
    await db.transaction(async (tx) => {
      const [row] = await tx
        .update(t.emails)
        .set({ ...change, version: sql`${t.emails.version} + 1` })
        .where(and(eq(t.emails.id, claimed.id), eq(t.emails.version, claimed.version)))
        .returning({ id: t.emails.id, status: t.emails.status, attempts: t.emails.attempts, sentAt: t.emails.sentAt, lastError: t.emails.lastError });
      if (!row) return log(`courriel n° ${claimed.id} : modifié pendant son envoi, état laissé tel quel`);
      await recordAudit(tx, {
        userId: null,
        action: 'update',
        resource: 'emails',
        recordId: claimed.id,
        before: { status: claimed.status, attempts: claimed.attempts, lastError: claimed.lastError },
        after: row,
      });
    });
  }

  async function send(email: typeof t.emails.$inferSelect): Promise<boolean> {
    const attempts = email.attempts + 1;
    try {
      await transport.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: email.body,
        attachments: email.attachments.map((a) => ({ filename: a.fileName, contentType: a.mediaType, content: a.content, encoding: a.encoding })),
      });
    } catch (error) {
      const lastError = failureText(error);
      const final = attempts >= maxAttempts;
      log(`courriel n° ${email.id} : tentative ${attempts} sur ${maxAttempts} échouée (${lastError})${final ? ' — abandon' : ''}`);
      await mark(email, final ? { status: 'echec', attempts, lastError } : { attempts, lastError, nextAttemptAt: new Date(now().getTime() + backoffMs(attempts)).toISOString() });
      return false;
    }
    await mark(email, { status: 'envoye', attempts, sentAt: now().toISOString() });
    return true;
  }

  async function run(): Promise<RunResult> {
    const result = { sent: 0, failed: 0 };
    for (;;) {
      const batch = await claim();
      for (const email of batch) (await send(email)) ? result.sent++ : result.failed++;
      if (batch.length < batchSize || stopped) return result;
    }
  }

  function runOnce() {
    running ??= run().finally(() => (running = undefined));
    return running;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(async () => {
      try {
        await runOnce();
      } catch (error) {
        // A database that is down for a while: said, and tried again at the next poll.
        log(`envoi interrompu : ${error instanceof Error ? error.message : String(error)}`);
      }
      schedule();
    }, pollMs);
    timer.unref?.();
  }

  return {
    runOnce,
    start() {
      stopped = false;
      if (!timer) schedule();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      await running?.catch(() => {});
      transport.close();
    },
  };
}
