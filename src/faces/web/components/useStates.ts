/** State names by code (from /api/states), for labels: "PRK" → "Democratic People's Republic of Korea". */
import { useCallback } from 'react';
import { api } from '../api/client.js';
import { useResource } from '../api/useResource.js';

export function useStateNames(): (code: string) => string {
  const states = useResource('states', () => api.states());
  const list = states.data?.states;
  return useCallback(
    (code: string) =>
      code
        .split('+')
        .map((c) => list?.find((s) => s.code === c)?.name ?? c)
        .join(' and '),
    [list],
  );
}
