// Migrations by number, written in portable SQL with SQLite's types (pg-driver.ts maps them): the
// last one applied is PRAGMA user_version on SQLite, the schema_version table on PostgreSQL.
import init from './001-init';
import honestMatrix from './002-honest-matrix';
import checkReviews from './003-check-reviews';
import numberingWarnings from './004-numbering-warnings';
import recommendations from './005-recommendations';
import jurisdictionsAndDates from './006-jurisdictions-and-dates';
import reviewerDecisions from './007-reviewer-decisions';
import dataVersion from './008-data-version';
import versionsAmendments from './009-versions-amendments';
import baselines from './010-baselines';
import accounts from './011-accounts';
import sessions from './012-sessions';
import rowVersions from './013-row-versions';
import textVersion from './014-text-version';
import changedIn from './015-changed-in';
import deletedSuggestions from './016-deleted-suggestions';
import citedClauses from './017-cited-clauses';
import evidenceText from './018-evidence-text';
import droppedSuggestions from './019-dropped-suggestions';
import baselineMarks from './020-baseline-marks';

export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  { version: 1, sql: init },
  { version: 2, sql: honestMatrix },
  { version: 3, sql: checkReviews },
  { version: 4, sql: numberingWarnings },
  { version: 5, sql: recommendations },
  { version: 6, sql: jurisdictionsAndDates },
  { version: 7, sql: reviewerDecisions },
  { version: 8, sql: dataVersion },
  { version: 9, sql: versionsAmendments },
  { version: 10, sql: baselines },
  { version: 11, sql: accounts },
  { version: 12, sql: sessions },
  { version: 13, sql: rowVersions },
  { version: 14, sql: textVersion },
  { version: 15, sql: changedIn },
  { version: 16, sql: deletedSuggestions },
  { version: 17, sql: citedClauses },
  { version: 18, sql: evidenceText },
  { version: 19, sql: droppedSuggestions },
  { version: 20, sql: baselineMarks },
];
