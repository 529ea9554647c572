/**
 * What each API route returns, inferred from the route definitions (src/faces/http/routes.ts): the
 * zod schema of each route's answer, as the server declares it in /api/openapi.json. Type-only
 * imports: nothing of the server is bundled. The names below are the ones the pages use.
 */
import type { z } from 'zod';
import type { routes } from '../../http/index.js';

type Routes = typeof routes;
export type RouteName = keyof Routes;

type JsonSchema<Content> = Content extends { 'application/json': { schema: infer S extends z.ZodType } } ? S : never;
type SuccessSchema<R> = R extends { responses: infer Responses }
  ? {
      [Status in keyof Responses]: Status extends 200 | 201
        ? Responses[Status] extends { content: infer C }
          ? JsonSchema<C>
          : never
        : never;
    }[keyof Responses]
  : never;
type BodySchema<R> = R extends { request: { body: { content: infer C } } } ? JsonSchema<C> : never;

/** The JSON a route answers on success. */
export type Answer<Name extends RouteName> = z.output<SuccessSchema<Routes[Name]>>;
/** The JSON body a route reads (defaults may be left out). */
export type RequestBody<Name extends RouteName> = z.input<BodySchema<Routes[Name]>>;

/** GET /api/treaties */
export type TreatyList = Answer<'treaties'>;
export type TreatySummary = TreatyList['treaties'][number];
/** GET /api/treaties/:id */
export type TreatyDetail = Answer<'treaty'>;
export type TreatyFile = TreatyDetail['treaty'];
export type TreatyStatus = TreatySummary['status']['status'];
export type RecordedEvent = TreatyDetail['history'][number];
export type TreatyTimeline = TreatyDetail['lifecycle'];
export type StatusIntervalJson = TreatyTimeline['intervals'][number];
/** A party's status intervals (state: the continuator bound in its place), and obligations suspended between two parties. */
export type PartyTimeline = TreatyTimeline['parties'][number];
export type PairSuspension = NonNullable<TreatyTimeline['suspensions']>[number];
export type LocatedQuote = TreatyDetail['quoteSpans'][string];
export type SourceSpan = LocatedQuote['spans'][number];
export type StateEntry = TreatyDetail['states'][number];
export type Provision = TreatyFile['provisions'][number];
export type Qualifier = NonNullable<Provision['qualifiers']>[number];
export type Trigger = NonNullable<Provision['trigger']>;
export type Condition = Extract<Trigger, { all: unknown }>['all'][number];
/** GET /api/treaties/:id/text */
export type TreatyText = Answer<'treatyText'>;
export type TreatySourceText = TreatyText['sources'][number];
/** GET /api/treaties/:id/status */
export type StatusResult = Answer<'status'>;
export type PartyStatus = StatusResult['parties'][number];
/** GET /api/vocabulary, /api/states */
export type VocabularyFile = Answer<'vocabulary'>;
export type EventType = VocabularyFile['eventTypes'][number];
export type ContestedTerm = VocabularyFile['terms'][number];
export type StatesFile = Answer<'states'>;
/** GET /api/places */
export type Gazetteer = Answer<'places'>;
export type Place = Gazetteer['places'][number];

/** POST /api/run */
export type RunResult = Answer<'run'>;
export type Run = RunResult['runs'][number];
export type ObligationResult = Run['obligations'][number];
export type ExplanationStep = ObligationResult['explanation'][number];
export type ReadingDifference = RunResult['differences'][number];
/** A scenario as sent to the API (defaults may be left out). */
export type ScenarioInput = RequestBody<'run'>;
/** A scenario as the API gives it back (defaults filled in). */
export type ScenarioOutput = CorpusScenario['scenario'];
export type ScenarioEvent = ScenarioOutput['events'][number];
/** GET /api/corpus-scenarios */
export type CorpusScenario = Answer<'corpusScenarios'>[number];

/** GET /api/diff */
export type TreatyComparison = Answer<'diff'>;
export type Match = TreatyComparison['matches'][number];
export type PairComparison = Match['pairs'][number];
export type ProvisionRef = PairComparison['a'];
export type FieldDifference = PairComparison['differences'][number];
export type Grade = FieldDifference['grade'];
export type OnlyIn = TreatyComparison['onlyInA'][number];
export type LifecycleRow = TreatyComparison['lifecycle'][number];
export type Claim = TreatyComparison['summary'][number];
export type ComparisonCounts = TreatyComparison['counts'];
export type BehaviourComparison = NonNullable<TreatyComparison['behaviour']>;
export type BehaviourRun = BehaviourComparison['runs'][number];
export type BehaviourRow = BehaviourRun['rows'][number];
export type OutcomeCell = NonNullable<BehaviourRow['a']>;

/** POST /api/ingest */
export type StructuredDocument = Answer<'ingest'>;
export type Article = StructuredDocument['articles'][number];
export type Footnote = StructuredDocument['footnotes'][number];

/** Saved scenarios and imported documents */
export type SavedScenario = Answer<'scenario'>;
export type SavedScenarioSummary = Answer<'scenarios'>[number];
export type SavedDocument = Answer<'document'>;
export type SavedDocumentSummary = Answer<'documents'>[number];

/** GET /api/search */
export type SearchResult = Answer<'search'>;
export type SearchHit = SearchResult['hits'][number];

/** GET /api/network: the defence network on a day */
export type NetworkResult = Answer<'network'>;
export type NetworkEdge = NetworkResult['edges'][number];
export type DyadCode = NetworkEdge['codes'][number];
export type DyadProvision = NetworkEdge['provisions'][number];
export type AtopCodeName = DyadCode['code'];
/** GET /api/obligations: who must help whom */
export type HypotheticalAnswer = Answer<'obligations'>;
export type HypotheticalDuty = HypotheticalAnswer['owed'][number];
export type NothingOwed = HypotheticalAnswer['owesNothing'][number];

/** Every error answer (application/problem+json). */
export type { Problem, ProblemField } from '../../http/index.js';
