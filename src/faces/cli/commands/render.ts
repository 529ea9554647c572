/** `pacta render TREATY [--format md|html]`: the treaty as a literate document for legal review. */
import { buildLiterate, literateHtml, literateMarkdown } from '../../../export/index.js';
import { compiledCorpus, resolveCorpusRoot, resolveTreatyId } from '../corpus-access.js';
import { usageError } from '../errors.js';
import type { RegisterCommand } from './index.js';

export const registerRender: RegisterCommand = (program, { io }) => {
  program
    .command('render')
    .description("the treaty as a literate document: each article's source text beside the provisions that encode it")
    .argument('<treaty>', 'treaty id or folder')
    .option('--format <format>', 'md or html', 'md')
    .option('--corpus <dir>', 'corpus folder')
    .action((treatyArg: string, opts: { format: string; corpus?: string }) => {
      if (opts.format !== 'md' && opts.format !== 'html') {
        throw usageError('--format', `unknown format "${opts.format}"`, 'use --format md or --format html');
      }
      const { compiled, check } = compiledCorpus(resolveCorpusRoot(opts.corpus, io.env));
      const id = resolveTreatyId(treatyArg, compiled);
      const treatyCheck = check.treaties.find((t) => t.id === id)!;
      const doc = buildLiterate(compiled.treaties.find((t) => t.treaty.id === id)!.treaty, treatyCheck);
      io.stdout.write(
        opts.format === 'md' ? literateMarkdown(doc) : literateHtml(doc, (source) => treatyCheck.sourceTexts.get(source) ?? ''),
      );
    });
};
