// What a domain rule returns: the new state to store and the audit entries that record it.
import type { AuditInput } from '../model';

/** Who makes a change and when: one reviewer name and one timestamp for a whole write. */
export interface Who {
  actor: string;
  at: string;
}

export interface AuditedChange<T> {
  value: T;
  audit: AuditInput[];
}
