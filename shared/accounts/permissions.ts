// Who may call what on a team server: every method of the API with the least role that may call
// it (each role has the rights of the roles below it), or `desktop` for what only makes sense in a
// window on one's own machine (a review package opened in place of the project). The server checks
// this before a call reaches the handlers; a method missing here fails the permissions test.
import type { MethodName } from '../api/contract';
import { ROLES, type Role } from './account';

export type Permission = Role | 'desktop';

export const PERMISSIONS: Readonly<Record<MethodName, Permission>> = {
  // Reading and exporting: anyone signed in.
  getJob: 'viewer',
  waitForJob: 'viewer',
  listJobs: 'viewer',
  listCountries: 'viewer',
  listDocuments: 'viewer',
  getDocument: 'viewer',
  getDocumentFile: 'viewer',
  listClauses: 'viewer',
  listVersions: 'viewer',
  listAmendments: 'viewer',
  getLearningStatus: 'viewer',
  listSuggestions: 'viewer',
  listAudit: 'viewer',
  listStandards: 'viewer',
  buildMatrix: 'viewer',
  exportMatrix: 'viewer',
  exportReport: 'viewer',
  listChecks: 'viewer',
  listRecommendations: 'viewer',
  getProject: 'viewer',
  listDisagreements: 'viewer',
  getAgreement: 'viewer',
  listBaselines: 'viewer',
  compareBaselines: 'viewer',
  exportBaselineComparison: 'viewer',
  getSettings: 'viewer',
  // Deciding suggestions (with notes) and undoing one's own last decisions.
  reviewSuggestions: 'reviewer',
  undoLastReview: 'reviewer',
  // Building the evidence: laws, clauses, tags, ratings, checks, recommendations, amendments, versions.
  importDocuments: 'analyst',
  startImport: 'analyst',
  startReread: 'analyst',
  startTagging: 'analyst',
  tagDocuments: 'analyst',
  cancelJob: 'analyst',
  updateDocument: 'analyst',
  splitClause: 'analyst',
  mergeClauseWithNext: 'analyst',
  updateClause: 'analyst',
  addManualTag: 'analyst',
  reviewAmendment: 'analyst',
  setCellOverride: 'analyst',
  clearCellOverride: 'analyst',
  reviewCheck: 'analyst',
  addRecommendation: 'analyst',
  updateRecommendation: 'analyst',
  exportPackage: 'analyst',
  // What changes the project as a whole or removes work: the lead's.
  deleteDocument: 'lead',
  deleteRecommendation: 'lead',
  importRecommendations: 'lead',
  importPackage: 'lead',
  createBaseline: 'lead',
  updateSettings: 'lead',
  listAccounts: 'lead',
  addAccount: 'lead',
  setAccountDisabled: 'lead',
  resetAccountPassword: 'lead',
  // A window's own project switched for a review package file: not on a shared server.
  openPackage: 'desktop',
  closePackage: 'desktop',
  getPackageFile: 'desktop',
  // Which project a window works on: answered by the window's own computer, never by a server.
  getConnection: 'desktop',
  connectTeamServer: 'desktop',
  disconnectTeamServer: 'desktop',
};

/** Whether a role has at least the rights of `least` (ROLES lists the most rights first). */
export function roleAtLeast(role: Role, least: Role): boolean {
  return ROLES.indexOf(role) <= ROLES.indexOf(least);
}

export type PermissionCheck = { ok: true } | { ok: false; desktop: boolean; message: string };

/** May an account with `role` call `method` on a team server? With the message to show when not. */
export function mayCall(role: Role, method: MethodName): PermissionCheck {
  const needed = PERMISSIONS[method];
  if (needed === 'desktop')
    return {
      ok: false,
      desktop: true,
      message: `${method} works only in the desktop app on a project of one's own, not on a team server`,
    };
  if (roleAtLeast(role, needed)) return { ok: true };
  return {
    ok: false,
    desktop: false,
    message: `a ${role} may not call ${method} (it needs the ${needed} role${needed === 'lead' ? '' : ' or above'})`,
  };
}
