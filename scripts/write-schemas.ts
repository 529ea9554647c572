/** Writes `schemas/*.schema.json` from the zod schemas (`npm run schemas`). Tests check they are current. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { exportJsonSchemaText } from '../src/export/json/schema.js';
import { PUBLISHED_SCHEMAS, publishedSchemaText, type PublishedSchemaName } from '../src/model/published.js';

mkdirSync('schemas', { recursive: true });
for (const name of Object.keys(PUBLISHED_SCHEMAS) as PublishedSchemaName[]) {
  writeFileSync(`schemas/${name}.schema.json`, publishedSchemaText(name));
  console.log(`schemas/${name}.schema.json`);
}
// The export's schema describes an output (`pacta export --format json`), so it is built apart.
writeFileSync('schemas/export.schema.json', exportJsonSchemaText());
console.log('schemas/export.schema.json');
