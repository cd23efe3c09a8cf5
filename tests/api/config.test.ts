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

  it('reads the proxies, the secure cookie and the database timeouts, and refuses malformed ones at start-up', () => {
    const config = readConfig({ TRUSTED_PROXIES: '10.0.0.0/8, ::1', COOKIE_SECURE: '1', DB_CONNECT_TIMEOUT_MS: '2000', DB_STATEMENT_TIMEOUT_MS: '30000' });
    expect(config).toMatchObject({ trustedProxies: '10.0.0.0/8, ::1', cookieSecure: true, connectTimeoutMs: 2000, statementTimeoutMs: 30000 });
    expect(readConfig({})).toMatchObject({ trustedProxies: undefined, cookieSecure: false, connectTimeoutMs: undefined, statementTimeoutMs: undefined });
    expect(() => readConfig({ TRUSTED_PROXIES: 'proxy.local' })).toThrow(/TRUSTED_PROXIES/);
    expect(() => readConfig({ DB_CONNECT_TIMEOUT_MS: '0' })).toThrow(/DB_CONNECT_TIMEOUT_MS invalide/);
    expect(() => readConfig({ DB_STATEMENT_TIMEOUT_MS: '15s' })).toThrow(/DB_STATEMENT_TIMEOUT_MS invalide/);
  });

  it('reads SMTP_URL with MAIL_FROM (required with it) and MAIL_MAX_ATTEMPTS, and refuses what could not send', () => {
    expect(readConfig({})).toMatchObject({ smtpUrl: undefined, mailFrom: undefined, mailMaxAttempts: undefined });
    expect(readConfig({ SMTP_URL: 'smtps://rh:secret@smtp.exemple.fr:465', MAIL_FROM: 'GIP Ma santé, Ma Région <recrutement@exemple.fr>', MAIL_MAX_ATTEMPTS: '5' })).toMatchObject({
      smtpUrl: 'smtps://rh:secret@smtp.exemple.fr:465',
      mailFrom: 'GIP Ma santé, Ma Région <recrutement@exemple.fr>',
      mailMaxAttempts: 5,
    });
    expect(readConfig({ SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'recrutement@exemple.fr' }).mailFrom).toBe('recrutement@exemple.fr');
    expect(() => readConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' })).toThrow(/MAIL_FROM est requis avec SMTP_URL/);
    expect(() => readConfig({ SMTP_URL: 'https://smtp.exemple.fr', MAIL_FROM: 'a@exemple.fr' })).toThrow(/SMTP_URL invalide : protocole https:/);
    expect(() => readConfig({ SMTP_URL: 'smtp.exemple.fr', MAIL_FROM: 'a@exemple.fr' })).toThrow(/SMTP_URL invalide/);
    expect(() => readConfig({ SMTP_URL: 'smtp://h.fr', MAIL_FROM: 'pas une adresse' })).toThrow(/MAIL_FROM invalide/);
    expect(() => readConfig({ MAIL_MAX_ATTEMPTS: '0' })).toThrow(/MAIL_MAX_ATTEMPTS invalide/);
  });

  it('reads MAIL_POLL_MS, the worker\'s interval, and refuses a loop too tight or a value that is not milliseconds', () => {
    expect(readConfig({}).mailPollMs).toBeUndefined();
    expect(readConfig({ MAIL_POLL_MS: '' }).mailPollMs).toBeUndefined();
    expect(readConfig({ MAIL_POLL_MS: '200' }).mailPollMs).toBe(200);
    expect(() => readConfig({ MAIL_POLL_MS: '50' })).toThrow(/MAIL_POLL_MS invalide : 50/);
    expect(() => readConfig({ MAIL_POLL_MS: '5s' })).toThrow(/MAIL_POLL_MS invalide/);
    expect(() => readConfig({ MAIL_POLL_MS: '1.5' })).toThrow(/MAIL_POLL_MS invalide/);
  });
});
