import { describe, expect, it } from 'vitest';
import { conflictMessage } from './conflict-message';

describe('conflictMessage', () => {
  it('names who changed the thing and when, with the day only when it was not today', () => {
    const change = { actor: 'amina', at: '2026-12-04T10:42:17.000Z' };
    expect(conflictMessage("This law's details were", change, '2026-12-04T11:00:00.000Z')).toBe(
      "This law's details were changed by amina at 10:42 UTC since you opened it — look again and re-apply your change",
    );
    expect(conflictMessage('This recommendation was', change, '2026-12-05T09:00:00.000Z')).toContain(
      'changed by amina at 2026-12-04 10:42 UTC',
    );
  });

  it('says someone else changed it where no audit entry names who', () => {
    expect(conflictMessage('The rating was', undefined, '2026-12-04T11:00:00.000Z')).toMatch(
      /^The rating was changed by someone else since you opened it — look again/,
    );
  });
});
