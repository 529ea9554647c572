/** Shows a loaded resource, or that it is loading, or why it failed. */
import type { ReactNode } from 'react';
import type { Resource } from '../api/useResource.js';
import { ProblemView } from './Problem.js';

export function Async<T>({ resource, what, children }: { resource: Resource<T>; what: string; children: (data: T) => ReactNode }) {
  if (resource.error !== undefined) return <ProblemView error={resource.error} title={`Could not load ${what}`} />;
  if (resource.data === undefined) return <Loading what={what} />;
  return <>{children(resource.data)}</>;
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}
