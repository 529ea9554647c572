/** Writes `schemas/*.schema.json` from the zod schemas (`npm run schemas`). A test checks they are current. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { PUBLISHED_SCHEMAS, publishedSchemaText, type PublishedSchemaName } from '../src/model/published.js';

mkdirSync('schemas', { recursive: true });
for (const name of Object.keys(PUBLISHED_SCHEMAS) as PublishedSchemaName[]) {
  writeFileSync(`schemas/${name}.schema.json`, publishedSchemaText(name));
  console.log(`schemas/${name}.schema.json`);
}
