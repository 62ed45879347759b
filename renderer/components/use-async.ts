import { useCallback, useEffect, useState } from 'react';
import type { LexgapApi } from '../../shared/api/contract';
import { api, onUncertainWrite } from '../api-client';
import { standaloneMessage } from '../error-message';

/**
 * Loads data for a screen; `reload` re-runs the loader after a change; `error` is a line of its own.
 * The loader reads with the client it is given: `api`, or the one `reload` names (`background` when
 * the window reads again by itself, after a poll found news); `by` is that client, for the reads
 * that follow on from this data.
 */
export function useAsync<T>(
  load: (client: LexgapApi) => Promise<T>,
  deps: unknown[],
): { data: T | undefined; error: string; reload: (client?: LexgapApi) => void; by: LexgapApi } {
  const [data, setData] = useState<T>();
  const [error, setError] = useState('');
  const [turn, setTurn] = useState({ n: 0, by: api });
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);
  useEffect(() => {
    let live = true;
    run(turn.by).then(
      (value) => live && (setData(value), setError('')),
      (e: unknown) => live && setError(standaloneMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [run, turn]);
  const reload = useCallback((by: LexgapApi = api) => setTurn((t) => ({ n: t.n + 1, by })), []);
  // A change that timed out may have been made on the server after all: what is shown is read again.
  useEffect(() => onUncertainWrite(() => reload()), [reload]);
  return { data, error, reload, by: turn.by };
}
