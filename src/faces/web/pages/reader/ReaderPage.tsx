/**
 * The treaty reader: the source text as published with every provision's quote highlighted, the
 * selected provision's rule beside it, and the lifecycle drawn as a timeline.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../api/client.js';
import type { TreatyDetail, TreatyText } from '../../api/types.js';
import { useResource } from '../../api/useResource.js';
import { href, navigate, useLocation } from '../../app/router.js';
import { Async } from '../../components/Async.js';
import { Link } from '../../components/Link.js';
import { Tabs } from '../../components/Tabs.js';
import { useStateNames } from '../../components/useStates.js';
import type { Highlights } from './marks.js';
import { ExportLinks } from './ExportLinks.js';
import { dayProblem, eventAnchor } from '../../lib/dayWords.js';
import { DayStatus } from './DayStatus.js';
import { LifecycleSection } from './LifecycleSection.js';
import { RecordedEvents } from './RecordedEvents.js';
import { ProvisionIndex } from './ProvisionIndex.js';
import { RulePanel } from './RulePanel.js';
import { SourceText, type NonOperativePassage } from './SourceText.js';
import { parseFoundSpan, useScrollToFound } from './found.js';

export function ReaderPage({ treaty, provision }: { treaty: string; provision: string | null }) {
  // The day asked about (?at=YYYY-MM-DD), so that a researcher can link it; today when absent.
  const at = useLocation().query.get('at');
  const data = useResource(`reader:${treaty}`, () => Promise.all([api.treaty(treaty), api.treatyText(treaty), api.treaties()]));
  return (
    <Async resource={data} what="the treaty">
      {([detail, text, list]) => <Reader detail={detail} text={text} today={list.date} selected={provision} at={at} />}
    </Async>
  );
}

interface ReaderProps {
  detail: TreatyDetail;
  text: TreatyText;
  today: string;
  selected: string | null;
  at: string | null;
}

function Reader({ detail, text, today, selected, at }: ReaderProps) {
  const t = detail.treaty;
  const stateName = useStateNames();
  const provisions = useMemo(() => new Map(t.provisions.map((p) => [p.id, p])), [t.provisions]);
  // Arriving from a search hit (?source=ID&span=START-END): that source shown, the words found marked and in view.
  const query = useLocation().query;
  const [sourceId, setSourceId] = useState(text.sources.find((s) => s.id === query.get('source'))?.id ?? text.sources[0]?.id ?? '');
  const source = text.sources.find((s) => s.id === sourceId) ?? text.sources[0];
  const found = source && source.id === query.get('source') ? parseFoundSpan(query.get('span')) : null;
  useScrollToFound(found);
  const highlights = useMemo<Highlights>(
    () => ({
      quotes: new Map(
        Object.entries(text.quoteSpans)
          .filter(([, q]) => q.source === source?.id)
          .map(([id, q]) => [id, q.spans]),
      ),
      nonOperative: new Map(text.nonOperative.flatMap((n, i) => (n.quote.source === source?.id ? [[i, n.spans] as const] : []))),
    }),
    [text, source],
  );
  const passages = useMemo(
    () => new Map<number, NonOperativePassage>(text.nonOperative.map((n, i) => [i, { reason: n.reason, part: n.part }])),
    [text],
  );
  const day = at ?? today;
  const select = (id: string | null) => navigate(href(`/treaties/${t.id}`, { provision: id, at }), { replace: true });
  const chooseDay = (d: string) => navigate(href(`/treaties/${t.id}`, { provision: selected, at: d }), { replace: true });
  const recorded = useMemo(() => new Set(detail.history.map((e) => e.id)), [detail.history]);
  const eventHref = (id: string) => (recorded.has(id) ? `#${eventAnchor(id)}` : undefined);
  const chosen = selected ? provisions.get(selected) : undefined;

  // Arriving with a provision named (from search or an explanation): bring its words into view.
  const scrolled = useRef(false);
  useEffect(() => {
    if (scrolled.current || !selected) return;
    scrolled.current = true;
    document.querySelector(`mark[data-provision="${CSS.escape(selected)}"]`)?.scrollIntoView({ block: 'start' });
  }, [selected]);

  const coverage = source?.coverage?.totals;
  // What the source lacks: never a bare percentage that reads as complete.
  const gaps = source?.coverage?.gaps ?? [];
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Corpus</Link> › <span aria-current="page">{t.shortTitle}</span>
      </nav>
      <h1>{t.shortTitle}</h1>
      {Object.entries(t.titles).map(([lang, title]) => (
        <p key={lang} className="title-line" lang={lang}>
          {title}
        </p>
      ))}
      <dl className="facts-list wide">
        <dt>Parties</dt>
        <dd>{t.parties.map((p) => `${stateName(p)} (${p})`).join(' · ')}</dd>
        <dt>Signed</dt>
        <dd>
          {t.signature.date}, {t.signature.place}
        </dd>
        {t.registration ? (
          <>
            <dt>Registered</dt>
            <dd>
              {t.registration.series} No. {t.registration.number}, by {t.registration.by} on {t.registration.date}
            </dd>
          </>
        ) : null}
        <dt>Official languages</dt>
        <dd>{t.officialLanguages.join(', ')}</dd>
      </dl>
      <p className="page-actions">
        <Link className="button" href={href('/workbench', { treaty: t.id })}>
          Open in the workbench
        </Link>
        <Link className="button" href={href('/compare', { a: t.id })}>
          Compare
        </Link>
      </p>
      <ExportLinks treaty={t.id} />

      <DayStatus detail={detail} day={day} today={today} onDay={chooseDay} stateName={stateName} eventHref={eventHref} />

      <LifecycleSection detail={detail} today={today} stateName={stateName} eventHref={eventHref} />

      <RecordedEvents history={detail.history} stateName={stateName} />

      <section aria-labelledby="text-heading">
        <h2 id="text-heading">Text and rules</h2>
        {source ? (
          <p className="source-note">
            {/* The provenance is the full citation and names the publisher itself: not said twice. */}
            Source{source.translation ? ', a translation' : ''} ({source.language}): {source.provenance}
            {coverage
              ? ` Coverage: ${coverage.percent}% of the ${coverage.sentences - coverage.gap} sentences the source has encoded or marked non-operative.`
              : ''}
            {gaps.length
              ? ` Complete except for ${gaps.length} gap${gaps.length === 1 ? '' : 's'}: ${gaps.map((g) => g.what).join('; ')}.`
              : ''}
          </p>
        ) : null}
        <Legend />
        <div className="reader-grid">
          <div className="reader-text">
            {text.sources.length > 1 ? (
              <Tabs
                label="Sources"
                tabs={text.sources.map((s) => ({ key: s.id, title: `${s.publisher} (${s.language})` }))}
                selected={source?.id ?? ''}
                onSelect={setSourceId}
              >
                {source ? (
                  <SourceText
                    source={source}
                    highlights={highlights}
                    provisions={provisions}
                    passages={passages}
                    selected={selected}
                    onSelect={select}
                    found={found}
                  />
                ) : null}
              </Tabs>
            ) : source ? (
              <SourceText
                source={source}
                highlights={highlights}
                provisions={provisions}
                passages={passages}
                selected={selected}
                onSelect={select}
                found={found}
              />
            ) : (
              <p>No source text.</p>
            )}
          </div>
          <aside className={`reader-aside${chosen ? ' has-rule' : ''}`} aria-label="Rule">
            {chosen ? (
              <RulePanel provision={chosen} treaty={t.id} today={dayProblem(day) ? today : day} onClose={() => select(null)} />
            ) : (
              <p className="hint-box">Select a highlighted passage (click it, or Tab to it and press Enter) to see the rule it encodes.</p>
            )}
            <ProvisionIndex
              provisions={t.provisions}
              located={highlights.quotes}
              selected={selected}
              onSelect={select}
              collapsed={chosen !== undefined}
            />
          </aside>
        </div>
      </section>
    </>
  );
}

function Legend() {
  const kinds = ['obligation', 'prohibition', 'permission', 'declaration', 'procedural'];
  return (
    <p className="legend" aria-label="Legend">
      {kinds.map((k) => (
        <span key={k} className={`legend-item q-${k}`}>
          {k}
        </span>
      ))}
      <span className="legend-item non-operative">not operative</span>
      <span className="legend-item inline-footnote-sample">footnote</span>
    </p>
  );
}
