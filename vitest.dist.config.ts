import { defineConfig } from 'vitest/config';

/** Tests of the built sites; `npm test` runs them after both builds. */
export default defineConfig({
  test: { include: ['tests/dist/**/*.test.ts'], testTimeout: 120_000 },
});
