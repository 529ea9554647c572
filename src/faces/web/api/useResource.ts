/** Loading data for a component: the answer for the current key, an error, or "loading". */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

interface Loaded<T> {
  key: string;
  data?: T;
  error?: unknown;
}

/**
 * `key` names what is loaded (null: nothing yet); when it changes, `load` runs again. A reload
 * keeps showing the previous answer until the new one arrives.
 */
export function useResource<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Resource<T> {
  const [state, setState] = useState<Loaded<T> | null>(null);
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ key, data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ key, error });
      },
    );
    return () => controller.abort();
  }, [key, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const current = state && state.key === key ? state : undefined;
  return { data: current?.data, error: current?.error, loading: key !== null && !current, reload };
}
