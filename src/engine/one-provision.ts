/**
 * One provision of a run (issue 15, "why not"): `pacta run --provision ID` and `POST
 * /api/run?provision=ID`. The id must name a duty (an obligation or a prohibition: the provisions
 * that have outcomes) of the treaties the scenario runs; the run is then limited to its rows, the
 * differences between readings that concern it and the treaties that have it. Both faces refuse
 * another id with the same words (the CLI exits 2 naming --provision, the API answers 400 naming
 * `provision`). Pure, as the rest of the engine: the faces only translate a refusal.
 */
import type { CompiledCorpus, Provision, RunResult } from '../model/index.js';

/** A duty: a provision with outcomes (an obligation or a prohibition). */
export const isDuty = (p: Provision): boolean => p.kind === 'obligation' || p.kind === 'prohibition';

/** The treaties a scenario runs: those it names, else every treaty of the corpus. */
function treatiesRun(compiled: CompiledCorpus, treaties: readonly string[] | undefined) {
  return compiled.treaties.filter((t) => !treaties || treaties.includes(t.treaty.id));
}

/** The ids of the duties of the treaties run, in the corpus's order, each once. */
export function dutyIds(compiled: CompiledCorpus, treaties: readonly string[] | undefined): string[] {
  return [...new Set(treatiesRun(compiled, treaties).flatMap((t) => t.treaty.provisions.filter(isDuty).map((p) => p.id)))];
}

/** Why a provision cannot be asked about: what is wrong, and what to give instead. */
export interface ProvisionRefusal {
  message: string;
  hint: string;
}

/**
 * Null when `id` names a duty of one of the treaties run (default: every treaty); otherwise why not:
 * no provision of that id, or one that is not a duty (a declaration, a permission, a procedural
 * clause has no outcome).
 */
export function refuseProvision(compiled: CompiledCorpus, treaties: readonly string[] | undefined, id: string): ProvisionRefusal | null {
  const run = treatiesRun(compiled, treaties);
  const found = run.flatMap((t) => t.treaty.provisions.filter((p) => p.id === id));
  if (found.some(isDuty)) return null;
  const hint = `give one of the duties (obligations and prohibitions) of the treaties run: ${dutyIds(compiled, treaties).join(', ') || 'there are none'}`;
  const where = run.map((t) => t.treaty.id).join(', ');
  if (!found.length) return { message: `no provision "${id}" in ${where}`, hint };
  return { message: `${id} is a ${found[0]!.kind}, not a duty: it has no outcome (only obligations and prohibitions do)`, hint };
}

/**
 * The run limited to one provision: its rows (every binding, those that arose and those that did
 * not), the differences between readings that concern it, and the status of the treaties that have it.
 */
export function onlyProvision(compiled: CompiledCorpus, result: RunResult, id: string): RunResult {
  const having = new Set(compiled.treaties.filter((t) => t.treaty.provisions.some((p) => p.id === id)).map((t) => t.treaty.id));
  const { statusDifferences: all, ...rest } = result;
  const statusDifferences = all?.filter((d) => having.has(d.treaty));
  return {
    ...rest,
    runs: rest.runs.map((run) => ({
      ...run,
      treaties: run.treaties.filter((t) => having.has(t.id)),
      obligations: run.obligations.filter((o) => o.provision === id),
    })),
    differences: rest.differences.filter((d) => d.provision === id),
    ...(statusDifferences?.length ? { statusDifferences } : {}),
  };
}
