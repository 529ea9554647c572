/**
 * The HTTP JSON API (and the web UI's static files): each route (routes.ts) validates its input with
 * the schemas it declares, calls the library, and returns what the CLI's --json returns. Handlers
 * and middleware throw `ProblemError` (or the library's `InputError`); `onError` answers them.
 */
import { OpenAPIHono, type RouteConfig, type RouteHandler } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { type CheckResult, validateScenarioText } from '../../check/index.js';
import { compareTreaties } from '../../compare/index.js';
import { evaluateScenario, HISTORY_ONLY, statusAt } from '../../engine/index.js';
import { buildLiterate, exportAkn, exportCsv, exportInputs, exportJson, literateHtml, literateMarkdown } from '../../export/index.js';
import { type CompiledCorpus, InputError, type ScenarioFile } from '../../model/index.js';
import type { SavedDocument as SavedDocumentRow, SavedScenario as SavedScenarioRow, Store } from '../../store/index.js';
import { ingest } from '../../text/index.js';
import { openApiDocument } from './openapi.js';
import { ProblemError, diagnosticFields, problemResponse } from './problem.js';
import { bodySchema, requestProblem, routes } from './routes.js';
import type { SavedDocument, SavedDocumentSummary, SavedScenario } from './schemas.js';

export { JSON_BODY_LIMIT } from './routes.js';

export interface AppDeps {
  compiled: CompiledCorpus;
  check: CheckResult;
  store: Store;
  /** Today's calendar date where the server runs (the faces read the clock; the engine never does). */
  today: () => string;
}

/** What every error becomes: its problem (an unexpected one is logged and answered 500). */
function asProblem(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  if (error instanceof InputError) return ProblemError.fromInput(error);
  console.error(error);
  return new ProblemError(500, 'an unexpected error; it has been logged');
}

export const notFound = (c: Context) => problemResponse(c, new ProblemError(404, `no route for ${c.req.method} ${c.req.path}`));

/** Reads a route's body before its handler, giving `c.req.valid('json')` what it returns. */
type BodyReader = (c: Context) => Promise<unknown>;

async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError({
      file: 'request body',
      line: 0,
      column: 0,
      code: 'bad-json',
      message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      hint: 'send a JSON object',
    });
  }
}

/** A JSON body checked against the route's schema (whatever the content type says, as before). */
const jsonBody =
  (schema: z.ZodType): BodyReader =>
  async (c) => {
    const parsed = schema.safeParse(await readJson(c));
    if (!parsed.success) throw requestProblem(schema, parsed.error, undefined);
    return parsed.data;
  };

// The store keeps what the API validated (a scenario, an ingested document) as opaque JSON.
const savedScenario = (row: SavedScenarioRow) => row as z.output<typeof SavedScenario>;
const savedDocument = (row: SavedDocumentRow) => row as z.output<typeof SavedDocument>;
const savedDocumentSummaries = (rows: Omit<SavedDocumentRow, 'text' | 'structured'>[]) => rows as z.output<typeof SavedDocumentSummary>[];

export function createApp(deps: AppDeps): OpenAPIHono {
  const { compiled, check, store } = deps;
  const app = new OpenAPIHono();

  /**
   * Mounts a route. The document gets its whole definition. Parameters and query are validated by
   * zod-openapi against the route's schemas, and a refusal becomes the problem its schema names
   * (the hook below). The body is read by `body` or, by default, as JSON checked against the
   * route's body schema: zod-openapi's own body check would refuse a body not labelled JSON (415)
   * and word malformed JSON its own way, where the API has always read the body as JSON and said
   * what is wrong with it. `before` runs ahead of all validation.
   */
  function mount<R extends RouteConfig>(
    route: R,
    handler: RouteHandler<R>,
    options: { before?: MiddlewareHandler[]; body?: BodyReader } = {},
  ): void {
    const { middleware, hide: _hide, ...described } = route;
    app.openAPIRegistry.registerPath(described);
    const schema = bodySchema(route);
    const read = options.body ?? (schema ? jsonBody(schema) : undefined);
    const readBody: MiddlewareHandler[] = read
      ? [
          async (c, next) => {
            c.req.addValidatedData('json', (await read(c)) as object);
            await next();
          },
        ]
      : [];
    const { body: _body, ...request } = route.request ?? {};
    const hook = (result: { success: boolean; target: string; error?: z.ZodError; data?: unknown }) => {
      if (result.success || !result.error) return undefined;
      const part = result.target === 'param' ? route.request?.params : result.target === 'query' ? route.request?.query : undefined;
      throw requestProblem(part, result.error, result.data);
    };
    const mounted = {
      ...route,
      hide: true,
      request,
      middleware: [...(middleware ? [middleware].flat() : []), ...(options.before ?? []), ...readBody],
    };
    (app.openapi as (route: RouteConfig, handler: unknown, hook: unknown) => void)(mounted, handler, hook);
  }

  app.onError((error, c) => problemResponse(c, asProblem(error)));
  app.notFound(notFound);

  const unknownTreaty = (id: string) => new ProblemError(404, `unknown treaty "${id}"`, [{ field: 'id', message: 'unknown treaty' }]);
  const compiledTreaty = (id: string) => compiled.treaties.find((t) => t.treaty.id === id) ?? throwError(unknownTreaty(id));
  const checkedTreaty = (id: string) => check.treaties.find((t) => t.id === id) ?? throwError(unknownTreaty(id));
  // An unknown treaty is answered 404 before its query is looked at.
  const knownTreaty: MiddlewareHandler = async (c, next) => {
    compiledTreaty(c.req.param('id') ?? '');
    await next();
  };
  const unknownScenario = (id: string) =>
    new ProblemError(404, `no saved scenario "${id}"`, [{ field: 'id', message: 'unknown scenario' }]);
  const unknownDocument = (id: string) => new ProblemError(404, `no document "${id}"`, [{ field: 'id', message: 'unknown document' }]);
  const validScenario = (name: string, text: string): ScenarioFile => {
    const { scenario, diagnostics } = validateScenarioText(check.corpus, name, text);
    if (!scenario) throw new ProblemError(400, 'the scenario is not valid', diagnosticFields(diagnostics));
    return scenario;
  };

  let document: ReturnType<typeof openApiDocument> | undefined;
  mount(routes.openapi, (c) => c.json((document ??= openApiDocument(app)), 200));
  mount(routes.health, (c) => c.json({ ok: true as const, schema: store.schemaVersions() }, 200));

  mount(routes.treaties, (c) => {
    const today = deps.today();
    return c.json(
      {
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
      },
      200,
    );
  });

  mount(routes.treaty, (c) => {
    const t = compiledTreaty(c.req.valid('param').id);
    const history = evaluateScenario(compiled, { ...HISTORY_ONLY, treaties: [t.treaty.id] });
    return c.json(
      {
        treaty: t.treaty,
        history: t.history,
        lifecycle: history.runs[0]!.treaties[0]!,
        quoteSpans: t.quoteSpans,
        states: compiled.states.states,
      },
      200,
    );
  });

  mount(routes.treatyText, (c) => {
    const tc = checkedTreaty(c.req.valid('param').id);
    const t = compiledTreaty(tc.id);
    return c.json(
      {
        sources: t.treaty.sources.map((s) => ({
          ...s,
          text: tc.sourceTexts.get(s.id) ?? '',
          document: tc.documents.get(s.id) ?? null,
          coverage: tc.coverage.find((x) => x.source === s.id) ?? null,
        })),
        quoteSpans: tc.quoteSpans,
        nonOperative: t.treaty.nonOperative.map((n, i) => ({ ...n, spans: tc.nonOperativeSpans.get(i)?.spans ?? [] })),
      },
      200,
    );
  });

  mount(
    routes.render,
    (c) => {
      const tc = checkedTreaty(c.req.valid('param').id);
      const doc = buildLiterate(compiledTreaty(tc.id).treaty, tc);
      return c.req.valid('query').format === 'md'
        ? c.text(literateMarkdown(doc), 200, { 'content-type': 'text/markdown; charset=utf-8' })
        : c.html(literateHtml(doc, (s) => tc.sourceTexts.get(s) ?? ''));
    },
    { before: [knownTreaty] },
  );

  mount(
    routes.export,
    (c) => {
      const id = compiledTreaty(c.req.valid('param').id).treaty.id;
      const { format } = c.req.valid('query');
      const [input] = exportInputs(compiled, check, [id]);
      const disposition = { 'content-disposition': `inline; filename="${id}.${format === 'akn' ? 'akn.xml' : format}"` };
      switch (format) {
        case 'akn':
          return c.body(exportAkn(input!), 200, { 'content-type': 'application/akn+xml; charset=utf-8', ...disposition });
        case 'json':
          return c.body(exportJson(input!), 200, { 'content-type': 'application/json; charset=utf-8', ...disposition });
        case 'csv':
          return c.body(exportCsv([input!]), 200, { 'content-type': 'text/csv; charset=utf-8', ...disposition });
      }
    },
    { before: [knownTreaty] },
  );

  mount(
    routes.status,
    (c) => {
      const id = compiledTreaty(c.req.valid('param').id).treaty.id;
      return c.json(statusAt(compiled, id, c.req.valid('query').at ?? deps.today()), 200);
    },
    { before: [knownTreaty] },
  );

  // The comparison of two treaties (what `pacta diff --json` gives).
  mount(routes.diff, (c) => {
    const ids = c.req.valid('query');
    const unknown = (['a', 'b'] as const).filter((side) => !compiled.treaties.some((t) => t.treaty.id === ids[side]));
    if (unknown.length)
      throw new ProblemError(
        404,
        `unknown treaty "${ids[unknown[0]!]}"`,
        unknown.map((field) => ({ field, message: 'unknown treaty' })),
      );
    return c.json(compareTreaties(compiled, ids.a, ids.b), 200);
  });

  mount(routes.vocabulary, (c) => c.json(compiled.vocabulary, 200));
  mount(routes.states, (c) => c.json(compiled.states, 200));
  mount(routes.corpusScenarios, (c) =>
    c.json(
      check.corpus.treaties.flatMap((t) =>
        t.scenarios.map((s) => ({ treaty: t.treaty.value.id, file: s.yaml.file, title: s.value.title, scenario: s.value })),
      ),
      200,
    ),
  );

  // The scenario to run is read as text (JSON is YAML): its errors carry line and column.
  mount(routes.run, (c) => c.json(evaluateScenario(compiled, c.req.valid('json')), 200), {
    body: async (c) => validScenario('request body', await c.req.text()),
  });

  mount(routes.ingest, (c) => {
    const { name, text } = c.req.valid('json');
    return c.json(ingest(text, name), 200);
  });

  // Saved scenarios
  mount(routes.scenarios, (c) => c.json(store.listScenarios(), 200));
  mount(routes.scenario, (c) => {
    const { id } = c.req.valid('param');
    return c.json(savedScenario(store.getScenario(id) ?? throwError(unknownScenario(id))), 200);
  });
  mount(routes.createScenario, (c) => {
    const { title, scenario } = c.req.valid('json');
    return c.json(savedScenario(store.createScenario(title, validScenario('scenario', JSON.stringify(scenario ?? null)))), 201);
  });
  mount(routes.updateScenario, (c) => {
    const { title, scenario } = c.req.valid('json');
    const valid = validScenario('scenario', JSON.stringify(scenario ?? null));
    const { id } = c.req.valid('param');
    return c.json(savedScenario(store.updateScenario(id, title, valid) ?? throwError(unknownScenario(id))), 200);
  });
  mount(routes.deleteScenario, (c) => {
    const { id } = c.req.valid('param');
    if (!store.deleteScenario(id)) throw unknownScenario(id);
    return c.body(null, 204);
  });

  // Imported documents
  mount(routes.documents, (c) => c.json(savedDocumentSummaries(store.listDocuments()), 200));
  mount(routes.document, (c) => {
    const { id } = c.req.valid('param');
    return c.json(savedDocument(store.getDocument(id) ?? throwError(unknownDocument(id))), 200);
  });
  mount(routes.createDocument, (c) => {
    const { name, text } = c.req.valid('json');
    const doc = ingest(text, name);
    return c.json(savedDocument(store.createDocument(name, doc.kind, text, doc)), 201);
  });
  mount(routes.deleteDocument, (c) => {
    const { id } = c.req.valid('param');
    if (!store.deleteDocument(id)) throw unknownDocument(id);
    return c.body(null, 204);
  });

  mount(routes.search, (c) => {
    const { q } = c.req.valid('query');
    return c.json({ query: q, hits: store.search(q) }, 200);
  });

  return app;
}

function throwError(error: Error): never {
  throw error;
}
