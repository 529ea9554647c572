/** Writes `schemas/*.schema.json` from the zod schemas (`npm run schemas`). Tests check they are current. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { comparisonJsonSchemaText } from '../src/compare/schema.js';
import { exportJsonSchemaText } from '../src/export/json/schema.js';
import { hypotheticalJsonSchemaText } from '../src/model/hypothetical.js';
import { dyadYearsJsonSchemaText, networkJsonSchemaText } from '../src/model/network.js';
import { PUBLISHED_SCHEMAS, publishedSchemaText, type PublishedSchemaName } from '../src/model/published.js';

mkdirSync('schemas', { recursive: true });
for (const name of Object.keys(PUBLISHED_SCHEMAS) as PublishedSchemaName[]) {
  writeFileSync(`schemas/${name}.schema.json`, publishedSchemaText(name));
  console.log(`schemas/${name}.schema.json`);
}
// Outputs (`pacta export --format json`, `pacta diff --json`) are described as produced, so built apart.
writeFileSync('schemas/export.schema.json', exportJsonSchemaText());
console.log('schemas/export.schema.json');
writeFileSync('schemas/comparison.schema.json', comparisonJsonSchemaText());
console.log('schemas/comparison.schema.json');
writeFileSync('schemas/network.schema.json', networkJsonSchemaText());
console.log('schemas/network.schema.json');
writeFileSync('schemas/dyad-years.schema.json', dyadYearsJsonSchemaText());
console.log('schemas/dyad-years.schema.json');
writeFileSync('schemas/obligations.schema.json', hypotheticalJsonSchemaText());
console.log('schemas/obligations.schema.json');
