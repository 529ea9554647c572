/**
 * Names in the Akoma Ntoso naming convention (OASIS AKN-NC 1.0) as the UN profile (AKN4UN) uses
 * them for treaties:
 *
 *   Work           /akn/un/act/treaty/{signature date}/{number}            e.g. …/1961-07-06/unts-6045
 *   Expression     {work}/{language}@                                       e.g. …/unts-6045/eng@
 *   Manifestation  {expression}/!main.xml (this file), {expression}.xml (the document as a whole)
 *
 * `un` is the jurisdiction AKN4UN gives documents of the United Nations system; a treaty between
 * states belongs to no one state's jurisdiction, and treaties registered with the UN are published by
 * it, so both treaties use `un` (FRBRcountry has no code for "international"). The number is the
 * registration (`unts-6045`) when the treaty is registered, else Pacta's id of the treaty. The
 * version after `@` is empty: the text as signed (the original version). Languages are ISO 639-2
 * three-letter codes, as AKN-NC prescribes.
 */
import type { TreatyFile } from '../../model/index.js';

const ISO_639_2: Record<string, string> = {
  ar: 'ara',
  da: 'dan',
  de: 'deu',
  el: 'ell',
  en: 'eng',
  es: 'spa',
  fr: 'fra',
  it: 'ita',
  ja: 'jpn',
  ko: 'kor',
  nl: 'nld',
  no: 'nor',
  pl: 'pol',
  pt: 'por',
  ru: 'rus',
  tr: 'tur',
  zh: 'zho',
};

/** ISO 639-1 (treaty.yaml) → ISO 639-2/T (AKN); a three-letter code is kept. */
export function language3(code: string): string {
  return code.length === 3 ? code : (ISO_639_2[code] ?? code);
}

export interface TreatyIris {
  work: string;
  workThis: string;
  expression: string;
  expressionThis: string;
  manifestation: string;
  manifestationThis: string;
  /** The expression in another language (the authentic texts a translation is made from). */
  expressionIn: (language: string) => string;
  number: string;
}

export function treatyIris(treaty: TreatyFile, language: string): TreatyIris {
  const number = treaty.registration ? `${slug(treaty.registration.series)}-${slug(treaty.registration.number)}` : treaty.id;
  const work = `/akn/un/act/treaty/${treaty.signature.date}/${number}`;
  const expressionIn = (lang: string) => `${work}/${language3(lang)}@`;
  const expression = expressionIn(language);
  return {
    work,
    workThis: `${work}/!main`,
    expression,
    expressionThis: `${expression}/!main`,
    manifestation: `${expression}.xml`,
    manifestationThis: `${expression}/!main.xml`,
    expressionIn,
    number,
  };
}

/** Lower-case kebab words: "Kim Il Sung" → "kim-il-sung", "N. KHRUSHCHEV" → "n-khrushchev". */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

/** Hands out eIds by the naming convention: `{parent}__{name}_{n}`, n counted per parent and name. */
export class EidCounter {
  private readonly counts = new Map<string, number>();

  next(parent: string, name: string): string {
    const key = `${parent}|${name}`;
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    return parent ? `${parent}__${name}_${n}` : `${name}_${n}`;
  }
}
