import { afterEach, beforeEach, expect, vi } from 'vitest';
import * as matchers from '@testing-library/jest-dom/matchers';
import { configure } from '@testing-library/dom';

expect.extend(matchers);

// Component tests wait for what the user would see; on a busy two-core machine that can take
// longer than Testing Library's 1 s default. Correctness never depends on this number.
configure({ asyncUtilTimeout: 5000 });

// Any console.error / console.warn fails the test that produced it: they are how React, Garden
// and styled-components report real problems (bad props, act() misuse, unknown DOM attributes).
let consoleProblems: string[] = [];

beforeEach(() => {
  consoleProblems = [];
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      consoleProblems.push(`console.${level}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  if (consoleProblems.length > 0) {
    const problems = consoleProblems.join('\n');
    consoleProblems = [];
    throw new Error(`Unexpected console output during the test:\n${problems}`);
  }
});

// jsdom lacks a few browser APIs that Garden touches; minimal stand-ins for component tests.
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// Testing Library's automatic cleanup needs Vitest globals, which we keep off: unmount here instead.
afterEach(async () => {
  if (typeof document !== 'undefined') (await import('@testing-library/react')).cleanup();
});
