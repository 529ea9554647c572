/** Compare two treaties: pick them, then see the comparison the API computes. */
import { api } from '../../api/client.js';
import type { TreatyList } from '../../api/types.js';
import { useResource } from '../../api/useResource.js';
import { href, navigate } from '../../app/router.js';
import { Async } from '../../components/Async.js';
import { AllPairs } from './AllPairs.js';
import { ComparisonView } from './ComparisonView.js';

export function ComparePage({ a, b }: { a: string | null; b: string | null }) {
  const treaties = useResource('treaties', () => api.treaties());
  return (
    <>
      <h1>Compare two treaties</h1>
      <p className="lead">Provisions aligned by what they do, each difference graded from A's commitment to B's.</p>
      <Async resource={treaties} what="the treaties">
        {(list) => <Chooser list={list} a={a} b={b} />}
      </Async>
    </>
  );
}

function Chooser({ list, a, b }: { list: TreatyList; a: string | null; b: string | null }) {
  // Default: the oldest treaty against the newest.
  const bySigning = [...list.treaties].sort((x, y) => x.signature.date.localeCompare(y.signature.date));
  const first = a ?? bySigning[0]?.id ?? '';
  const second = b ?? bySigning.filter((t) => t.id !== first).pop()?.id ?? '';
  const choose = (next: { a?: string; b?: string }) =>
    navigate(href('/compare', { a: next.a ?? first, b: next.b ?? second }), { replace: true });
  const diff = useResource(first && second && first !== second ? `diff:${first}:${second}` : null, () => api.diff(first, second));
  return (
    <>
      <form className="compare-form panel" onSubmit={(e) => e.preventDefault()} aria-label="Treaties to compare">
        <TreatySelect id="compare-a" label="Treaty A" value={first} treaties={list.treaties} onChange={(id) => choose({ a: id })} />
        <button type="button" className="swap" onClick={() => choose({ a: second, b: first })} aria-label="Swap A and B">
          ⇄
        </button>
        <TreatySelect id="compare-b" label="Treaty B" value={second} treaties={list.treaties} onChange={(id) => choose({ b: id })} />
      </form>
      <AllPairs treaties={bySigning} a={first} b={second} />
      {first === second ? (
        <p role="status">Pick two different treaties.</p>
      ) : (
        <Async resource={diff} what="the comparison">
          {(comparison) => <ComparisonView comparison={comparison} />}
        </Async>
      )}
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
