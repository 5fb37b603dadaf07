import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { translationParts } from './scripts/lib/translation-parts.ts';
import LongestFirst from './test/setup/longest-first.ts';

export default defineConfig({
  plugins: [react(), translationParts()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['test/setup/vitest.setup.ts'],
    pool: 'threads',
    // Vitest's default is one worker fewer than the cores: on a two-core machine (ours, and CI's
    // kind) that ran the whole unit suite on one core while the other mostly waited.
    maxWorkers: '100%',
    // The files that take a worker for minutes start first, on a fresh machine too (ADR 0188).
    sequence: { sequencer: LongestFirst },
    // Generous for busy machines: no test asserts on time (performance lives in npm run bench).
    testTimeout: 20_000,
    restoreMocks: true,
    reporters: ['default', './test/reporters/summary-reporter.ts'],
  },
});
