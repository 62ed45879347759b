// A database as the command line takes it: a URL (`sqlite:PATH`, `postgres://…`) unchanged, a plain
// path made absolute for the messages.
import path from 'node:path';
import { parseDatabaseLocation } from '../store/open-store';

export function databaseOption(value: string): string {
  return parseDatabaseLocation(value).location === value ? path.resolve(value) : value;
}
