import { createContext, useContext } from 'react';
import type { LexgapApi } from '../shared/api/contract';

export interface Route {
  screen:
    | 'library'
    | 'document'
    | 'review'
    | 'reviewers'
    | 'standards'
    | 'matrix'
    | 'recommendations'
    | 'baselines'
    | 'export'
    | 'settings';
  documentId?: string;
  clauseId?: string;
  provisionId?: string;
  /** Review: the suggestion to show, with its country and instrument as the queue's filters. */
  suggestionId?: string;
  country?: string;
  framework?: string;
}

export interface Nav {
  route: Route;
  navigate: (route: Route) => void;
  /** Reads the status bar's counts again; `background` when the window does so by itself. */
  refreshStatus: (client?: LexgapApi) => Promise<void>;
}

export const NavContext = createContext<Nav>({
  route: { screen: 'library' },
  navigate: () => undefined,
  refreshStatus: async () => undefined,
});

export const useNav = () => useContext(NavContext);
