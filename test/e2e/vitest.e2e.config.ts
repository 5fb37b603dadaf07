import { defineConfig } from 'vitest/config';

// End-to-end: Playwright (playwright-core) drives Debian's Chromium against the built workspace.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/support/global-setup.ts'],
    // Two cores: one browser at a time keeps timings honest and the machine responsive.
    fileParallelism: false,
    testTimeout: 60_000,
    // expect.poll's own default (1 s) is a timing assertion in disguise: on a loaded machine the app
    // takes longer than that to redraw, and the check failed though nothing was wrong (CI's and our
    // runs caught "sizes its iframe" this way). A poll still fails when the state never comes.
    expect: { poll: { timeout: 20_000 } },
    hookTimeout: 120_000,
    reporters: ['default', './test/reporters/summary-reporter.ts'],
  },
});
