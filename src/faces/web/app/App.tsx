/** The app: the route picks the page. */
import { CorpusPage } from '../pages/corpus/CorpusPage.js';
import { ComparePage } from '../pages/compare/ComparePage.js';
import { ImportPage } from '../pages/import/ImportPage.js';
import { NetworkPage } from '../pages/network/NetworkPage.js';
import { ReaderPage } from '../pages/reader/ReaderPage.js';
import { WorkbenchPage } from '../pages/workbench/WorkbenchPage.js';
import { Link } from '../components/Link.js';
import { Layout } from './Layout.js';
import { routeOf, useLocation } from './router.js';
import { useEffect } from 'react';

const TITLES: Record<string, string> = {
  corpus: 'Corpus',
  reader: 'Treaty reader',
  workbench: 'Scenario workbench',
  compare: 'Compare',
  network: 'Defence network',
  import: 'Import',
  'not-found': 'Not found',
};

export function App() {
  const location = useLocation();
  const route = routeOf(location.path);
  useEffect(() => {
    document.title = `${TITLES[route.page] ?? ''} · Pacta`;
  }, [route.page]);
  return (
    <Layout route={route} path={location.path}>
      {route.page === 'corpus' && <CorpusPage />}
      {route.page === 'reader' && <ReaderPage key={route.treaty} treaty={route.treaty} provision={location.query.get('provision')} />}
      {route.page === 'workbench' && <WorkbenchPage query={location.query} />}
      {route.page === 'compare' && (
        <ComparePage a={location.query.get('a')} b={location.query.get('b')} scenario={location.query.get('scenario')} />
      )}
      {route.page === 'network' && <NetworkPage query={location.query} />}
      {route.page === 'import' && <ImportPage />}
      {route.page === 'not-found' && (
        <section>
          <h1>Not found</h1>
          <p>
            There is no page at <code>{location.path}</code>. <Link href="/">Go to the corpus.</Link>
          </p>
        </section>
      )}
    </Layout>
  );
}
