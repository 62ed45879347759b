// Migrations by number: PRAGMA user_version records the last one applied.
import init from './001-init';

export const MIGRATIONS: readonly { version: number; sql: string }[] = [{ version: 1, sql: init }];
