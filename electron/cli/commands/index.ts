// Every command, in the order `lexgap --help` lists them: one file per command, registered here. Each
// file is loaded only when its command runs (or for help): a short command does not load, parse and
// run the declarations and code of all the others (electron/cli/cli.ts picks them).
import type { Command } from 'commander';
import type { CliContext } from '../context';

export type RegisterCommand = (program: Command, ctx: CliContext) => void;

export interface CommandEntry {
  /** The command's name as typed, `lexgap <name>`: the same as its file's `.command(name)`. */
  name: string;
  load: () => Promise<RegisterCommand>;
}

export const COMMANDS: CommandEntry[] = [
  { name: 'import', load: async () => (await import('./import')).registerImport },
  { name: 'reread', load: async () => (await import('./reread')).registerReread },
  { name: 'documents', load: async () => (await import('./documents')).registerDocuments },
  { name: 'document', load: async () => (await import('./document')).registerDocument },
  { name: 'edit-document', load: async () => (await import('./edit-document')).registerEditDocument },
  { name: 'delete-document', load: async () => (await import('./delete-document')).registerDeleteDocument },
  { name: 'pdf', load: async () => (await import('./pdf')).registerPdf },
  { name: 'clauses', load: async () => (await import('./clauses')).registerClauses },
  { name: 'clause', load: async () => (await import('./clause')).registerClause },
  { name: 'versions', load: async () => (await import('./versions')).registerVersions },
  { name: 'amendments', load: async () => (await import('./amendments')).registerAmendments },
  { name: 'amendment', load: async () => (await import('./amendments')).registerAmendment },
  { name: 'countries', load: async () => (await import('./countries')).registerCountries },
  { name: 'tag', load: async () => (await import('./tag')).registerTag },
  { name: 'suggestions', load: async () => (await import('./suggestions')).registerSuggestions },
  { name: 'review', load: async () => (await import('./review')).registerReview },
  { name: 'undo', load: async () => (await import('./undo')).registerUndo },
  { name: 'add-tag', load: async () => (await import('./add-tag')).registerAddTag },
  { name: 'disagreements', load: async () => (await import('./disagreements')).registerDisagreements },
  { name: 'agreement', load: async () => (await import('./agreement')).registerAgreement },
  { name: 'audit', load: async () => (await import('./audit')).registerAudit },
  { name: 'standards', load: async () => (await import('./standards')).registerStandards },
  { name: 'matrix', load: async () => (await import('./matrix')).registerMatrix },
  { name: 'report', load: async () => (await import('./report')).registerReport },
  { name: 'checks', load: async () => (await import('./checks')).registerChecks },
  { name: 'check', load: async () => (await import('./checks')).registerCheck },
  { name: 'rate', load: async () => (await import('./rate')).registerRate },
  { name: 'clear-rating', load: async () => (await import('./clear-rating')).registerClearRating },
  { name: 'recommendations', load: async () => (await import('./recommendations')).registerRecommendations },
  { name: 'baseline', load: async () => (await import('./baseline')).registerBaseline },
  { name: 'package', load: async () => (await import('./package')).registerPackage },
  { name: 'settings', load: async () => (await import('./settings')).registerSettings },
  { name: 'db', load: async () => (await import('./db')).registerDb },
  { name: 'account', load: async () => (await import('./account')).registerAccount },
  { name: 'serve', load: async () => (await import('./serve')).registerServe },
  { name: 'call', load: async () => (await import('./call')).registerCall },
];
