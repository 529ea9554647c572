/**
 * The layering of src/ is enforced by lint (eslint.layers.js): an import that breaks a part's rule,
 * or that enters another part other than through its index.ts, fails `npm run lint`. Each case
 * lints a one-line file as if it stood at the given path.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';

const ROOT = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

async function layerErrors(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = 1;\n`, { filePath: join(ROOT, path) });
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('layering lint', () => {
  it('refuses an import a part must not make (check → engine)', async () => {
    const errors = await layerErrors('src/check/example.ts', "import { statusAt } from '../engine/index.js';\nvoid statusAt;");
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /check must not import engine \(see src\/check\/README\.md and DESIGN\.md §2\)/);
  });

  it('refuses the same breach from deeper in a folder (export/akn → store, faces/cli/commands → web)', async () => {
    assert.match(
      (await layerErrors('src/export/akn/example.ts', "import { Store } from '../../store/index.js';\nvoid Store;"))[0]!,
      /export must not import store/,
    );
    assert.match(
      (await layerErrors('src/faces/cli/commands/example.ts', "import { x } from '../../web/app/App.js';\nvoid x;"))[0]!,
      /faces\/cli must not import faces\/web/,
    );
  });

  it('refuses an import into a part that bypasses its index.ts', async () => {
    const errors = await layerErrors(
      'src/compare/example.ts',
      "import { evaluateScenario } from '../engine/evaluate.js';\nvoid evaluateScenario;",
    );
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /import engine through its index\.ts/);
  });

  it('lets a part import what its rule allows, through the index', async () => {
    assert.deepEqual(
      await layerErrors('src/compare/example.ts', "import { evaluateScenario } from '../engine/index.js';\nvoid evaluateScenario;"),
      [],
    );
    assert.deepEqual(
      await layerErrors('src/faces/cli/commands/example.ts', "import { startServer } from '../../http/index.js';\nvoid startServer;"),
      [],
    );
    assert.deepEqual(
      await layerErrors(
        'src/engine/obligations/example.ts',
        "import { compareStrings } from '../../model/index.js';\nvoid compareStrings;",
      ),
      [],
    );
  });

  it('lets a part import its own files directly', async () => {
    assert.deepEqual(
      await layerErrors(
        'src/engine/obligations/example.ts',
        "import { Timeline } from '../event-index/index.js';\nimport { dayKey } from '../canonical-order.js';\nvoid Timeline; void dayKey;",
      ),
      [],
    );
  });

  it('keeps model free of every other part', async () => {
    assert.match(
      (await layerErrors('src/model/example.ts', "import { ingest } from '../text/index.js';\nvoid ingest;"))[0]!,
      /model must not import text/,
    );
  });

  it('lets the web app import types only, and only through an index', async () => {
    const page = 'src/faces/web/pages/reader/example.ts';
    assert.deepEqual(
      await layerErrors(page, "import type { RunResult } from '../../../../model/index.js';\nexport type R = RunResult;"),
      [],
    );
    assert.match(
      (await layerErrors(page, "import { RunResult } from '../../../../model/index.js';\nvoid RunResult;"))[0]!,
      /the web app runs in the browser: it may import only types from model/,
    );
    assert.match(
      (await layerErrors(page, "import type { RunResult } from '../../../../model/results.js';\nexport type R = RunResult;"))[0]!,
      /import model through its index\.ts/,
    );
    assert.match(
      (await layerErrors(page, "import type { X } from '../../../../engine/index.js';\nexport type R = X;"))[0]!,
      /faces\/web must not import engine/,
    );
  });

  it('points a face to the faces README, where its rule is written', async () => {
    const errors = await layerErrors('src/faces/http/example.ts', "import { x } from '../web/app/App.js';\nvoid x;");
    assert.match(errors[0]!, /faces\/http must not import faces\/web \(see src\/faces\/README\.md and DESIGN\.md §2\)/);
  });

  it('checks every source file under src/ (none too deep for a layer block, none outside a part)', async () => {
    const sources = (readdirSync(join(ROOT, 'src'), { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f));
    assert.ok(sources.length > 100);
    const unchecked: string[] = [];
    for (const file of sources) {
      const config = (await eslint.calculateConfigForFile(join(ROOT, 'src', file))) as { rules?: Record<string, unknown> };
      if (!config.rules?.['@typescript-eslint/no-restricted-imports']) unchecked.push(relative(ROOT, join(ROOT, 'src', file)));
    }
    assert.deepEqual(unchecked, []);
  });
});
