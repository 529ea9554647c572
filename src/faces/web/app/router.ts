/** Client-side routing on the History API: the server answers every page path with the app. */
import { useSyncExternalStore } from 'react';

const NAVIGATE = 'pacta:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE, onChange);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

export interface Location {
  path: string;
  query: URLSearchParams;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, window.location.origin);
  return { path: url.pathname, query: url.searchParams };
}

/** Go to a page of the app (`replace`: without a new history entry, e.g. when a form fills the query). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE));
}

export type Route =
  | { page: 'corpus' }
  | { page: 'reader'; treaty: string }
  | { page: 'workbench' }
  | { page: 'compare' }
  | { page: 'network' }
  | { page: 'import' }
  | { page: 'not-found' };

export function routeOf(path: string): Route {
  let parts: string[];
  try {
    parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { page: 'not-found' }; // a malformed %-escape names no page
  }
  if (parts.length === 0) return { page: 'corpus' };
  if (parts[0] === 'treaties' && parts.length === 2 && parts[1]) return { page: 'reader', treaty: parts[1] };
  if (parts.length === 1 && (parts[0] === 'workbench' || parts[0] === 'compare' || parts[0] === 'network' || parts[0] === 'import'))
    return { page: parts[0] };
  return { page: 'not-found' };
}

/** A path with a query, leaving out empty values. */
export function href(path: string, query: Record<string, string | undefined | null> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
