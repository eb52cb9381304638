import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    return error instanceof ConfigError ? error.problems : ['not a ConfigError'];
  }
};

describe('configuration', () => {
  it('uses the contract defaults on an empty environment', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: './data',
      demo: true,
      admin: undefined,
      runJobs: true,
    });
  });

  it('does not seed demo data into PostgreSQL unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://x@h/db' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://x@h/db', CLOSELOOP_DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({ CLOSELOOP_DEMO: '0' }).demo).toBe(false);
  });

  it('names every bad variable', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x',
      CLOSELOOP_DEMO: 'yes',
      CLOSELOOP_ADMIN_EMAIL: 'not-an-email',
    });
    expect(problems.map((p) => p.split(':')[0])).toEqual(
      expect.arrayContaining(['PORT', 'DATABASE_URL', 'CLOSELOOP_DEMO', 'CLOSELOOP_ADMIN_EMAIL']),
    );
  });

  it('wants the admin email and password together', () => {
    expect(problemsOf({ CLOSELOOP_ADMIN_EMAIL: 'a@example.com' })[0]).toMatch(/CLOSELOOP_ADMIN_PASSWORD/);
  });

  it('refuses to run without jobs on the embedded database', () => {
    expect(problemsOf({ CLOSELOOP_WORKERS: '0' })[0]).toMatch(/CLOSELOOP_WORKERS.*DATABASE_URL/);
    expect(loadConfig({ CLOSELOOP_WORKERS: '0', DATABASE_URL: 'postgres://x@h/db' }).runJobs).toBe(false);
  });

  it('reads which severities need a post-mortem, moderate and severe by default', () => {
    expect(loadConfig({}).postMortemSeverities).toEqual(['moderate', 'severe']);
    expect(loadConfig({ CLOSELOOP_POST_MORTEM_SEVERITIES: 'minor, severe' }).postMortemSeverities).toEqual([
      'minor',
      'severe',
    ]);
    expect(loadConfig({ CLOSELOOP_POST_MORTEM_SEVERITIES: 'none' }).postMortemSeverities).toEqual([]);
    expect(problemsOf({ CLOSELOOP_POST_MORTEM_SEVERITIES: 'moderate,huge' })[0]).toMatch(
      /^CLOSELOOP_POST_MORTEM_SEVERITIES: must be a comma-separated list of minor, moderate, severe/,
    );
    expect(problemsOf({ CLOSELOOP_POST_MORTEM_SEVERITIES: ',' })[0]).toMatch(
      /^CLOSELOOP_POST_MORTEM_SEVERITIES/,
    );
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ databaseUrl: undefined, port: 3000 });
  });
});
