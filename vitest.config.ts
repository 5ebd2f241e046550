import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'services/*/src/**/*.test.ts', 'seeds/src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 20_000,
    // Opening a scenario's hotline (a database, migrations, argon2-hashed users) can take seconds on a busy machine.
    hookTimeout: 30_000,
  },
});
