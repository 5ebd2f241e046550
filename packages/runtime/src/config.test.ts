import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';

describe('the configuration', () => {
  it('takes defaults for what is unset', () => {
    expect(parseConfig({})).toMatchObject({ NODE_ENV: 'development', PORT: 3000, HOST: '127.0.0.1', TRUST_PROXY: 'loopback', CORS_ORIGINS: [] });
  });

  it('refuses malformed variables, naming each with what it expects', () => {
    expect(() => parseConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', CORS_ORIGINS: 'https://a.example/path', RATE_LIMIT_LOGIN_PER_MINUTE: '-1' })).toThrow(
      /PORT: a port number from 0 to 65535[\s\S]*DATABASE_URL[\s\S]*RATE_LIMIT_LOGIN_PER_MINUTE: a whole number[\s\S]*CORS_ORIGINS: origins such as/,
    );
  });

  it('stops a service at start with exit 2 and one line per variable, no stack trace', () => {
    const started = spawnSync(process.execPath, ['--import', 'tsx', 'services/all-in-one/src/main.ts'], {
      env: { ...process.env, PORT: '70000', NODE_ENV: 'production' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(started.status).toBe(2);
    expect(started.stderr.trim()).toBe('invalid configuration:\n  PORT: a port number from 0 to 65535');
  });
});
