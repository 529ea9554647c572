/**
 * The defence network page: who owes defence to whom on a day (a drawing, its table, downloads),
 * and "Who must help?" — one hypothetical attack answered over the whole corpus. Both views keep
 * their state in the query string, so a URL shows the same thing to anyone who opens it.
 */
import { useMemo } from 'react';
import { api } from '../../api/client.js';
import type { TreatyList } from '../../api/types.js';
import { useResource } from '../../api/useResource.js';
import { navigate } from '../../app/router.js';
import { Async } from '../../components/Async.js';
import { Tabs } from '../../components/Tabs.js';
import { NetworkView } from './NetworkView.js';
import { WhoMustHelp } from './WhoMustHelp.js';
import { networkHref, treatyOrder } from './pageQuery.js';

const VIEWS = [
  { key: 'network', title: 'Network on a day' },
  { key: 'help', title: 'Who must help?' },
] as const;

export function NetworkPage({ query }: { query: URLSearchParams }) {
  const treaties = useResource('treaties', () => api.treaties());
  const view = query.get('view') === 'help' ? 'help' : 'network';
  return (
    <>
      <h1>Defence network</h1>
      <p className="lead">
        Who owes defence to whom on a day, under which treaty and which words, as the corpus's recorded histories have it; and who would
        have to help if a state were attacked.
      </p>
      <Async resource={treaties} what="the treaties">
        {(list) => (
          <Tabs
            label="Views of the network"
            tabs={VIEWS}
            selected={view}
            onSelect={(key) => navigate(networkHref(query, { view: key === 'help' ? 'help' : undefined }), { replace: true })}
          >
            {view === 'help' ? <WhoMustHelp query={query} /> : <NetworkTab list={list} query={query} />}
          </Tabs>
        )}
      </Async>
    </>
  );
}

/** The network tab: the corpus's treaty order, worked out once for the list. */
function NetworkTab({ list, query }: { list: TreatyList; query: URLSearchParams }) {
  const order = useMemo(() => treatyOrder(list), [list]);
  return <NetworkView list={list} order={order} query={query} />;
}
