/** The network on one day: the day's controls, the drawing with its legend and side panel, the table, the downloads. */
import { memo, useMemo, useState } from 'react';
import { api } from '../../api/client.js';
import type { AtopCodeName, NetworkEdge, NetworkResult, TreatyList } from '../../api/types.js';
import { useResource } from '../../api/useResource.js';
import { navigate } from '../../app/router.js';
import { Loading } from '../../components/Async.js';
import { ProblemView } from '../../components/Problem.js';
import { NARROW, useMedia } from '../../components/useMedia.js';
import { treatyStyles } from '../../lib/networkColours.js';
import { isCalendarDate, networkChangeDates, networkDateRange } from '../../lib/networkDates.js';
import { labelRoom, shortStateName } from '../../lib/networkLabels.js';
import { layoutNetwork, type NetworkLayout } from '../../lib/networkLayout.js';
import { DateControls } from './DateControls.js';
import { EdgePanel } from './EdgePanel.js';
import { EdgeTable } from './EdgeTable.js';
import { NARROW_FONT, NetworkDrawing, WIDE_FONT } from './NetworkDrawing.js';
import { NetworkLegend } from './NetworkLegend.js';
import { networkHref } from './pageQuery.js';
import { useDebounced } from './useDebounced.js';
import { CODE_CHOICES, codeOf } from './codes.js';

export function NetworkView({ list, order, query }: { list: TreatyList; order: string[]; query: URLSearchParams }) {
  const styles = useMemo(() => treatyStyles(order), [order]);
  const titles = useMemo(() => new Map(list.treaties.map((t) => [t.id, t.shortTitle])), [list]);
  const timelines = useResource(`timelines:${order.join(',')}`, () =>
    Promise.all(order.map((id) => api.treaty(id).then((d) => d.lifecycle))),
  );
  const changes = useMemo(() => networkChangeDates(timelines.data ?? []), [timelines.data]);
  const range = networkDateRange([...list.treaties.map((t) => t.signature.date), ...changes], list.date);
  const date = query.get('at') ?? list.date;
  const code = codeOf(query);
  const valid = isCalendarDate(date);
  const settled = useDebounced(date, 200);
  const network = useResource(valid && isCalendarDate(settled) ? `network:${settled}:${code ?? 'any'}` : null, () =>
    api.network(settled, code),
  );
  // While the next day loads, the last day drawn stays (marked as pending) instead of a blank.
  const [shown, setShown] = useState<NetworkResult | null>(null);
  if (network.data && network.data !== shown) setShown(network.data);
  const go = (fields: Record<string, string | undefined>) => navigate(networkHref(query, fields), { replace: true });
  return (
    <div className="network-view">
      <DateControls
        date={date}
        range={range}
        changes={changes}
        code={code}
        onDate={(at) => go({ at })}
        onCode={(c) => go({ code: c === 'DEFENSE' ? undefined : (c ?? 'any') })}
      />
      {!valid ? (
        <p className="problem" role="alert">
          <strong>
            <code>at={date}</code> is not a day of the calendar
          </strong>
          : write the day as YYYY-MM-DD (e.g. 1985-01-01), or move the slider.
        </p>
      ) : network.error !== undefined ? (
        <ProblemView error={network.error} title={`Could not load the network on ${settled}`} />
      ) : shown ? (
        <NetworkOnDay result={shown} order={order} titles={titles} styles={styles} pending={network.loading || settled !== date} />
      ) : (
        <Loading what={`the network on ${settled}`} />
      )}
    </div>
  );
}

// Memoised: while the slider moves, the day drawn (and its 200-odd rows) is not redrawn until the next day arrives.
const NetworkOnDay = memo(function NetworkOnDay(props: {
  result: NetworkResult;
  order: string[];
  titles: ReadonlyMap<string, string>;
  styles: ReturnType<typeof treatyStyles>;
  pending: boolean;
}) {
  const { result, order, titles, styles } = props;
  const code = result.code;
  const narrow = useMedia(NARROW);
  const [selected, setSelected] = useState<string | null>(null);
  const [emphasis, setEmphasis] = useState<string | null>(null);
  const states = useResource('states', () => api.states());
  // Labels: the name (or a recorded shorter one) and the code; on a narrow screen the code alone.
  const labels = useMemo(() => {
    const aliases = new Map((states.data?.states ?? []).map((s) => [s.code, s.aliases ?? []]));
    return new Map(
      result.nodes.map((n) => [n.state, narrow ? n.state : `${shortStateName(n.name, aliases.get(n.state) ?? [], 24)} (${n.state})`]),
    );
  }, [result.nodes, states.data, narrow]);
  const layout: NetworkLayout<NetworkEdge> = useMemo(
    () =>
      layoutNetwork(result.edges, {
        treatyOrder: order,
        labelRoom: labelRoom(labels.values(), narrow ? NARROW_FONT : WIDE_FONT),
        spacing: narrow ? 30 : 44,
        minRadius: narrow ? 110 : 160,
      }),
    [result.edges, order, narrow, labels],
  );
  // A line selected on one day and not drawn on another closes the panel there (and opens it again where it is drawn).
  const link = layout.links.find((l) => l.key === selected) ?? null;
  const names = useMemo(() => new Map(result.nodes.map((n) => [n.state, n.name])), [result.nodes]);
  const what = CODE_CHOICES.find((c) => c.code === code)?.label ?? '';
  return (
    <div className={props.pending ? 'network-day pending' : 'network-day'} data-date={result.date}>
      <p className="network-summary" role="status">
        On <strong>{result.date}</strong>: {count(result.edges.length, 'directed edge')} (
        {code ? `${what}, owed or unknown` : 'any obligation'}) between {count(result.nodes.length, 'state')}, drawn as{' '}
        {count(layout.links.length, 'line')}.
      </p>
      <div className="network-grid">
        <div className="network-figure">
          <NetworkDrawing
            layout={layout}
            styles={styles}
            names={names}
            labels={labels}
            code={code}
            narrow={narrow}
            selected={selected}
            emphasis={emphasis}
            onSelect={setSelected}
            date={result.date}
          />
          <NetworkLegend order={order} titles={titles} styles={styles} edges={result.edges} emphasis={emphasis} onEmphasis={setEmphasis} />
        </div>
        <aside className="network-aside" aria-label="The selected line">
          {link ? (
            <EdgePanel link={link} code={code} names={names} styles={styles} onClose={() => setSelected(null)} />
          ) : (
            <p className="placeholder panel">
              Select a line (click it, or Tab to it and press Enter) or a row of the table to read the treaty's words behind it.
            </p>
          )}
        </aside>
      </div>
      <EdgeTable
        edges={result.edges}
        code={code}
        names={names}
        styles={styles}
        selected={selected}
        layout={layout}
        onSelect={(key) => {
          setSelected(key);
          // The panel stands beside the drawing (above it on a narrow screen): bring it into view.
          window.requestAnimationFrame(() => document.getElementById('edge-heading')?.scrollIntoView({ block: 'nearest' }));
        }}
      />
      <Downloads date={result.date} code={code} />
    </div>
  );
});

function Downloads({ date, code }: { date: string; code: AtopCodeName | null }) {
  const name = `pacta-network-${date}${code ? `-${code.toLowerCase()}` : ''}`;
  return (
    <section aria-labelledby="downloads-heading" className="downloads">
      <h2 id="downloads-heading">Download</h2>
      <ul>
        <li>
          The edges on {date}
          {code ? ` (${code})` : ''}:{' '}
          <a href={api.networkDownloadUrl(date, code, 'edges')} download={`${name}.csv`}>
            CSV edge list
          </a>{' '}
          ·{' '}
          <a href={api.networkDownloadUrl(date, code, 'json')} download={`${name}.json`}>
            JSON with the quotes
          </a>
        </li>
        <li>
          The dyad-year data, every year of the corpus (directed dyads comparable with the ATOP project's, with day-level start and end):{' '}
          <a href={api.dyadYearsUrl('csv')} download="pacta-dyad-years.csv">
            CSV
          </a>{' '}
          ·{' '}
          <a href={api.dyadYearsUrl('json')} download="pacta-dyad-years.json">
            JSON
          </a>
        </li>
      </ul>
    </section>
  );
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
