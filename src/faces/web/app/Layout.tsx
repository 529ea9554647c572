/** The page frame: a skip link, the site header with the main navigation, and the page. */
import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from '../components/Link.js';
import type { Route } from './router.js';

const NAV: { page: Route['page']; href: string; label: string }[] = [
  { page: 'corpus', href: '/', label: 'Corpus' },
  { page: 'workbench', href: '/workbench', label: 'Workbench' },
  { page: 'compare', href: '/compare', label: 'Compare' },
  { page: 'network', href: '/network', label: 'Network' },
  { page: 'import', href: '/import', label: 'Import' },
];

export function Layout({ route, path, children }: { route: Route; path: string; children: ReactNode }) {
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After a navigation, move focus to the new page so keyboard and screen-reader users start there.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [path]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand" aria-label="Pacta, the corpus">
          Pacta
        </Link>
        <span className="tagline">treaties as executable, verifiable code</span>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.page}>
                <Link
                  href={item.href}
                  aria-current={route.page === item.page || (item.page === 'corpus' && route.page === 'reader') ? 'page' : undefined}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
