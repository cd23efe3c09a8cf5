import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDatabase, type NodeDatabase } from '../../src/server/db/open';
import { auditEntries, candidates, documents } from '../../src/server/db/schema';
import type { Executor } from '../../src/server/db/types';
import { documentFile, sha256Hex, storeDocument } from '../../src/server/files/store';
import { describeEachDatabase } from '../support/database';
import { sampleFiles } from '../support/files';

const candidate = { firstName: 'Inès', lastName: 'Barthe', email: 'ines.barthe@essai.test', profession: 'medecin', source: 'site', consentUntil: '2030-01-01' };

/** Stores every accepted type and reads the same bytes back; refuses by content and writes nothing. */
function storeAndRead(db: () => Executor) {
  it('stores each accepted type and gives back the same bytes, its hash and the type it is', async () => {
    const [c] = await db().insert(candidates).values({ ...candidate, email: `ines.${Math.random()}@essai.test` }).returning({ id: candidates.id });
    for (const [name, make] of Object.entries({ pdf: sampleFiles.pdf, docx: sampleFiles.docx, odt: sampleFiles.odt, png: sampleFiles.png, jpeg: sampleFiles.jpeg })) {
      const bytes = make();
      const stored = await storeDocument(db(), { candidateId: c.id, kind: 'cv', fileName: `../mon cv.${name}.txt`, bytes }, { userId: null });
      expect(stored).not.toHaveProperty('content');
      expect(stored.size).toBe(bytes.length);
      expect(stored.sha256).toBe(await sha256Hex(bytes));
      expect(stored.fileName).toMatch(/^mon cv\.\w+\.(pdf|docx|odt|png|jpg)$/);
      const file = await documentFile(db(), stored.id);
      expect(Buffer.from(file!.content).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('refuses a file by its content with the French reason on the field, and writes nothing', async () => {
    const [c] = await db().insert(candidates).values({ ...candidate, email: `ines.${Math.random()}@essai.test` }).returning({ id: candidates.id });
    const before = (await db().select().from(auditEntries)).length;
    await expect(storeDocument(db(), { candidateId: c.id, kind: 'cv', fileName: 'cv.pdf', bytes: sampleFiles.executable() }, { userId: null }, 'cv')).rejects.toMatchObject({
      status: 400,
      errors: { cv: expect.stringMatching(/^Format non accepté/) },
    });
    expect(await db().select().from(documents).where(eq(documents.candidateId, c.id))).toEqual([]);
    expect((await db().select().from(auditEntries)).length).toBe(before);
  });
}

describeEachDatabase('documents stored in the database', (fx) => storeAndRead(() => fx.database.db));

describe('documents through the PGlite worker thread', () => {
  let database: NodeDatabase;
  beforeAll(async () => {
    database = await openDatabase({ loadDataDir: new Blob([readFileSync(inject('pgliteImage'))]), worker: true });
  });
  afterAll(() => database?.close());
  storeAndRead(() => database.db);
});
