import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config';

/** The environment read by `npm start` (src/server/config.ts). */
describe('readConfig', () => {
  it('leaves the statistics cache to the API default without STATS_CACHE_MS', () => {
    expect(readConfig({}).statsCacheMs).toBeUndefined();
    expect(readConfig({ STATS_CACHE_MS: '' }).statsCacheMs).toBeUndefined();
  });

  it('reads STATS_CACHE_MS in milliseconds, 0 turning the cache off', () => {
    expect(readConfig({ STATS_CACHE_MS: '0' }).statsCacheMs).toBe(0);
    expect(readConfig({ STATS_CACHE_MS: '5000' }).statsCacheMs).toBe(5000);
  });

  it('refuses a STATS_CACHE_MS that is not a whole number of milliseconds', () => {
    expect(() => readConfig({ STATS_CACHE_MS: '-1' })).toThrow(/STATS_CACHE_MS invalide/);
    expect(() => readConfig({ STATS_CACHE_MS: '30s' })).toThrow(/STATS_CACHE_MS invalide/);
  });
});
