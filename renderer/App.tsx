import { useCallback, useEffect, useState } from 'react';
import type { LexgapApi } from '../shared/api/contract';
import { api } from './api-client';
import { DialogHost } from './components/ask';
import { ScreenBoundary } from './components/ScreenBoundary';
import { mayLeave } from './leave-guard';
import { type Route, NavContext } from './navigation';
import { BaselinesScreen } from './screens/BaselinesScreen';
import { DocumentScreen } from './screens/DocumentScreen';
import { ExportScreen } from './screens/ExportScreen';
import { LibraryScreen } from './screens/LibraryScreen';
import { MatrixScreen } from './screens/MatrixScreen';
import { RecommendationsScreen } from './screens/RecommendationsScreen';
import { ReviewScreen } from './screens/ReviewScreen';
import { ReviewersScreen } from './screens/ReviewersScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { signOut, useSession } from './session';
import { StandardsScreen } from './screens/StandardsScreen';

// In sidebar order; Alt+1 … Alt+9 and Alt+0 follow it from the top.
const SCREENS: { id: Route['screen']; label: string; key: string }[] = (
  [
    { id: 'library', label: 'Library' },
    { id: 'document', label: 'Document' },
    { id: 'review', label: 'Review' },
    { id: 'reviewers', label: 'Reviewers' },
    { id: 'standards', label: 'Standards' },
    { id: 'matrix', label: 'Matrix' },
    { id: 'recommendations', label: 'Recommendations' },
    { id: 'baselines', label: 'Baselines' },
    { id: 'export', label: 'Export' },
    { id: 'settings', label: 'Settings' },
  ] as const
).map((s, i) => ({ ...s, key: String((i + 1) % 10) }));

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function App() {
  const [route, setRoute] = useState<Route>({ screen: 'library' });
  const [status, setStatus] = useState('');
  const [reviewer, setReviewer] = useState('');
  const [madeFor, setMadeFor] = useState<string>();
  const { where } = useSession();
  // Every way to another screen (sidebar, Alt+N, the menu, a link) first asks the open form, if it
  // holds words not saved, whether to lose them.
  const go = useCallback((next: Route | ((r: Route) => Route)) => {
    void mayLeave().then((ok) => ok && setRoute(next));
  }, []);

  const refreshStatus = useCallback(async (client: LexgapApi = api) => {
    const [docs, settings, project] = await Promise.all([
      client.listDocuments({}),
      client.getSettings({}),
      client.getProject({}),
    ]);
    const countries = new Set(docs.map((d) => d.country)).size;
    const clauses = docs.reduce((n, d) => n + d.clauses, 0);
    setStatus(
      `${count(docs.length, 'law')} · ${count(countries, 'country', 'countries')} · ${count(clauses, 'clause')}`,
    );
    setReviewer(settings.reviewerName);
    setMadeFor(project.package?.madeFor);
  }, []);

  useEffect(() => {
    void refreshStatus();
  }, [refreshStatus, route.screen]);

  useEffect(() => {
    // Alt+1…0 switches screens from anywhere, as in most desktop tools.
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey) return;
      const screen = SCREENS.find((s) => s.key === e.key);
      if (screen) {
        e.preventDefault();
        go((r) => ({ ...r, screen: screen.id }));
      }
    };
    window.addEventListener('keydown', onKey);
    const off = window.lexgap?.onMenu?.((command) => {
      if (command === 'import') go({ screen: 'library' });
      if (command === 'export') go({ screen: 'export' });
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      off?.();
    };
  }, [go]);

  return (
    <NavContext.Provider value={{ route, navigate: go, refreshStatus }}>
      <div className="app">
        <nav className="sidebar" aria-label="Screens">
          <div className="brand">
            Lexgap<small>legislative gap analysis</small>
          </div>
          {SCREENS.map((s) => (
            <div
              key={s.id}
              role="link"
              data-screen={s.id}
              className={`nav-item${route.screen === s.id ? ' active' : ''}`}
              onClick={() => go((r) => ({ ...r, screen: s.id }))}
            >
              {s.label}
              <kbd>Alt {s.key}</kbd>
            </div>
          ))}
        </nav>
        <main className="main">
          {/* Keyed by screen: going to another screen and back draws it afresh, without the error. */}
          <ScreenBoundary
            key={route.screen}
            screen={SCREENS.find((s) => s.id === route.screen)?.label ?? route.screen}
          >
            {route.screen === 'library' && <LibraryScreen />}
            {route.screen === 'document' && <DocumentScreen />}
            {route.screen === 'review' && <ReviewScreen />}
            {route.screen === 'reviewers' && <ReviewersScreen />}
            {route.screen === 'standards' && <StandardsScreen />}
            {route.screen === 'matrix' && <MatrixScreen />}
            {route.screen === 'recommendations' && <RecommendationsScreen />}
            {route.screen === 'baselines' && <BaselinesScreen />}
            {route.screen === 'export' && <ExportScreen />}
            {route.screen === 'settings' && <SettingsScreen />}
          </ScreenBoundary>
        </main>
        <footer className="statusbar">
          {madeFor && <span className="package-mark">Review package for {madeFor}</span>}
          <span>{status}</span>
          {where?.kind === 'team' ? (
            <>
              <span className="server-mark" title="Every change is made on the team's corpus on this server">
                Team server {where.url}
              </span>
              <span data-testid="signed-in-as">
                {where.account.name} · {where.account.role}
              </span>
              <button
                type="button"
                className="link"
                onClick={() => void signOut(() => api.disconnectTeamServer({}))}
              >
                {where.via === 'team' ? 'Sign out' : 'Disconnect'}
              </button>
            </>
          ) : (
            <>
              <span>Reviewer: {reviewer}</span>
              <span>Offline · data stays on this machine</span>
            </>
          )}
        </footer>
      </div>
      <DialogHost />
    </NavContext.Provider>
  );
}
