#!/usr/bin/env node
// Launcher for `npx values-coach-export`: the command is TypeScript (src/cli), run through tsx,
// which `npm ci` installs. See docs/headless-export.md.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/bin.ts');
