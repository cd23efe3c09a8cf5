import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/database';

describeEachDatabase('GET /api/health', (fx) => {
  it('reports the database as reachable', async () => {
    const res = await fx.call('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: { kind: fx.kind, reachable: true } });
  });
});
