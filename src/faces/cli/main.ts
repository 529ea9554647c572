/** Entry point of the `pacta` command (`npm run pacta -- …`, or bin/pacta.js once installed). */
import { runCli } from './program.js';

process.exitCode = await runCli(process.argv.slice(2));
