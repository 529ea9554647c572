/**
 * The same treaty in another language in the same file: a Dutch translation printed after the English
 * text, the French text after the English one. The second text is found where the article numbering
 * starts again at 1 in another language; it begins at the first block of that language after the
 * first text's last article (its title and preamble; blocks of no telling language pass), and is parsed as a treaty of its own, never as
 * the first text's signatures or recitals.
 */
import { isArticleStart, lineHeading } from './articles.js';
import { blocksOfFlow } from './blocks.js';
import { guessLanguage } from './language.js';
import type { FlowLine } from './layout.js';
import { isFirstNumber } from './article-number.js';

/** How much text (in lines) is read to tell a text's language. */
const SAMPLE_LINES = 12;

/**
 * The language of the article (or text) at flow[from]: its own lines up to the next article heading,
 * at most SAMPLE_LINES of them, so that a text in another language right after it does not count.
 */
export function languageAt(flow: readonly FlowLine[], from: number): string {
  const sample: string[] = [];
  for (let i = from; i < flow.length && sample.length < SAMPLE_LINES; i++) {
    if (i > from && lineHeading(flow[i]!.line) && sample.length > 1) break;
    sample.push(flow[i]!.line.text);
  }
  return guessLanguage(sample.join(' '));
}

/**
 * Where each further expression starts in the flow (ascending), after the first text. Empty when the
 * file holds one language.
 */
export function expressionStarts(flow: readonly FlowLine[]): number[] {
  const articleStarts: number[] = [];
  for (let i = 0; i < flow.length; i++) if (isArticleStart(flow, i)) articleStarts.push(i);
  if (articleStarts.length < 2) return [];
  const starts: number[] = [];
  let language = languageAt(flow, articleStarts[0]!);
  let lastArticle = articleStarts[0]!;
  for (const k of articleStarts.slice(1)) {
    const heading = lineHeading(flow[k]!.line);
    const restarts = heading !== null && isFirstNumber(heading.parsed);
    const here = restarts ? languageAt(flow, k) : language;
    if (!restarts || here === 'und' || language === 'und' || here === language) {
      lastArticle = k;
      continue;
    }
    // The new text's first block: the earliest block after the previous text's last article from
    // which every block up to this article is in the new language.
    const blocks = blocksOfFlow(flow.slice(lastArticle + 1, k));
    let offset = lastArticle + 1;
    const blockStarts = blocks.map((block) => {
      const at = offset;
      offset += block.length;
      return at;
    });
    let start = k;
    for (let b = blocks.length - 1; b >= 0; b--) {
      const blockLanguage = guessLanguage(blocks[b]!.map((f) => f.line.text).join(' '));
      // A block without telling words ("Sont convenus de ce qui suit :", a name) neither starts nor stops it.
      if (blockLanguage === 'und') continue;
      if (blockLanguage !== here) break;
      start = blockStarts[b]!;
    }
    starts.push(start);
    language = here;
    lastArticle = k;
  }
  return starts;
}
