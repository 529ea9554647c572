/** Entry point of the `pacta` command (`npm run pacta -- …`, or bin/pacta.js once installed). */
import { runCli } from './program.js';

// A reader that stops early (`pacta … | head`) is not an error: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2));
