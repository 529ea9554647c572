// Lists every test file under test/ for node's test runner: Node 20 has no glob support in --test.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : walk(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const only = process.argv[2];
console.log(
  walk('test')
    .filter((p) => !only || p.includes(only))
    .sort()
    .join('\n'),
);
