/**
 * Which language a short line is in, by counting function words and the words UNTS records use in
 * their title blocks. Enough to tell the English block of a bilingual record from the French one;
 * "und" (undetermined, ISO 639-2) when no language wins.
 */

const WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set([
    'the',
    'of',
    'and',
    'at',
    'on',
    'by',
    'between',
    'signed',
    'official',
    'texts',
    'text',
    'registered',
    'treaty',
    'agreement',
    'convention',
    'done',
    'for',
    'to',
  ]),
  fr: new Set([
    'le',
    'la',
    'les',
    'des',
    'du',
    'de',
    'et',
    'à',
    'par',
    'entre',
    'signé',
    'signée',
    'textes',
    'texte',
    'officiels',
    'officiel',
    'enregistré',
    'enregistrée',
    'traité',
    'accord',
    'fait',
    'pour',
  ]),
  es: new Set([
    'el',
    'la',
    'los',
    'las',
    'del',
    'de',
    'y',
    'en',
    'por',
    'entre',
    'firmado',
    'firmada',
    'textos',
    'oficiales',
    'registrado',
    'tratado',
    'acuerdo',
    'hecho',
    'para',
  ]),
  // Dutch and German: the languages a treaty database may print after the English text.
  nl: new Set([
    'het',
    'een',
    'van',
    'bij',
    'dit',
    'zijn',
    'wordt',
    'worden',
    'verdrag',
    'partijen',
    'zal',
    'zullen',
    'overeenkomst',
    'ondertekend',
    'gedaan',
    'te',
    'voor',
    'aan',
    'met',
    'artikel',
    'deze',
    'der',
    'welke',
    'haar',
  ]),
  de: new Set([
    'der',
    'das',
    'und',
    'zu',
    'von',
    'vertrag',
    'abkommen',
    'artikel',
    'mit',
    'den',
    'dem',
    'des',
    'ist',
    'wird',
    'werden',
    'geschehen',
    'vertragsparteien',
    'sich',
    'nicht',
    'auf',
  ]),
};

/** Enough text to tell a language by its function words; more only costs time (a 10 MB line). */
const SAMPLE_CHARACTERS = 4_000;

export function guessLanguage(text: string): string {
  const counts = new Map<string, number>();
  for (const match of text
    .slice(0, SAMPLE_CHARACTERS)
    .toLowerCase()
    .matchAll(/\p{L}+/gu)) {
    for (const [language, words] of Object.entries(WORDS)) {
      if (words.has(match[0])) counts.set(language, (counts.get(language) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || (second && second[1] === best[1])) return 'und';
  return best[0];
}
