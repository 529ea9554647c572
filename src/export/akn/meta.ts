/**
 * The `meta` block: identification (FRBR Work, Expression, Manifestation), publication,
 * classification (the ATOP codes), lifecycle (every recorded event and the computed entry into
 * force, renewals and end, as eventRefs), analysis (the rules), temporalData (in force, and each
 * term), references, and proprietary. See ./README.md for the choices.
 */
import { citationText, describeEntryIntoForce, lastDayBefore, type RecordedEvent } from '../../model/index.js';
import type { AtopCoding } from '../atop/classify.js';
import { ATOP_CODES, ATOP_MAPPING } from '../atop/mapping.js';
import type { LifecycleSummary } from '../common/lifecycle.js';
import type { AknContext } from './context.js';
import { language3, type TreatyIris } from './names.js';
import { rulesAnalysis, treatyProprietary } from './rules.js';
import { el, type XmlElement } from './xml.js';

interface PlannedEvent {
  key: string;
  date: string;
  source: string;
  type?: 'generation';
}

export interface LifecyclePlan {
  events: PlannedEvent[];
  temporalGroups: XmlElement[];
}

function describeEvent(e: RecordedEvent): string {
  const who = e.parties?.length
    ? ` (${e.parties.join(', ')})`
    : e.by
      ? ` by ${e.by}${e.to ? ` to ${e.to}` : ''}${e.against ? ` against ${e.against}` : ''}`
      : '';
  return `${e.type}${who}, ${e.date}${e.place ? `, ${e.place}` : ''}${e.note ? `: ${e.note}` : ''}`;
}

/**
 * Registers the lifecycle's events (TLCEvent, with the citation of each recorded one as a
 * TLCReference) before the text is built, so the text's dates can refer to them.
 */
export function planLifecycle(ctx: AknContext, life: LifecycleSummary, iris: TreatyIris): LifecyclePlan {
  const { treaty, compiled, vocabulary } = ctx.input;
  const events: PlannedEvent[] = [];
  ctx.refs.add('original', 'original', iris.workThis, treaty.titles[ctx.source.language] ?? treaty.shortTitle);
  const pacta = ctx.refs.add('TLCOrganization', 'pacta', '/akn/ontology/organization/pacta', 'Pacta');
  const event = (key: string, showAs: string) =>
    ctx.refs.add('TLCEvent', `event_${key}`, `/akn/ontology/event/pacta/${treaty.id}/${key}`, showAs);
  for (const e of compiled.history) {
    const lifecycleRole = vocabulary.eventTypes.find((t) => t.id === e.type)?.lifecycle;
    const eId = event(e.id, describeEvent(e));
    const cite = ctx.refs.add(
      'TLCReference',
      `cite_${e.id}`,
      `/akn/ontology/reference/pacta/${treaty.id}/${e.id}`,
      citationText(e.source) ?? 'not cited',
      { name: 'citation' },
    );
    events.push({ key: e.id, date: e.date, source: cite, type: lifecycleRole === 'signature' ? 'generation' : undefined });
    if (lifecycleRole === 'signature' && !ctx.events.signature) ctx.events.signature = eId;
  }
  if (treaty.registration) {
    const r = treaty.registration;
    ctx.events.registration = event(
      'registration',
      `Registered with the Secretariat of the United Nations by ${r.by} on ${r.date}: ${r.series} No. ${r.number}`,
    );
    events.push({ key: 'registration', date: r.date, source: 'original' });
  }
  const eif = treaty.lifecycle.entryIntoForce;
  if (life.entryIntoForce) {
    const rule = `${describeEntryIntoForce(eif)}${eif.provision ? ` (provision ${eif.provision})` : eif.attestedBy ? ` (attested by ${eif.attestedBy.cite})` : ''}`;
    ctx.events.entryIntoForce = event(
      'computed-entry-into-force',
      `Entry into force on ${life.entryIntoForce}, computed from the recorded events and the rule: ${rule}`,
    );
    events.push({ key: 'computed-entry-into-force', date: life.entryIntoForce, source: pacta });
  }
  for (const t of life.terms) {
    if (t.term < 2) continue;
    event(
      `computed-term-${t.term}`,
      `Term ${t.term} begins on ${t.from}: renewed automatically, no notice in time for the term before (computed)`,
    );
    events.push({ key: `computed-term-${t.term}`, date: t.from, source: pacta });
  }
  if (life.end) {
    event(
      'computed-end',
      `No longer in force from ${life.end} (last day in force ${lastDayBefore(life.end)})${life.endCause ? `: ${life.endCause}` : ''} (computed)`,
    );
    events.push({ key: 'computed-end', date: life.end, source: pacta });
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const temporalGroups: XmlElement[] = [];
  if (life.entryIntoForce) {
    const inForce = ctx.refs.add('TLCConcept', 'concept_in-force', '/akn/ontology/concept/pacta/in-force', 'In force');
    const end = life.end ? '#eref_computed-end' : undefined;
    temporalGroups.push(
      el('temporalGroup', { eId: 'tmpg_in-force' }, [
        el('timeInterval', { start: '#eref_computed-entry-into-force', end, refersTo: `#${inForce}` }),
      ]),
    );
    if (life.terms.length) {
      const term = ctx.refs.add(
        'TLCConcept',
        'concept_term',
        '/akn/ontology/concept/pacta/term',
        'A term of the treaty: the first term, or an automatic renewal',
      );
      life.terms.forEach((t, i) => {
        const start = t.term === 1 ? '#eref_computed-entry-into-force' : `#eref_computed-term-${t.term}`;
        const next = life.terms[i + 1];
        const stop = next ? `#eref_computed-term-${next.term}` : t.to !== null && t.to === life.end ? end : undefined;
        temporalGroups.push(
          el('temporalGroup', { eId: `tmpg_term-${t.term}` }, [el('timeInterval', { start, end: stop, refersTo: `#${term}` })]),
        );
      });
    }
  }
  return { events, temporalGroups };
}

export function buildMeta(
  ctx: AknContext,
  iris: TreatyIris,
  plan: LifecyclePlan,
  life: LifecycleSummary,
  coding: AtopCoding,
  formatVersion: string,
): XmlElement {
  const { treaty } = ctx.input;
  const pacta = '#pacta';
  const publisher = ctx.publisher();
  const party = ctx.refs.add('TLCRole', 'party', '/akn/ontology/role/un/party', 'Party');
  const lang = language3(ctx.source.language);
  const reportDate = ctx.doc.metadata.date;
  const expressionDate = reportDate ? { date: reportDate.value, name: 'publication' } : { date: life.signature.date, name: 'signature' };

  const work = el('FRBRWork', {}, [
    el('FRBRthis', { value: iris.workThis }),
    el('FRBRuri', { value: iris.work }),
    el('FRBRalias', { name: 'pacta', value: treaty.id }),
    el('FRBRalias', { name: 'shortTitle', value: treaty.shortTitle }),
    ...Object.entries(treaty.titles).map(([l, title]) => el('FRBRalias', { name: `title.${language3(l)}`, value: title })),
    // The same treaty in another language within the source (a translation printed after the text)
    // is not this expression: its words are left out of the text, its title named as the work's
    // title in that language (unless the treaty gives one), and rules.ts lists it under the source.
    ...otherExpressionTitles(ctx).map(({ language, title }) => el('FRBRalias', { name: `title.${language}`, value: title })),
    el('FRBRdate', { date: life.signature.date, name: 'signature' }),
    ...treaty.parties.map((code) => el('FRBRauthor', { href: `#${ctx.state(code)}`, as: `#${party}` })),
    el('FRBRcountry', { value: 'un' }),
    el('FRBRsubtype', { value: 'treaty' }),
    el('FRBRnumber', {
      value: iris.number,
      showAs: treaty.registration ? `${treaty.registration.series} No. ${treaty.registration.number}` : undefined,
    }),
    el('FRBRname', { value: 'treaty' }),
    el('FRBRprescriptive', { value: 'true' }),
  ]);
  const expression = el('FRBRExpression', {}, [
    el('FRBRthis', { value: iris.expressionThis }),
    el('FRBRuri', { value: iris.expression }),
    el('FRBRdate', expressionDate),
    el('FRBRauthor', { href: `#${publisher}` }),
    el('FRBRauthoritative', { value: String(!ctx.source.translation && treaty.officialLanguages.includes(ctx.source.language)) }),
    el('FRBRlanguage', { language: lang }),
    ...(ctx.source.translation
      ? treaty.officialLanguages
          .filter((l) => l !== ctx.source.language)
          .map((l) =>
            el('FRBRtranslation', { href: iris.expressionIn(l), fromLanguage: language3(l), authoritative: 'false', by: `#${publisher}` }),
          )
      : []),
  ]);
  const manifestation = el('FRBRManifestation', {}, [
    el('FRBRthis', { value: iris.manifestationThis }),
    el('FRBRuri', { value: iris.manifestation }),
    el('FRBRdate', { date: latestFact(ctx, life), name: 'latestFact' }),
    el('FRBRauthor', { href: pacta }),
    el('FRBRformat', { value: 'application/akn+xml' }),
  ]);

  const earned = ATOP_CODES.filter((c) => coding[c].value === 1);
  const atop = earned.length
    ? ctx.refs.add('TLCReference', 'atop', '/akn/ontology/reference/atop/codebook-v5.1', ATOP_MAPPING.codebook, { name: 'dictionary' })
    : undefined;
  const classification = atop
    ? el(
        'classification',
        { source: pacta },
        earned.map((code) => {
          const definition = ATOP_MAPPING.codes.find((c) => c.code === code)!.definition;
          const refersTo = coding[code].provisions.map((e) => `#prov_${e.provision}`).join(' ');
          return el('keyword', { value: code, showAs: `ATOP ${code}: ${definition}`, dictionary: `#${atop}`, refersTo });
        }),
      )
    : null;

  const lifecycle = plan.events.length
    ? el(
        'lifecycle',
        { source: pacta },
        plan.events.map((e) =>
          el('eventRef', { eId: `eref_${e.key}`, date: e.date, source: `#${e.source}`, type: e.type, refersTo: `#event_${e.key}` }),
        ),
      )
    : null;
  const analysis = el('analysis', { source: pacta }, [el('otherAnalysis', { source: pacta }, [rulesAnalysis(ctx)])]);
  const temporalData = plan.temporalGroups.length ? el('temporalData', { source: pacta }, plan.temporalGroups) : null;
  const proprietary = el('proprietary', { source: pacta }, [treatyProprietary(ctx, life, coding, formatVersion)]);
  const publication = reportDate ? el('publication', { date: reportDate.value, name: 'report', showAs: ctx.source.publisher }) : null;

  return el('meta', {}, [
    el('identification', { source: pacta }, [work, expression, manifestation]),
    publication,
    classification,
    lifecycle,
    analysis,
    temporalData,
    ctx.refs.element(pacta),
    proprietary,
  ]);
}

/** The titles of the source's other expressions, in languages the treaty gives no title in (ISO 639-2). */
function otherExpressionTitles(ctx: AknContext): { language: string; title: string }[] {
  const known = new Set(Object.keys(ctx.treaty.titles).map(language3));
  const titles: { language: string; title: string }[] = [];
  for (const e of ctx.doc.otherExpressions) {
    const language = language3(e.language);
    if (!e.title || known.has(language)) continue;
    known.add(language);
    titles.push({ language, title: e.title.text });
  }
  return titles;
}

/**
 * The manifestation's date: the latest dated fact the export rests on (recorded events, computed
 * lifecycle dates, the source's own dates), not the day it was generated, so that the same corpus
 * gives the same bytes.
 */
function latestFact(ctx: AknContext, life: LifecycleSummary): string {
  const m = ctx.doc.metadata;
  const dates = [
    life.signature.date,
    life.entryIntoForce,
    life.end,
    ...ctx.input.compiled.history.map((e) => e.date),
    ctx.treaty.registration?.date,
    m.date?.value,
    m.capturedOn?.value,
  ].filter((d): d is string => typeof d === 'string');
  return dates.sort().at(-1)!;
}
