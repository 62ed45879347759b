// Every command, in the order `lexgap --help` lists them: one file per command, registered here.
import type { Command } from 'commander';
import type { CliContext } from '../context';
import { registerAccount } from './account';
import { registerAddTag } from './add-tag';
import { registerAgreement } from './agreement';
import { registerAmendment, registerAmendments } from './amendments';
import { registerAudit } from './audit';
import { registerBaseline } from './baseline';
import { registerCall } from './call';
import { registerCheck, registerChecks } from './checks';
import { registerClause } from './clause';
import { registerClauses } from './clauses';
import { registerClearRating } from './clear-rating';
import { registerCountries } from './countries';
import { registerDb } from './db';
import { registerDeleteDocument } from './delete-document';
import { registerDisagreements } from './disagreements';
import { registerDocument } from './document';
import { registerDocuments } from './documents';
import { registerEditDocument } from './edit-document';
import { registerImport } from './import';
import { registerMatrix } from './matrix';
import { registerPackage } from './package';
import { registerPdf } from './pdf';
import { registerRate } from './rate';
import { registerRecommendations } from './recommendations';
import { registerReport } from './report';
import { registerReread } from './reread';
import { registerReview } from './review';
import { registerServe } from './serve';
import { registerSettings } from './settings';
import { registerStandards } from './standards';
import { registerSuggestions } from './suggestions';
import { registerTag } from './tag';
import { registerUndo } from './undo';
import { registerVersions } from './versions';

export type RegisterCommand = (program: Command, ctx: CliContext) => void;

export const COMMANDS: RegisterCommand[] = [
  registerImport,
  registerReread,
  registerDocuments,
  registerDocument,
  registerEditDocument,
  registerDeleteDocument,
  registerPdf,
  registerClauses,
  registerClause,
  registerVersions,
  registerAmendments,
  registerAmendment,
  registerCountries,
  registerTag,
  registerSuggestions,
  registerReview,
  registerUndo,
  registerAddTag,
  registerDisagreements,
  registerAgreement,
  registerAudit,
  registerStandards,
  registerMatrix,
  registerReport,
  registerChecks,
  registerCheck,
  registerRate,
  registerClearRating,
  registerRecommendations,
  registerBaseline,
  registerPackage,
  registerSettings,
  registerDb,
  registerAccount,
  registerServe,
  registerCall,
];
