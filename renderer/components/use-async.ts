import { useCallback, useEffect, useState } from 'react';
import { onUncertainWrite } from '../api-client';
import { standaloneMessage } from '../error-message';

/** Loads data for a screen; `reload` re-runs the loader after a change; `error` is a line of its own. */
export function useAsync<T>(
  load: () => Promise<T>,
  deps: unknown[],
): { data: T | undefined; error: string; reload: () => void } {
  const [data, setData] = useState<T>();
  const [error, setError] = useState('');
  const [tick, setTick] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);
  useEffect(() => {
    let live = true;
    run().then(
      (value) => live && (setData(value), setError('')),
      (e: unknown) => live && setError(standaloneMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [run, tick]);
  // A change that timed out may have been made on the server after all: what is shown is read again.
  useEffect(() => onUncertainWrite(() => setTick((t) => t + 1)), []);
  return { data, error, reload: () => setTick((t) => t + 1) };
}
