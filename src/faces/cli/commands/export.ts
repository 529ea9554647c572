/**
 * `pacta export TREATY --format akn|json|csv [--out FILE]`; `pacta export --format csv [TREATY…]
 * [--members]` (default: every treaty); `pacta export --schema` (the JSON export's JSON Schema).
 * With --out the file is written whole or not at all (atomic-write.ts: a temporary file beside it,
 * synced, renamed over the target; removed on failure and on SIGINT/SIGTERM; a symbolic link is
 * written through to its target).
 */
import { exportAkn, exportCsv, exportInputs, exportJson, exportJsonSchemaText } from '../../../export/index.js';
import { compiledCorpus, resolveCorpusRoot, resolveTreatyId } from '../corpus-access.js';
import { writeWhole } from '../atomic-write.js';
import { usageError } from '../errors.js';
import type { CliIo } from '../io.js';
import type { RegisterCommand } from './index.js';

const FORMATS = ['akn', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

interface ExportOptions {
  format?: string;
  out?: string;
  members?: boolean;
  schema?: boolean;
  corpus?: string;
  json?: boolean;
}

const usage = (message: string, hint: string, file = 'pacta export') => usageError(file, message, hint, 'bad-usage');

export const registerExport: RegisterCommand = (program, { io }) => {
  program
    .command('export')
    .description('a treaty as Akoma Ntoso 3.0 XML, JSON (with its computed lifecycle) or CSV (one row per treaty, with the ATOP codes)')
    .argument('[treaties...]', 'treaty ids or folders (csv: default every treaty; akn and json: exactly one)')
    .option('--format <format>', 'akn, json or csv')
    .option('--out <file>', 'write to this file (whole or not at all) instead of standard output')
    .option('--members', 'csv: one row per party instead of one per treaty')
    .option('--schema', 'print the JSON Schema of the json format instead of an export')
    .option('--corpus <dir>', 'corpus folder')
    .option('--json', 'with --out: report what was written as JSON')
    .action(async (treatyArgs: string[], opts: ExportOptions) => {
      const format = checkFormat(opts);
      if (opts.schema) {
        if (treatyArgs.length) throw usage('--schema prints the format, not a treaty', 'leave out the treaty ids');
        await emit(io, exportJsonSchemaText(), opts, { format: 'json-schema', treaties: [] });
        return;
      }
      if (opts.members && format !== 'csv')
        throw usage('--members applies to --format csv only', 'use --format csv --members', '--members');
      if (format !== 'csv' && treatyArgs.length !== 1) {
        throw usage(
          treatyArgs.length
            ? `--format ${format} exports one treaty at a time, not ${treatyArgs.length}`
            : `--format ${format} needs the treaty to export`,
          `e.g. pacta export ussr-prk-1961 --format ${format}${format === 'akn' ? ' --out ussr-prk-1961.akn.xml' : ''}`,
        );
      }
      const { compiled, check } = compiledCorpus(resolveCorpusRoot(opts.corpus, io.env));
      const ids = treatyArgs.length
        ? [...new Set(treatyArgs.map((t) => resolveTreatyId(t, compiled)))]
        : compiled.treaties.map((t) => t.treaty.id);
      const inputs = exportInputs(compiled, check, ids);
      const text =
        format === 'csv'
          ? exportCsv(inputs, { members: opts.members })
          : format === 'json'
            ? exportJson(inputs[0]!)
            : exportAkn(inputs[0]!);
      await emit(io, text, opts, { format, treaties: ids });
    });
};

function checkFormat(opts: ExportOptions): Format {
  if (opts.schema) {
    if (opts.format !== undefined && opts.format !== 'json')
      throw usage(`--schema describes the json format, not "${opts.format}"`, 'use --schema alone, or with --format json', '--format');
    return 'json';
  }
  if (opts.format === undefined)
    throw usage('which format? --format is required', 'use --format akn, --format json or --format csv', '--format');
  if (!(FORMATS as readonly string[]).includes(opts.format))
    throw usage(`unknown format "${opts.format}"`, 'use --format akn, --format json or --format csv', '--format');
  return opts.format as Format;
}

async function emit(io: CliIo, text: string, opts: ExportOptions, what: { format: string; treaties: string[] }): Promise<void> {
  if (!opts.out) {
    io.stdout.write(text);
    return;
  }
  await writeWhole(opts.out, text);
  const bytes = Buffer.byteLength(text);
  io.stdout.write(
    opts.json
      ? JSON.stringify({ out: opts.out, format: what.format, treaties: what.treaties, bytes }) + '\n'
      : `wrote ${opts.out} (${what.format}, ${what.treaties.length ? what.treaties.join(', ') : 'schema'}, ${bytes} bytes)\n`,
  );
}
