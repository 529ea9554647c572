/**
 * `npm run states`: writes corpus/states.yaml from the npm package world-countries and
 * data/states.input.yaml. `--check` writes nothing and exits 1 when the committed file differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildFromPackage, STATES_FILE, STATES_PATH } from './package.js';

const check = process.argv.includes('--check');
const built = buildFromPackage();
for (const d of built.dropped) console.warn(`left out alias "${d.alias}" of ${d.code}: also a name of ${d.alsoOf}`);
if (check) {
  const same = readFileSync(STATES_PATH, 'utf8') === built.text;
  console.log(same ? `${STATES_FILE} is current` : `${STATES_FILE} is out of date: run npm run states`);
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(STATES_PATH, built.text);
  console.log(`wrote ${STATES_FILE}`);
}
