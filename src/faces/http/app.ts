/**
 * The HTTP JSON API (and the web UI's static files): each route validates its input with the same
 * schemas as the CLI, calls the library, and returns what the CLI's --json returns.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { CheckResult } from '../../check/compile.js';
import { validateScenarioText } from '../../check/scenario.js';
import { compareTreaties } from '../../compare/index.js';
import { HISTORY_ONLY, evaluateScenario, statusAt } from '../../engine/evaluate.js';
import { exportAkn } from '../../export/akn/index.js';
import { exportInputs } from '../../export/common/input.js';
import { exportCsv } from '../../export/csv/index.js';
import { exportJson } from '../../export/json/index.js';
import { buildLiterate } from '../../export/literate/build.js';
import { literateHtml } from '../../export/literate/html.js';
import { literateMarkdown } from '../../export/literate/markdown.js';
import { isIsoDate, isoDateProblem } from '../../model/calendar.js';
import type { CompiledCorpus } from '../../model/compiled.js';
import { InputError } from '../../model/diagnostic.js';
import type { Store } from '../../store/store.js';
import { ingest } from '../../text/index.js';
import { MAX_INPUT_BYTES } from '../../text/limits.js';
import { openApiDocument } from './openapi.js';
import { diagnosticFields, problem, zodProblemFields } from './problem.js';

export interface AppDeps {
  compiled: CompiledCorpus;
  check: CheckResult;
  store: Store;
  /** Today's calendar date where the server runs (the faces read the clock; the engine never does). */
  today: () => string;
}

export const JSON_BODY_LIMIT = 1024 * 1024;

const SavedScenarioBody = z.object({ title: z.string().min(1).max(300), scenario: z.unknown() }).strict();
const IngestBody = z.object({ name: z.string().min(1).max(300), text: z.string() }).strict();

export const notFound = (c: Context) => problem(c, 404, 'Not Found', `no route for ${c.req.method} ${c.req.path}`);

export function createApp(deps: AppDeps): Hono {
  const { compiled, check, store } = deps;
  const app = new Hono();
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: (c) => {
        // The rest of the body is not read: close the connection so that no client reuses it.
        c.header('connection', 'close');
        return problem(c, 413, 'Payload Too Large', `the request body is over ${maxSize} bytes`, [{ field: '(body)', message: `at most ${maxSize} bytes` }]);
      },
    });

  app.onError((error, c) => {
    if (error instanceof InputError) return problem(c, 400, 'Bad Request', error.message, diagnosticFields(error.diagnostics));
    console.error(error);
    return problem(c, 500, 'Internal Server Error', 'an unexpected error; it has been logged');
  });
  app.notFound(notFound);

  const treatyOr404 = (id: string) => compiled.treaties.find((t) => t.treaty.id === id);

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/api/health', (c) => c.json({ ok: true, schema: store.schemaVersions() }));

  app.get('/api/treaties', (c) => {
    const today = deps.today();
    return c.json({
      date: today,
      treaties: compiled.treaties.map((t) => {
        const s = statusAt(compiled, t.treaty.id, today);
        return {
          id: t.treaty.id,
          shortTitle: t.treaty.shortTitle,
          titles: t.treaty.titles,
          parties: t.treaty.parties,
          signature: t.treaty.signature,
          status: { date: today, status: s.status, since: s.since, until: s.until, term: s.term },
          provisions: t.treaty.provisions.length,
        };
      }),
    });
  });

  app.get('/api/treaties/:id', (c) => {
    const t = treatyOr404(c.req.param('id'));
    if (!t) return problem(c, 404, 'Not Found', `unknown treaty "${c.req.param('id')}"`, [{ field: 'id', message: 'unknown treaty' }]);
    const history = evaluateScenario(compiled, { ...HISTORY_ONLY, treaties: [t.treaty.id] });
    return c.json({ treaty: t.treaty, history: t.history, lifecycle: history.runs[0]!.treaties[0], quoteSpans: t.quoteSpans, states: compiled.states.states });
  });

  app.get('/api/treaties/:id/text', (c) => {
    const tc = check.treaties.find((x) => x.id === c.req.param('id'));
    if (!tc) return problem(c, 404, 'Not Found', `unknown treaty "${c.req.param('id')}"`, [{ field: 'id', message: 'unknown treaty' }]);
    const t = treatyOr404(tc.id)!;
    return c.json({
      sources: t.treaty.sources.map((s) => ({
        ...s,
        text: tc.sourceTexts.get(s.id) ?? '',
        document: tc.documents.get(s.id) ?? null,
        coverage: tc.coverage.find((x) => x.source === s.id) ?? null,
      })),
      quoteSpans: tc.quoteSpans,
      nonOperative: t.treaty.nonOperative.map((n, i) => ({ ...n, spans: tc.nonOperativeSpans.get(i)?.spans ?? [] })),
    });
  });

  app.get('/api/treaties/:id/render', (c) => {
    const tc = check.treaties.find((x) => x.id === c.req.param('id'));
    if (!tc) return problem(c, 404, 'Not Found', `unknown treaty "${c.req.param('id')}"`, [{ field: 'id', message: 'unknown treaty' }]);
    const format = c.req.query('format') ?? 'html';
    if (format !== 'md' && format !== 'html') return problem(c, 400, 'Bad Request', `unknown format "${format}"`, [{ field: 'format', message: 'use md or html' }]);
    const doc = buildLiterate(treatyOr404(tc.id)!.treaty, tc);
    return format === 'md' ? c.text(literateMarkdown(doc), 200, { 'content-type': 'text/markdown; charset=utf-8' }) : c.html(literateHtml(doc, (s) => tc.sourceTexts.get(s) ?? ''));
  });

  app.get('/api/treaties/:id/export', (c) => {
    const id = c.req.param('id');
    if (!treatyOr404(id)) return problem(c, 404, 'Not Found', `unknown treaty "${id}"`, [{ field: 'id', message: 'unknown treaty' }]);
    const format = c.req.query('format') ?? 'json';
    const [input] = exportInputs(compiled, check, [id]);
    const file = `${id}.${format === 'akn' ? 'akn.xml' : format}`;
    const disposition = { 'content-disposition': `inline; filename="${file}"` };
    if (format === 'akn') return c.body(exportAkn(input!), 200, { 'content-type': 'application/akn+xml; charset=utf-8', ...disposition });
    if (format === 'json') return c.body(exportJson(input!), 200, { 'content-type': 'application/json; charset=utf-8', ...disposition });
    if (format === 'csv') return c.body(exportCsv([input!]), 200, { 'content-type': 'text/csv; charset=utf-8', ...disposition });
    return problem(c, 400, 'Bad Request', `unknown format "${format}"`, [{ field: 'format', message: 'use akn, json or csv' }]);
  });

  app.get('/api/treaties/:id/status', (c) => {
    const id = c.req.param('id');
    if (!treatyOr404(id)) return problem(c, 404, 'Not Found', `unknown treaty "${id}"`, [{ field: 'id', message: 'unknown treaty' }]);
    const at = c.req.query('at') ?? deps.today();
    if (!isIsoDate(at)) return problem(c, 400, 'Bad Request', `at: ${isoDateProblem(at) ?? 'not a date'}`, [{ field: 'at', message: isoDateProblem(at) ?? 'write YYYY-MM-DD' }]);
    return c.json(statusAt(compiled, id, at));
  });

  // The comparison of two treaties (what `pacta diff --json` gives).
  app.get('/api/diff', (c) => {
    const ids = { a: c.req.query('a') ?? '', b: c.req.query('b') ?? '' };
    const missing = (['a', 'b'] as const).filter((side) => !ids[side]);
    if (missing.length) return problem(c, 400, 'Bad Request', 'give the two treaties to compare as ?a=ID&b=ID', missing.map((field) => ({ field, message: 'a treaty id' })));
    const unknown = (['a', 'b'] as const).filter((side) => !treatyOr404(ids[side]));
    if (unknown.length) return problem(c, 404, 'Not Found', `unknown treaty "${ids[unknown[0]!]}"`, unknown.map((field) => ({ field, message: 'unknown treaty' })));
    return c.json(compareTreaties(compiled, ids.a, ids.b));
  });

  app.get('/api/vocabulary', (c) => c.json(compiled.vocabulary));
  app.get('/api/states', (c) => c.json(compiled.states));
  app.get('/api/corpus-scenarios', (c) =>
    c.json(
      check.corpus.treaties.flatMap((t) =>
        t.scenarios.map((s) => ({ treaty: t.treaty.value.id, file: s.yaml.file, title: s.value.title, scenario: s.value })),
      ),
    ),
  );

  app.post('/api/run', limit(JSON_BODY_LIMIT), async (c) => {
    const text = await c.req.text();
    const { scenario, diagnostics } = validateScenarioText(check.corpus, 'request body', text);
    if (!scenario) return problem(c, 400, 'Bad Request', 'the scenario is not valid', diagnosticFields(diagnostics));
    return c.json(evaluateScenario(compiled, scenario));
  });

  app.post('/api/ingest', limit(MAX_INPUT_BYTES + 64 * 1024), async (c) => {
    const parsed = IngestBody.safeParse(await readJson(c));
    if (!parsed.success) return problem(c, 400, 'Bad Request', 'expected {"name", "text"}', zodProblemFields(parsed.error));
    return c.json(ingest(parsed.data.text, parsed.data.name));
  });

  // Saved scenarios
  app.get('/api/scenarios', (c) => c.json(store.listScenarios()));
  app.get('/api/scenarios/:id', (c) => {
    const s = store.getScenario(c.req.param('id'));
    return s ? c.json(s) : problem(c, 404, 'Not Found', `no saved scenario "${c.req.param('id')}"`, [{ field: 'id', message: 'unknown scenario' }]);
  });
  const validSaved = async (c: Context) => {
    const parsed = SavedScenarioBody.safeParse(await readJson(c));
    if (!parsed.success) return { error: problem(c, 400, 'Bad Request', 'expected {"title", "scenario"}', zodProblemFields(parsed.error)) };
    const { scenario, diagnostics } = validateScenarioText(check.corpus, 'scenario', JSON.stringify(parsed.data.scenario ?? null));
    if (!scenario) return { error: problem(c, 400, 'Bad Request', 'the scenario is not valid', diagnosticFields(diagnostics)) };
    return { title: parsed.data.title, scenario };
  };
  app.post('/api/scenarios', limit(JSON_BODY_LIMIT), async (c) => {
    const v = await validSaved(c);
    if ('error' in v) return v.error;
    return c.json(store.createScenario(v.title, v.scenario), 201);
  });
  app.put('/api/scenarios/:id', limit(JSON_BODY_LIMIT), async (c) => {
    const v = await validSaved(c);
    if ('error' in v) return v.error;
    const s = store.updateScenario(c.req.param('id'), v.title, v.scenario);
    return s ? c.json(s) : problem(c, 404, 'Not Found', `no saved scenario "${c.req.param('id')}"`, [{ field: 'id', message: 'unknown scenario' }]);
  });
  app.delete('/api/scenarios/:id', (c) =>
    store.deleteScenario(c.req.param('id')) ? c.body(null, 204) : problem(c, 404, 'Not Found', `no saved scenario "${c.req.param('id')}"`, [{ field: 'id', message: 'unknown scenario' }]),
  );

  // Imported documents
  app.get('/api/documents', (c) => c.json(store.listDocuments()));
  app.get('/api/documents/:id', (c) => {
    const d = store.getDocument(c.req.param('id'));
    return d ? c.json(d) : problem(c, 404, 'Not Found', `no document "${c.req.param('id')}"`, [{ field: 'id', message: 'unknown document' }]);
  });
  app.post('/api/documents', limit(MAX_INPUT_BYTES + 64 * 1024), async (c) => {
    const parsed = IngestBody.safeParse(await readJson(c));
    if (!parsed.success) return problem(c, 400, 'Bad Request', 'expected {"name", "text"}', zodProblemFields(parsed.error));
    const doc = ingest(parsed.data.text, parsed.data.name);
    return c.json(store.createDocument(parsed.data.name, doc.kind, parsed.data.text, doc), 201);
  });
  app.delete('/api/documents/:id', (c) =>
    store.deleteDocument(c.req.param('id')) ? c.body(null, 204) : problem(c, 404, 'Not Found', `no document "${c.req.param('id')}"`, [{ field: 'id', message: 'unknown document' }]),
  );

  app.get('/api/search', (c) => {
    const q = c.req.query('q') ?? '';
    if (!q.trim()) return problem(c, 400, 'Bad Request', 'q: give words to search for', [{ field: 'q', message: 'empty query' }]);
    return c.json({ query: q, hits: store.search(q) });
  });

  return app;
}

async function readJson(c: { req: { text: () => Promise<string> } }): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError({ file: 'request body', line: 0, column: 0, code: 'bad-json', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`, hint: 'send a JSON object' });
  }
}
