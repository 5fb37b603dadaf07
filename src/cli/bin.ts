import { main } from './main';

// `npx values-coach-export`: the real process around main(). Ctrl-C or a scheduler's SIGTERM stops
// after the current request; the checkpoint then lets the same command resume.
const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort());

process.exitCode = await main({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  isTty: Boolean(process.stderr.isTTY),
  signal: controller.signal,
});
