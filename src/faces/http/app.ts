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
import { buildLiterate, exportAkn, exportCsv, exportJson, literateHtml, literateMarkdown } from '../../export/index.js';
import { type CompiledCorpus, InputError, type ScenarioFile } from '../../model/index.js';
import type { SavedDocument as SavedDocumentRow, SavedScenario as SavedScenarioRow, Store } from '../../store/index.js';
import { mediaType, parseJsonBody, requireBodyType, YAML_TYPES } from './guard.js';
import { HTTP_LIMITS, type HttpLimits } from './limits.js';
import { refuseProvision, treatyReadingTerms } from '../../engine/index.js';
import { openApiDocument } from './openapi.js';
import { diffScenario } from './diff-scenario.js';
import { hypothesisOfQuery } from './obligations.js';
import { NetworkAnswers } from './network.js';
import { ProblemError, diagnosticFields, problemResponse } from './problem.js';
import { bodyMediaTypes, bodySchema, requestProblem, routes } from './routes.js';
import type { SavedDocument, SavedDocumentSummary, SavedScenario } from './schemas.js';
import { CorpusMemo, type Done, doneValue, InProcessWork, type IngestedToKeep, jsonAnswer, type Work } from './work/index.js';

export interface AppDeps {
  compiled: CompiledCorpus;
  check: CheckResult;
  store: Store;
  /** Today's calendar date where the server runs (the faces read the clock; the engine never does). */
  today: () => string;
  /** Smaller bounds than limits.ts gives (tests). */
  limits?: Partial<HttpLimits>;
  /** Where runs and ingests are done: a worker pool (the server's), else in this thread. */
  work?: Work;
}

/** What every error becomes: its problem (an unexpected one is logged and answered 500). */
function asProblem(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  if (error instanceof InputError) return ProblemError.fromInput(error);
  console.error(error);
  return new ProblemError(500, 'an unexpected error; it has been logged');
}

/** Answers any error thrown by a route or a middleware as its problem. */
export const answerError = (error: unknown, c: Context): Response => problemResponse(c, asProblem(error));

export const notFound = (c: Context) => problemResponse(c, new ProblemError(404, `no route for ${c.req.method} ${c.req.path}`));

/** Reads a route's body before its handler, giving `c.req.valid('json')` what it returns. */
type BodyReader = (c: Context) => Promise<unknown>;

/** A JSON body (its Content-Type checked before: requireBodyType) checked against the route's schema. */
const jsonBody =
  (schema: z.ZodType, limits: HttpLimits): BodyReader =>
  async (c) => {
    const parsed = schema.safeParse(parseJsonBody(await c.req.text(), limits));
    if (!parsed.success) throw requestProblem(schema, parsed.error, undefined);
    return parsed.data;
  };

/** The problem for an answer over the size bound (422): the work was done, but its answer is not sent. */
function answerTooLarge(bytes: number, limit: number): ProblemError {
  return new ProblemError(422, `the answer would be ${bytes} bytes, over the limit of ${limit} bytes`, [
    { field: '(body)', message: `an answer is at most ${limit} bytes`, hint: 'ask for less: fewer events or readings, a shorter text' },
  ]);
}

/**
 * Bounds every answer a route gives with `c.json` or `c.body` to `limit` bytes (422 beyond). JSON is
 * serialized once, here, and measured (in UTF-8 only when its length could be over).
 */
const boundAnswers =
  (limit: number): MiddlewareHandler =>
  async (c, next) => {
    const body = c.body;
    const size = (data: unknown) =>
      typeof data === 'string'
        ? data.length * 3 > limit
          ? Buffer.byteLength(data)
          : data.length
        : data instanceof Uint8Array || data instanceof ArrayBuffer
          ? data.byteLength
          : 0;
    c.body = ((data: unknown, ...rest: unknown[]) => {
      const bytes = size(data);
      if (bytes > limit) throw answerTooLarge(bytes, limit);
      return (body as (...args: unknown[]) => Response)(data, ...rest);
    }) as typeof c.body;
    c.json = ((value: unknown, status?: number) =>
      c.body(JSON.stringify(value), status as 200, { 'content-type': 'application/json' })) as unknown as typeof c.json;
    await next();
  };

// The store keeps what the API validated (a scenario, an ingested document) as opaque JSON.
const savedScenario = (row: SavedScenarioRow) => row as z.output<typeof SavedScenario>;
const savedDocument = (row: SavedDocumentRow) => row as z.output<typeof SavedDocument>;
const savedDocumentSummaries = (rows: Omit<SavedDocumentRow, 'text' | 'structured'>[]) => rows as z.output<typeof SavedDocumentSummary>[];

export function createApp(deps: AppDeps): OpenAPIHono {
  const { compiled, check, store } = deps;
  // Computed once per corpus version (the corpus does not change while the app runs); long work off the event loop.
  const memo = new CorpusMemo(compiled, check);
  const network = new NetworkAnswers(compiled, check);
  const work = deps.work ?? new InProcessWork(compiled);
  const limits: HttpLimits = { ...HTTP_LIMITS, ...deps.limits };
  const app = new OpenAPIHono();

  /**
   * Mounts a route. The document gets its whole definition. Parameters and query are validated by
   * zod-openapi against the route's schemas, and a refusal becomes the problem its schema names
   * (the hook below). A body must come with one of the media types the route declares (else 415,
   * before it is read), and is read by `body` or, by default, as bounded JSON checked against the
   * route's body schema: zod-openapi's own body check would word malformed JSON its own way, where
   * the API has always said what is wrong with it. `before` runs ahead of all validation. Every
   * answer is bounded in size (boundAnswers).
   */
  function mount<R extends RouteConfig>(
    route: R,
    handler: RouteHandler<R>,
    options: { before?: MiddlewareHandler[]; body?: BodyReader } = {},
  ): void {
    const { middleware, hide: _hide, ...described } = route;
    app.openAPIRegistry.registerPath(described);
    const schema = bodySchema(route);
    const read = options.body ?? (schema ? jsonBody(schema, limits) : undefined);
    const types = bodyMediaTypes(route);
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
      middleware: [
        boundAnswers(limits.responseBytes),
        ...(types.length ? [requireBodyType(types)] : []),
        ...(middleware ? [middleware].flat() : []),
        ...(options.before ?? []),
        ...readBody,
      ],
    };
    (app.openapi as (route: RouteConfig, handler: unknown, hook: unknown) => void)(mounted, handler, hook);
  }

  app.onError(answerError);
  app.notFound(notFound);

  const unknownTreaty = (id: string) => new ProblemError(404, `unknown treaty "${id}"`, [{ field: 'id', message: 'unknown treaty' }]);
  const compiledTreaty = (id: string) => compiled.treaties.find((t) => t.treaty.id === id) ?? throwError(unknownTreaty(id));
  const checkedTreaty = (id: string) => check.treaties.find((t) => t.id === id) ?? throwError(unknownTreaty(id));
  // An unknown treaty is answered 404 before its query is looked at (the handler after it knows the treaty).
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
  // A saved scenario's `scenario`, checked on its own, with positions in its own text (as /api/run's body is).
  const savedScenarioOf = (scenario: unknown) => validScenario('scenario', JSON.stringify(scenario ?? null));

  let document: ReturnType<typeof openApiDocument> | undefined;
  mount(routes.openapi, (c) => c.json((document ??= openApiDocument(app)), 200));
  mount(routes.health, (c) => c.json({ ok: true as const, schema: store.schemaVersions() }, 200));

  mount(routes.treaties, (c) => {
    const today = deps.today();
    return jsonAnswer(
      c,
      memo.answer(`list\u0000${today}`, () => ({
        date: today,
        treaties: compiled.treaties.map((t) => {
          const s = memo.status(t.treaty.id, today);
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
      })),
      200,
    );
  });

  mount(routes.treaty, (c) => {
    const t = compiledTreaty(c.req.valid('param').id);
    return jsonAnswer(
      c,
      memo.answer(`treaty\u0000${t.treaty.id}`, () => ({
        treaty: t.treaty,
        history: t.history,
        lifecycle: memo.lifecycle(t.treaty.id),
        quoteSpans: t.quoteSpans,
        states: compiled.states.states,
        readingTerms: treatyReadingTerms(t, compiled.vocabulary),
      })),
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
      const { id } = c.req.valid('param');
      const { format } = c.req.valid('query');
      const input = memo.exportInput(id);
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
      const { id } = c.req.valid('param');
      const { at, party, provision } = c.req.valid('query');
      return jsonAnswer(c, memo.statusAnswer(id, at ?? deps.today(), party, provision), 200);
    },
    { before: [knownTreaty] },
  );

  // The comparison of two treaties (what `pacta diff --json` gives).
  mount(routes.diff, async (c) => {
    const ids = c.req.valid('query');
    const unknown = (['a', 'b'] as const).filter((side) => !compiled.treaties.some((t) => t.treaty.id === ids[side]));
    if (unknown.length)
      throw new ProblemError(
        404,
        `unknown treaty "${ids[unknown[0]!]}"`,
        unknown.map((field) => ({ field, message: 'unknown treaty' })),
      );
    if (ids.scenario === undefined) return c.json(compareTreaties(compiled, ids.a, ids.b), 200);
    // Running a scenario against both treaties is as long as a run: off the event loop, within the run limits.
    return jsonAnswer(
      c,
      await work.perform({ kind: 'diff', a: ids.a, b: ids.b, options: diffScenario(ids.scenario, check, store, savedScenarioOf) }),
      200,
    );
  });

  // The defence network on a day and the dyad-year rows, from the corpus's coded dyads (made once).
  mount(routes.network, (c) => {
    const { at, code, format } = c.req.valid('query');
    const answer = network.network(at ?? deps.today(), code, format);
    return 'json' in answer ? c.json(answer.json, 200) : c.body(answer.csv, 200, { 'content-type': 'text/csv; charset=utf-8' });
  });
  mount(routes.dyadYears, (c) => {
    const { from, to, code, format } = c.req.valid('query');
    const answer = network.dyadYears(from, to, code, format);
    return 'json' in answer ? c.json(answer.json, 200) : c.body(answer.csv, 200, { 'content-type': 'text/csv; charset=utf-8' });
  });

  // Who must help whom: the question checked here (400 naming the part), evaluated off the event loop.
  mount(routes.obligations, async (c) => {
    const hypothesis = hypothesisOfQuery(compiled, c.req.valid('query'), deps.today());
    return jsonAnswer(c, await work.perform({ kind: 'obligations', hypothesis }), 200);
  });

  mount(routes.vocabulary, (c) => c.json(compiled.vocabulary, 200));
  mount(routes.states, (c) => c.json(compiled.states, 200));
  mount(routes.places, (c) => c.json(compiled.gazetteer ?? { places: [] }, 200));
  mount(routes.corpusScenarios, (c) =>
    c.json(
      check.corpus.treaties.flatMap((t) =>
        t.scenarios.map((s) => ({ treaty: t.treaty.value.id, file: s.yaml.file, title: s.value.title, scenario: s.value })),
      ),
      200,
    ),
  );

  // The scenario to run: JSON (parsed and bounded first) or YAML. Its text is checked as YAML (JSON
  // is YAML), so that its errors carry line and column.
  // With `provision`, only that duty (refused, 400, unless it is one of the scenario's treaties').
  mount(
    routes.run,
    async (c) => {
      const scenario = c.req.valid('json');
      const { provision } = c.req.valid('query');
      if (provision !== undefined) {
        const refused = refuseProvision(compiled, scenario.treaties, provision);
        if (refused)
          throw new ProblemError(400, `provision: ${refused.message}`, [
            { field: 'provision', message: refused.message, hint: refused.hint },
          ]);
      }
      return jsonAnswer(c, await work.perform({ kind: 'run', scenario, ...(provision === undefined ? {} : { provision }) }), 200);
    },
    {
      body: async (c) => {
        const text = await c.req.text();
        if (!(YAML_TYPES as readonly string[]).includes(mediaType(c) ?? '')) parseJsonBody(text, limits);
        return validScenario('request body', text);
      },
    },
  );

  mount(routes.ingest, async (c) => {
    const { name, text } = c.req.valid('json');
    return jsonAnswer(c, await work.perform({ kind: 'ingest', name, text }), 200);
  });

  // Saved scenarios
  mount(routes.scenarios, (c) => c.json(store.listScenarios(), 200));
  mount(routes.scenario, (c) => {
    const { id } = c.req.valid('param');
    return c.json(savedScenario(store.getScenario(id) ?? throwError(unknownScenario(id))), 200);
  });
  mount(routes.createScenario, (c) => {
    const { title, scenario } = c.req.valid('json');
    return c.json(savedScenario(store.createScenario(title, savedScenarioOf(scenario))), 201);
  });
  mount(routes.updateScenario, (c) => {
    const { title, scenario } = c.req.valid('json');
    const valid = savedScenarioOf(scenario);
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
  mount(routes.createDocument, async (c) => {
    const { name, text } = c.req.valid('json');
    // Ingested and cut into passages in a worker; kept and indexed for search together: found from now on, gone when it is deleted.
    const done = await work.perform({ kind: 'ingest', name, text, passages: true });
    // An ingest asked for its passages answers IngestedToKeep, not the bare document its kind is typed by.
    const { document, passages } = doneValue(done as Done<unknown> as Done<IngestedToKeep>);
    return c.json(savedDocument(store.createDocument(name, done.kind!, text, document, passages)), 201);
  });
  mount(routes.deleteDocument, (c) => {
    const { id } = c.req.valid('param');
    if (!store.deleteDocument(id)) throw unknownDocument(id);
    return c.body(null, 204);
  });

  mount(routes.search, (c) => {
    const { q } = c.req.valid('query');
    return c.json({ query: q, ...store.search(q) }, 200);
  });

  return app;
}

function throwError(error: Error): never {
  throw error;
}
