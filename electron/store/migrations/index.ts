// Migrations by number: PRAGMA user_version records the last one applied.
import init from './001-init';
import honestMatrix from './002-honest-matrix';

export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  { version: 1, sql: init },
  { version: 2, sql: honestMatrix },
];
