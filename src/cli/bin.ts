#!/usr/bin/env node
import { runCli } from './index.js';

// `likestilling report … | head`: a reader that closes the pipe early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`likestilling: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
