/** Which treaties to evaluate, whether to include their recorded history, and which recorded events to leave out. */
import type { RecordedEvent, TreatySummary } from '../../api/types.js';

interface Props {
  treaties: readonly TreatySummary[];
  histories: ReadonlyMap<string, readonly RecordedEvent[]>;
  chosen: readonly string[];
  history: boolean;
  drop: readonly string[];
  onChange: (patch: { treaties?: string[]; history?: boolean; drop?: string[] }) => void;
}

export function TreatyPicker({ treaties, histories, chosen, history, drop, onChange }: Props) {
  const toggle = (list: readonly string[], item: string, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));
  const shown = chosen.length ? treaties.filter((t) => chosen.includes(t.id)) : treaties;
  return (
    <>
      <fieldset className="choice-group">
        <legend>Treaties</legend>
        <p className="field-hint">None ticked: every treaty in the corpus.</p>
        {treaties.map((t) => (
          <label key={t.id} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(t.id)}
              onChange={(e) => onChange({ treaties: toggle(chosen, t.id, e.target.checked) })}
            />{' '}
            {t.shortTitle} <code className="muted">{t.id}</code>
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-group">
        <legend>Recorded history</legend>
        <label className="check">
          <input type="checkbox" checked={history} onChange={(e) => onChange({ history: e.target.checked })} /> Include the treaties'
          recorded history (signature, ratifications, notices)
        </label>
        {history ? (
          <details className="drop" open={drop.length > 0}>
            <summary>Counterfactual: leave out recorded events{drop.length ? ` (${drop.length} left out)` : ''}</summary>
            {shown.map((t) => (
              <div key={t.id} className="checks-column">
                {(histories.get(t.id) ?? []).map((e) => {
                  const ref = `${t.id}/${e.id}`;
                  return (
                    <label key={ref} className="check">
                      <input
                        type="checkbox"
                        checked={drop.includes(ref)}
                        onChange={(ev) => onChange({ drop: toggle(drop, ref, ev.target.checked) })}
                      />{' '}
                      leave out <code>{ref}</code>{' '}
                      <span className="muted">
                        ({e.type}, {e.date})
                      </span>
                    </label>
                  );
                })}
              </div>
            ))}
          </details>
        ) : null}
      </fieldset>
    </>
  );
}
