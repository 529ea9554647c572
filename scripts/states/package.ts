/** Reads the installed world-countries package and data/states.input.yaml, for the generator and the freshness test. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type BuiltStates, buildStatesYaml, type PackageCountry } from './build.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const STATES_FILE = 'corpus/states.yaml';
export const INPUT_FILE = 'data/states.input.yaml';
/** corpus/states.yaml's full path (the generator may be run from any folder). */
export const STATES_PATH = root + STATES_FILE;

export function buildFromPackage(): BuiltStates {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as PackageCountry[];
  const { version } = require('world-countries/package.json') as { version: string };
  return buildStatesYaml(countries, readFileSync(root + INPUT_FILE, 'utf8'), version);
}

/** The committed corpus/states.yaml, as the repository holds it. */
export function committedStatesFile(): string {
  return readFileSync(STATES_PATH, 'utf8');
}
