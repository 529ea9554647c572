/** Compare two treaties: pick them, then see the comparison the API computes. */
import { api } from '../../api/client.js';
import type { TreatyList } from '../../api/types.js';
import { useResource } from '../../api/useResource.js';
import { href, navigate } from '../../app/router.js';
import { Async } from '../../components/Async.js';
import { AllPairs } from './AllPairs.js';
import { ComparisonView } from './ComparisonView.js';
import { ScenarioPicker } from './ScenarioPicker.js';

export function ComparePage({ a, b, scenario }: { a: string | null; b: string | null; scenario: string | null }) {
  const treaties = useResource('treaties', () => api.treaties());
  return (
    <>
      <h1>Compare two treaties</h1>
      <p className="lead">Provisions aligned by what they do, each difference graded from A's commitment to B's.</p>
      <Async resource={treaties} what="the treaties">
        {(list) => <Chooser list={list} a={a} b={b} scenario={scenario} />}
      </Async>
    </>
  );
}

function Chooser({ list, a, b, scenario }: { list: TreatyList; a: string | null; b: string | null; scenario: string | null }) {
  // Default: the oldest treaty against the newest.
  const bySigning = [...list.treaties].sort((x, y) => x.signature.date.localeCompare(y.signature.date));
  const first = a ?? bySigning[0]?.id ?? '';
  const second = b ?? bySigning.filter((t) => t.id !== first).pop()?.id ?? '';
  // The choice of treaties and scenario lives in the URL; choosing a scenario is a step Back undoes.
  const choose = (next: { a?: string; b?: string; scenario?: string | null }) =>
    navigate(
      href('/compare', { a: next.a ?? first, b: next.b ?? second, scenario: next.scenario === undefined ? scenario : next.scenario }),
      {
        replace: next.scenario === undefined,
      },
    );
  const diff = useResource(first && second ? `diff:${first}:${second}:${scenario ?? ''}` : null, () =>
    api.diff(first, second, scenario ?? undefined),
  );
  return (
    <>
      <form className="compare-form panel" onSubmit={(e) => e.preventDefault()} aria-label="Treaties to compare">
        <TreatySelect id="compare-a" label="Treaty A" value={first} treaties={list.treaties} onChange={(id) => choose({ a: id })} />
        <button type="button" className="swap" onClick={() => choose({ a: second, b: first })} aria-label="Swap A and B">
          ⇄
        </button>
        <TreatySelect id="compare-b" label="Treaty B" value={second} treaties={list.treaties} onChange={(id) => choose({ b: id })} />
        <ScenarioPicker value={scenario} onChange={(next) => choose({ scenario: next })} />
      </form>
      <AllPairs treaties={bySigning} a={first} b={second} />
      {first === second ? (
        <p role="status" className="self-comparison">
          A treaty compared with itself: every provision should be wholly alike (100%) and nothing in one only, a check of the alignment.
        </p>
      ) : null}
      <Async resource={diff} what="the comparison">
        {(comparison) => <ComparisonView comparison={comparison} />}
      </Async>
    </>
  );
}

/** One of the two treaty pickers. */
function TreatySelect(props: {
  id: string;
  label: string;
  value: string;
  treaties: readonly { id: string; shortTitle: string }[];
  onChange: (id: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.treaties.map((t) => (
          <option key={t.id} value={t.id}>
            {t.shortTitle}
          </option>
        ))}
      </select>
    </div>
  );
}
