/**
 * What the AKN builders share while they walk one source: the raw text, the eIds handed out, the
 * `references` entries (TLC*) registered as elements refer to them, and which provisions and
 * non-operative marks stand in which unit of text.
 */
import type { Provision, SourceSpan, StructuredDocument, TreatySource } from '../../model/index.js';
import type { TreatyExportInput } from '../common/input.js';
import { stateName } from '../common/lifecycle.js';
import { EidCounter, slug } from './names.js';
import { el, type XmlElement, type XmlNode } from './xml.js';
import { coversAll, type Wrap } from './inline.js';

export type RefKind = 'original' | 'TLCOrganization' | 'TLCPerson' | 'TLCLocation' | 'TLCRole' | 'TLCEvent' | 'TLCConcept' | 'TLCReference';
const REF_ORDER: RefKind[] = [
  'original',
  'TLCOrganization',
  'TLCPerson',
  'TLCLocation',
  'TLCRole',
  'TLCEvent',
  'TLCConcept',
  'TLCReference',
];

/** The `references` block: each entry once, grouped by kind in a fixed order, in the order first used. */
export class References {
  private readonly entries = new Map<string, { kind: RefKind; element: XmlElement }>();

  add(kind: RefKind, eId: string, href: string, showAs: string, extra: Record<string, string> = {}): string {
    const existing = this.entries.get(eId);
    if (existing && existing.kind !== kind) throw new Error(`eId "${eId}" used for both ${existing.kind} and ${kind}`);
    if (!existing) this.entries.set(eId, { kind, element: el(kind, { eId, href, showAs, ...extra }) });
    return eId;
  }

  has(eId: string): boolean {
    return this.entries.has(eId);
  }

  element(source: string): XmlElement {
    const list = [...this.entries.values()];
    return el(
      'references',
      { source },
      REF_ORDER.flatMap((kind) => list.filter((e) => e.kind === kind).map((e) => e.element)),
    );
  }
}

export interface TextUnit {
  eId: string;
  spans: SourceSpan[];
}

const overlaps = (a: readonly SourceSpan[], b: readonly SourceSpan[]) => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));

export class AknContext {
  readonly eids = new EidCounter();
  readonly refs = new References();
  /** Every element holding a unit of the source's text, in document order. */
  readonly units: TextUnit[] = [];
  private readonly personByKey = new Map<string, string>();
  /** The TLCEvent eIds of the lifecycle events the text mentions, once the lifecycle is registered. */
  readonly events: { signature?: string; entryIntoForce?: string; registration?: string } = {};

  constructor(
    readonly input: TreatyExportInput,
    readonly source: TreatySource,
    readonly doc: StructuredDocument,
    readonly raw: string,
  ) {}

  get treaty() {
    return this.input.treaty;
  }

  /** Provisions whose quote, in this source, overlaps the spans. */
  provisionsIn(spans: readonly SourceSpan[]): Provision[] {
    return this.treaty.provisions.filter((p) => {
      const q = this.input.compiled.quoteSpans[p.id];
      return q !== undefined && q.source === this.source.id && overlaps(q.spans, spans);
    });
  }

  /** Indexes of the non-operative marks whose quote, in this source, overlaps the spans. */
  nonOperativeIn(spans: readonly SourceSpan[]): number[] {
    return this.treaty.nonOperative.flatMap((_, i) => {
      const q = this.input.check.nonOperativeSpans.get(i);
      return q !== undefined && q.source === this.source.id && overlaps(q.spans, spans) ? [i] : [];
    });
  }

  provisionConcept(p: Provision): string {
    return this.refs.add('TLCConcept', `prov_${p.id}`, `/akn/ontology/concept/pacta/${this.treaty.id}/${p.id}`, p.summary);
  }

  nonOperativeConcept(i: number): string {
    const n = this.treaty.nonOperative[i]!;
    return this.refs.add(
      'TLCConcept',
      `nonop_${i + 1}`,
      `/akn/ontology/concept/pacta/non-operative/${n.part}`,
      `Non-operative (${n.part}): ${n.reason}`,
    );
  }

  /** The marks (provisions, non-operative words) in a unit: its refersTo, and wraps for the words of each when the unit holds more than the one mark. */
  marks(spans: readonly SourceSpan[]): { refersTo: string | undefined; wraps: Wrap[] } {
    const marks: { ref: string; spans: SourceSpan[] }[] = [
      ...this.provisionsIn(spans).map((p) => ({ ref: this.provisionConcept(p), spans: this.input.compiled.quoteSpans[p.id]!.spans })),
      ...this.nonOperativeIn(spans).map((i) => ({
        ref: this.nonOperativeConcept(i),
        spans: this.input.check.nonOperativeSpans.get(i)!.spans,
      })),
    ];
    const refersTo = marks.length ? marks.map((m) => `#${m.ref}`).join(' ') : undefined;
    const bounds = (m: { spans: SourceSpan[] }) => ({ start: m.spans[0]!.start, end: m.spans[m.spans.length - 1]!.end });
    const whole = marks.length === 1 && coversAll(this.raw, spans, bounds(marks[0]!).start, bounds(marks[0]!).end);
    const wraps: Wrap[] = whole
      ? []
      : marks.map((m) => ({ ...bounds(m), make: (children: XmlNode[]) => el('span', { refersTo: `#${m.ref}` }, children) }));
    return { refersTo, wraps };
  }

  unit(eId: string, spans: readonly SourceSpan[]): void {
    this.units.push({ eId, spans: [...spans] });
  }

  unitsOver(spans: readonly SourceSpan[]): string[] {
    return this.units.filter((u) => overlaps(u.spans, spans)).map((u) => u.eId);
  }

  state(code: string): string {
    return this.refs.add(
      'TLCOrganization',
      code.toLowerCase(),
      `/akn/ontology/organization/un/${code.toLowerCase()}`,
      stateName(this.input.states.states, code),
    );
  }

  /** The state a name in the text stands for (its name or an alias, case aside), if it is one of the parties or a continuator. */
  stateByName(text: string): string | undefined {
    const wanted = normaliseName(text);
    const entry = this.input.states.states.find((s) => [s.name, ...s.aliases].some((n) => normaliseName(n) === wanted));
    return entry?.code;
  }

  /** The names of the parties as the text may give them, longest first (for finding them in a title). */
  partyNames(): { code: string; name: string }[] {
    return this.treaty.parties
      .flatMap((code) => {
        const entry = this.input.states.states.find((s) => s.code === code);
        return entry ? [entry.name, ...entry.aliases].map((name) => ({ code, name })) : [];
      })
      .sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** A person, one entry however the text spells them: "N. KHRUSHCHEV" is "Nikita Sergeevich Khrushchev" (same initial and surname). */
  person(name: string): string {
    const key = personKey(name);
    const known = this.personByKey.get(key);
    if (known) return known;
    const eId = slug(name);
    this.personByKey.set(key, eId);
    return this.refs.add('TLCPerson', eId, `/akn/ontology/person/${eId}`, name);
  }

  location(name: string): string {
    const eId = `loc_${slug(name)}`;
    return this.refs.add('TLCLocation', eId, `/akn/ontology/location/${slug(name)}`, name);
  }

  publisher(): string {
    return this.refs.add(
      'TLCOrganization',
      'publisher',
      `/akn/ontology/organization/un/${slug(this.source.publisher)}`,
      this.source.publisher,
    );
  }
}

function normaliseName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase().replace(/^the /, '');
}

/** First initial and last word: "N. KHRUSHCHEV" and "Nikita Sergeevich Khrushchev" → "n khrushchev". */
function personKey(name: string): string {
  const words = name
    .replace(/[^\p{L}\s-]/gu, ' ')
    .trim()
    .toLowerCase()
    .split(/\s+/);
  return `${words[0]?.[0] ?? ''} ${words[words.length - 1] ?? ''}`;
}
