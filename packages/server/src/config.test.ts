import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has defaults that run the demo on the embedded database', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, dataDir: path.resolve('./data'), demoMode: true, databaseUrl: undefined });
  });

  it('turns demo mode off by default on a PostgreSQL server, unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db/motcua' }).demoMode).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db/motcua', DEMO_MODE: 'true' }).demoMode).toBe(true);
    expect(loadConfig({ DEMO_MODE: 'false' }).demoMode).toBe(false);
  });

  it('names every bad variable and why', () => {
    const attempt = () =>
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOGIN_MAX_FAILURES: '0', DEMO_MODE: 'maybe' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (e) {
      const message = (e as Error).message;
      for (const name of ['PORT', 'DATABASE_URL', 'LOGIN_MAX_FAILURES', 'DEMO_MODE']) expect(message).toContain(name);
      expect(message).toContain('must start with postgres://');
    }
  });

  it('reads the escalation answer time in working hours, 8 by default', () => {
    expect(loadConfig({}).escalationSlaHours).toBe(8);
    expect(loadConfig({ ESCALATION_SLA_HOURS: '4.5' }).escalationSlaHours).toBe(4.5);
    expect(() => loadConfig({ ESCALATION_SLA_HOURS: '0' })).toThrow(/ESCALATION_SLA_HOURS/);
  });

  it('takes the public address of printed QR codes without its trailing slash, http(s) only', () => {
    expect(loadConfig({}).publicBaseUrl).toBeUndefined();
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://motcua.soyte.lamdong.gov.vn/' }).publicBaseUrl).toBe(
      'https://motcua.soyte.lamdong.gov.vn',
    );
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'ftp://x.vn' })).toThrow(/PUBLIC_BASE_URL: must be an http\(s\) URL/);
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'motcua' })).toThrow(/PUBLIC_BASE_URL/);
  });

  it('allows the settable test clock in demo mode only', () => {
    expect(loadConfig({ TEST_CLOCK: 'true' }).testClock).toBe(true);
    expect(() => loadConfig({ TEST_CLOCK: 'true', DEMO_MODE: 'false' })).toThrow(
      /TEST_CLOCK: only allowed in demo mode/,
    );
    expect(loadConfig({}).testClock).toBe(false);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATA_DIR: '' }).port).toBe(3000);
  });
});
