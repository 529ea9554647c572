/**
 * The formal rules in Pacta's own vocabulary (namespace urn:pacta:akn:1.0, prefix `pacta`), which
 * Akoma Ntoso carries as foreign elements inside `analysis/otherAnalysis` and `proprietary`:
 * every provision with its kind, roles, trigger, act, qualifiers, tags and quote, the eIds of the
 * units its words stand in, and the concept (`TLCConcept`) the text's `refersTo` points at; the
 * non-operative marks with their reasons; the lifecycle clause, the computed status intervals, the
 * recorded history and the ATOP codes.
 */
import {
  type Citation,
  citationText,
  type Condition,
  type PlainDurationClause,
  type Provision,
  type StatusIntervalJson,
  type Trigger,
} from '../../model/index.js';
import type { AtopCoding, AtopEvidence } from '../atop/classify.js';
import { ATOP_CODES } from '../atop/mapping.js';
import type { LifecycleSummary } from '../common/lifecycle.js';
import type { AknContext } from './context.js';
import { spansText } from './inline.js';
import { language3, treatyIris } from './names.js';
import { el, type XmlElement } from './xml.js';

const P = (name: string) => `pacta:${name}`;

const text = (name: string, value: string | undefined) => (value === undefined ? null : el(P(name), {}, [value]));

const eIdList = (eIds: readonly string[]) => (eIds.length ? eIds.map((e) => `#${e}`).join(' ') : undefined);

function condition(c: Condition): XmlElement {
  if ('inForceFor' in c) return el(P('inForceFor'), { duration: c.inForceFor });
  if ('fluent' in c) return el(P('fluent'), { id: c.fluent, subject: c.subject });
  return el(P('event'), { type: c.event, ...c.where });
}

function trigger(t: Trigger): XmlElement[] {
  if ('all' in t) return [el(P('all'), {}, t.all.map(condition))];
  if ('any' in t) return [el(P('any'), {}, t.any.map(condition))];
  return [condition(t)];
}

export function provisionElement(ctx: AknContext, p: Provision): XmlElement {
  const located = ctx.input.compiled.quoteSpans[p.id];
  const where = located && located.source === ctx.source.id ? ctx.unitsOver(located.spans) : [];
  return el(
    P('provision'),
    {
      id: p.id,
      concept: `#${ctx.provisionConcept(p)}`,
      article: p.article,
      paragraph: p.paragraph,
      kind: p.kind,
      bearer: p.bearer,
      beneficiary: p.beneficiary,
      continuing: p.continuing,
      in: eIdList(where),
    },
    [
      text('summary', p.summary),
      text('articleNote', p.articleNote),
      text('incomplete', p.incomplete?.reason),
      p.trigger ? el(P('trigger'), {}, [text('text', p.triggerText), ...trigger(p.trigger)]) : null,
      p.act
        ? el(P('act'), { type: p.act.type, kinds: p.act.kind?.join(' ') }, [
            text('description', p.act.description),
            text('text', p.act.text),
          ])
        : null,
      ...p.qualifiers.map((q) =>
        el(P('qualifier'), { type: q.type, term: q.term, extent: q.extent }, [
          text('text', q.text),
          ...(q.instruments ?? []).map((i) => text('instrument', i)),
          ...(q.regions ?? []).map((r) => text('region', r)),
        ]),
      ),
      ...p.tags.map((t) => text('tag', t)),
      el(P('quote'), { source: p.quote.source, file: located?.file }, [
        ...(located?.spans ?? []).map((s) => el(P('span'), { start: s.start, end: s.end })),
        text('text', located && located.source === ctx.source.id ? spansText(ctx.raw, located.spans) : p.quote.text),
      ]),
    ],
  );
}

export function nonOperativeElement(ctx: AknContext, i: number): XmlElement {
  const n = ctx.treaty.nonOperative[i]!;
  const located = ctx.input.check.nonOperativeSpans.get(i);
  const where = located && located.source === ctx.source.id ? ctx.unitsOver(located.spans) : [];
  return el(P('nonOperative'), { concept: `#${ctx.nonOperativeConcept(i)}`, part: n.part, in: eIdList(where) }, [
    text('reason', n.reason),
    el(P('quote'), { source: n.quote.source, file: located?.file }, [
      ...(located?.spans ?? []).map((s) => el(P('span'), { start: s.start, end: s.end })),
      text('text', located && located.source === ctx.source.id ? spansText(ctx.raw, located.spans) : n.quote.text),
    ]),
  ]);
}

/** `analysis/otherAnalysis`: the rules and the non-operative marks, tied to the text. */
export function rulesAnalysis(ctx: AknContext): XmlElement {
  return el(P('rules'), { treaty: ctx.treaty.id }, [
    ...ctx.treaty.provisions.map((p) => provisionElement(ctx, p)),
    ...ctx.treaty.nonOperative.map((_, i) => nonOperativeElement(ctx, i)),
  ]);
}

/** A status interval: the treaty's, or a party's (`state`: the continuator bound in its place). */
function intervalElement(i: StatusIntervalJson): XmlElement {
  return el(P('interval'), { status: i.status, from: i.from, to: i.to, term: i.term, termEnd: i.termEnd, state: i.state }, [
    text('cause', i.cause),
  ]);
}

const attested = (a: Citation | undefined) => (a ? el(P('attestedBy'), {}, [text('cite', a.cite), text('note', a.note)]) : null);

/** A duration clause's terms as attributes (a clause read by a contested term: one `reading` per reading, each with its clause). */
function durationAttributes(d: PlainDurationClause): Record<string, string | number | boolean | undefined> {
  const w = 'withdrawal' in d ? d.withdrawal : undefined;
  return {
    type: d.type,
    term: d.type === 'fixed' ? d.term : undefined,
    initialTerm: d.type === 'renewing' || d.type === 'first-term-then-indefinite' ? d.initialTerm : undefined,
    renewalTerm: d.type === 'renewing' ? d.renewalTerm : undefined,
    noticeBefore: d.type === 'renewing' ? d.noticeBefore : undefined,
    treaty: d.type === 'tied' ? d.treaty : undefined,
    unknown: d.type === 'unknown' ? d.reason : undefined,
    withdrawalNotice: w?.noticePeriod,
    withdrawalMonthStart: w?.monthStart,
    minimumInForce: w?.minimumInForce,
    noticeAllowedAfter: w?.noticeAllowedAfter,
    terminationByAgreement: 'terminationByAgreement' in d ? d.terminationByAgreement : undefined,
  };
}

/** The lifecycle clause as `treaty.yaml` writes it: entry into force, provisional application, duration, membership rules. */
function lifecycleClause(ctx: AknContext, life: LifecycleSummary): XmlElement {
  const l = ctx.input.treaty.lifecycle;
  const eif = l.entryIntoForce;
  const d = l.duration;
  const pa = l.provisionalApplication;
  return el(P('lifecycleClause'), { perParty: l.perParty || undefined }, [
    el(
      P('entryIntoForce'),
      {
        event: eif.event,
        date: eif.date,
        notBefore: eif.notBefore,
        offset: eif.offset,
        monthStart: eif.monthStart,
        thresholdInstruments: eif.threshold?.instruments,
        thresholdIncluding: eif.threshold?.including.length ? eif.threshold.including.join(' ') : undefined,
        laterPartiesOffset: eif.laterParties?.offset,
        laterPartiesMonthStart: eif.laterParties?.monthStart,
        unknown: eif.unknown,
        provision: eif.provision,
      },
      [attested(eif.attestedBy)],
    ),
    pa
      ? el(
          P('provisionalApplication'),
          { event: pa.event, date: pa.date, parties: pa.parties?.join(' '), endEvent: pa.endEvent, provision: pa.provision },
          [attested(pa.attestedBy)],
        )
      : null,
    el(
      P('duration'),
      {
        ...(d.type === 'by-reading' ? { type: d.type, term: d.term, reading: life.durationReading?.reading } : durationAttributes(d)),
        provision: l.durationProvision,
        months: life.durationMonths,
        renewalMonths: life.renewalMonths,
        noticeMonths: life.noticeMonths,
      },
      [
        attested(l.durationAttestedBy),
        ...(d.type === 'by-reading'
          ? Object.entries(d.readings).map(([reading, clause]) => el(P('reading'), { name: reading, ...durationAttributes(clause) }))
          : []),
      ],
    ),
    l.accessionEvent ? el(P('accession'), { event: l.accessionEvent }) : null,
    l.suspension
      ? el(P('suspension'), { event: l.suspension.event, endEvent: l.suspension.endEvent, provision: l.suspension.provision }, [
          attested(l.suspension.attestedBy),
        ])
      : null,
    ...l.endsOn.map((e) => el(P('endsOn'), { event: e.event, scope: e.scope, provision: e.provision }, [attested(e.attestedBy)])),
    l.minimumParties
      ? el(P('minimumParties'), { count: l.minimumParties.count, provision: l.minimumParties.provision }, [
          attested(l.minimumParties.attestedBy),
        ])
      : null,
    ...l.survival.map((v) =>
      el(P('survival'), { provisions: v.provisions.join(' '), period: v.period, after: v.after, provision: v.provision }, [
        attested(v.attestedBy),
      ]),
    ),
  ]);
}

/** `proprietary`: what Pacta knows of the treaty beyond its text. */
export function treatyProprietary(ctx: AknContext, life: LifecycleSummary, coding: AtopCoding, formatVersion: string): XmlElement {
  const { treaty, compiled, timeline } = ctx.input;
  const iris = treatyIris(treaty, ctx.source.language);
  return el(P('treaty'), { id: treaty.id, formatVersion }, [
    text('shortTitle', treaty.shortTitle),
    ...Object.entries(treaty.titles).map(([language, title]) => el(P('title'), { language }, [title])),
    el(
      P('parties'),
      {},
      life.members.map((m) =>
        el(
          P('party'),
          {
            code: m.party,
            ref: `#${ctx.state(m.party)}`,
            from: m.from,
            to: m.to,
            continuing: m.continuing,
            continuedBy: m.continuedBy?.state,
            continuedFrom: m.continuedBy?.from,
          },
          [m.name],
        ),
      ),
    ),
    el(
      P('officialLanguages'),
      {},
      treaty.officialLanguages.map((l) => text('language', l)),
    ),
    el(
      P('sources'),
      {},
      treaty.sources.map((s) =>
        el(
          P('source'),
          {
            id: s.id,
            file: s.file,
            language: s.language,
            translation: s.translation,
            sha256: ctx.input.check.documents.get(s.id)?.source.sha256,
          },
          [
            text('publisher', s.publisher),
            text('provenance', s.provenance),
            // The source's other expressions (the same treaty in another language) are left out of the text.
            ...(ctx.input.check.documents.get(s.id)?.otherExpressions ?? []).map((e) =>
              el(
                P('otherExpression'),
                {
                  language: language3(e.language),
                  href: e.language === 'und' ? undefined : iris.expressionIn(e.language),
                  articles: e.articles.length,
                  start: e.spans[0]!.start,
                  end: e.spans[e.spans.length - 1]!.end,
                },
                [e.title?.text ?? ''],
              ),
            ),
            // Text the source lacks (issue 15): its listed gaps, and incomplete provisions no listed gap cuts.
            ...(ctx.input.check.coverage.find((c) => c.source === s.id)?.gaps ?? []).map((g) =>
              el(
                P('gap'),
                {
                  marker: g.marker,
                  after: g.after,
                  start: g.at?.start,
                  end: g.at?.end,
                  provisions: g.provisions?.join(' '),
                  kinds: g.gap === undefined ? undefined : s.gaps?.[g.gap]?.kinds?.join(' '),
                },
                [g.what],
              ),
            ),
          ],
        ),
      ),
    ),
    lifecycleClause(ctx, life),
    el(P('status'), { entryIntoForce: life.entryIntoForce, end: life.end, computedFrom: 'recorded history' }, [
      text('endCause', life.endCause ?? undefined),
      ...timeline.intervals.map(intervalElement),
      ...timeline.parties.map((p) => el(P('partyStatus'), { party: p.party }, p.intervals.map(intervalElement))),
      ...(timeline.suspensions ?? []).map((s) =>
        el(P('suspension'), { bearer: s.bearer, beneficiary: s.beneficiary, from: s.from, to: s.to }),
      ),
    ]),
    el(
      P('history'),
      {},
      compiled.history.map((e) =>
        el(
          P('event'),
          {
            id: e.id,
            date: e.date,
            type: e.type,
            by: e.by,
            against: e.against,
            to: e.to,
            parties: e.parties?.join(' '),
            place: Array.isArray(e.place) ? e.place.join(' ') : e.place,
            ref: `#event_${e.id}`,
          },
          [
            text('source', citationText(e.source)),
            typeof e.source === 'object' ? text('sourceNote', e.source.note) : null,
            text('note', e.note),
          ],
        ),
      ),
    ),
    el(
      P('atop'),
      { codebook: 'ATOP v5.1' },
      ATOP_CODES.map((code) => {
        const r = coding[code];
        const provision = (e: AtopEvidence, incomplete?: true) =>
          el(
            P('provision'),
            { ref: `#${ctx.provisionConcept(ctx.treaty.provisions.find((p) => p.id === e.provision)!)}`, rule: e.rule, incomplete },
            [e.provision],
          );
        // Unknown (issue 15): value="unknown", the reason, the incomplete provisions and the gaps that leave it open.
        return el(P('code'), { name: code, value: r.value ?? 'unknown' }, [
          text('reason', r.reason),
          ...r.provisions.map((e) => provision(e)),
          ...(r.incomplete ?? []).map((e) => provision(e, true)),
          ...(r.gaps ?? []).map((g) => el(P('gap'), { source: g.source, index: g.gap }, [g.what])),
        ]);
      }),
    ),
    ctx.input.warnings.length
      ? el(
          P('warnings'),
          {},
          ctx.input.warnings.map((w) => text('warning', w)),
        )
      : null,
  ]);
}
