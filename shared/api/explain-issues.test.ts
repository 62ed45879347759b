// Validation errors in plain words, on the API's real schemas.
import { describe, expect, it } from 'vitest';
import { explainIssues, jsonPath } from './explain-issues';
import { argSchemas } from './schemas';

function explain(method: keyof typeof argSchemas, args: unknown): string {
  const parsed = argSchemas[method].safeParse(args);
  if (parsed.success) throw new Error(`${method} accepted ${JSON.stringify(args)}`);
  return explainIssues(parsed.error, args);
}

describe('explainIssues', () => {
  it('names each field by its JSON path and says what was wrong with the value given', () => {
    expect(
      explain('importDocuments', { files: [{ path: 'a.pdf' }, {}], country: 'Pakistan', year: 1700 }),
    ).toBe(
      [
        'files[1]: each file needs a path, or a name and its bytes',
        'country: "Pakistan" is not a two-letter ISO country code (e.g. PK)',
        'year: 1700 is below the minimum, 1800',
      ].join('\n'),
    );
  });

  it('tells a missing field, a wrong type, a number out of range, an empty text and an unknown key', () => {
    expect(explain('getDocument', {})).toBe(
      'documentId is required: give an id as Lexgap lists it, e.g. CRC.19 or d3f9a0c12be7d4e081',
    );
    expect(explain('listSuggestions', { limit: 2.5, minScore: 3 })).toBe(
      'minScore: 3 is above the maximum, 1\nlimit: 2.5 is not a whole number',
    );
    expect(explain('updateSettings', { reviewerName: '' })).toBe('reviewerName must not be empty');
    expect(explain('listDocuments', { contry: 'PK' })).toBe('contry is not an option here');
  });

  it("says a field's own message when its schema has one, in place of zod's wording", () => {
    expect(explain('createBaseline', { name: '  ' })).toBe(
      'name is empty: give a name, e.g. "Baseline 2026"',
    );
    expect(explain('connectTeamServer', { url: '', name: 'amina', password: '' })).toBe(
      [
        "url is empty: give the team server's address, e.g. https://lexgap.example.org",
        'password is empty: give your password',
      ].join('\n'),
    );
    expect(explain('exportReport', { countries: [], format: 'html' })).toBe(
      'countries is empty: give at least one country',
    );
    expect(explain('updateRecommendation', { id: 'r1', targetDate: '2027-13' })).toBe(
      'targetDate: "2027-13" is not a year, year-month or date (2027, 2027-06, 2027-06-30)',
    );
  });

  it("says a missing field's own message too, as for an empty or a wrong one", () => {
    expect(explain('connectTeamServer', {})).toBe(
      [
        "url is required: give the team server's address, e.g. https://lexgap.example.org",
        'name is required: give your account name',
        'password is required: give your password',
      ].join('\n'),
    );
    expect(explain('exportReport', { format: 'html' })).toBe(
      'countries is required: give at least one country',
    );
    expect(explain('exportPackage', { country: 'PK' })).toBe(
      'madeFor is required: give who reviews it, e.g. "Ministry of Human Rights"',
    );
    expect(explain('listDocuments', { country: 92 })).toBe(
      'country: 92 is not a two-letter ISO country code (e.g. PK)',
    );
  });

  it('says what a rationale, an id and an account name take, in words an analyst reads', () => {
    const rating = { country: 'PK', provisionId: 'CRC.19', level: 'gap' };
    expect(explain('setCellOverride', { ...rating, rationale: 'x'.repeat(10_001) })).toBe(
      'rationale is too long (10,001 characters): give a rationale of up to 10,000 characters (about three pages; cite clauses for the rest)',
    );
    expect(explain('setCellOverride', rating)).toBe(
      'rationale is required: give a rationale of up to 10,000 characters (about three pages; cite clauses for the rest)',
    );
    expect(explain('getDocument', { documentId: '' })).toBe(
      'documentId is empty: give an id as Lexgap lists it, e.g. CRC.19 or d3f9a0c12be7d4e081',
    );
    expect(explain('listClauses', { documentId: 'd'.repeat(201) })).toBe(
      'documentId is too long (201 characters): give an id as Lexgap lists it, e.g. CRC.19 or d3f9a0c12be7d4e081',
    );
    expect(explain('reviewSuggestions', { ids: ['s1', 7], decision: 'accept' })).toBe(
      'ids[1]: 7 is not an id as Lexgap lists it, e.g. CRC.19 or d3f9a0c12be7d4e081',
    );
    expect(
      explain('addAccount', { name: 'amina!', role: 'reviewer', password: 'long enough password' }),
    ).toBe(
      'name: "amina!" is not an account name (2 to 64 letters, digits, spaces, dots, dashes, @ or _, starting and ending with a letter or digit)',
    );
    expect(explain('setAccountDisabled', { name: 'lena'.repeat(20), disabled: true })).toMatch(
      /^name: "(lena)+… is not an account name \(2 to 64 letters/,
    );
    expect(explain('setAccountDisabled', { name: '', disabled: true })).toBe(
      'name is empty: give an account name (2 to 64 letters, digits, spaces, dots, dashes, @ or _, starting and ending with a letter or digit)',
    );
  });

  it('names the field with the namer given (a CLI flag), own message and all', () => {
    const parsed = argSchemas.createBaseline.safeParse({ name: '' });
    if (parsed.success) throw new Error('an empty name was accepted');
    expect(explainIssues(parsed.error, { name: '' }, (path) => `--${path.join('.')}`)).toBe(
      '--name is empty: give a name, e.g. "Baseline 2026"',
    );
  });

  it('says a cleared number or a missing choice is to be given, not "null is not a number"', () => {
    expect(explain('startImport', { files: [{ path: 'a.pdf' }], country: 'PK', year: null })).toBe(
      'year is empty: give a number',
    );
    expect(explain('exportMatrix', {})).toBe('format is required: one of xlsx, html, csv, json');
  });

  it('writes paths as they are written in JSON', () => {
    expect(jsonPath(['files', 0, 'path'])).toBe('files[0].path');
    expect(jsonPath([])).toBe('the arguments');
  });
});
