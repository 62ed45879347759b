import { describe, expect, it } from 'vitest';
import { frameworkOrder } from './framework-order';
import { parseCatalog } from './parse-catalog';

const minimal = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `${id} instrument`,
  shortName: id,
  kind: 'convention',
  body: 'UN',
  adopted: '2000-01-01',
  entryIntoForce: null,
  binding: true,
  verified: true,
  groups: [{ id: 'g', title: 'G' }],
  provisions: [
    {
      id: `${id}.1`,
      frameworkId: id,
      number: '1',
      title: 'One',
      summary: 'Article 1.',
      group: 'g',
      verified: true,
      ...extra,
    },
  ],
});

describe('parseCatalog', () => {
  it('fills the defaults: weight 1, no cross-references, empty cue lists', () => {
    const catalog = parseCatalog([
      { name: 'X.json', json: minimal('X', { cues: { en: { keywords: ['child'] } } }) },
    ]);
    const p = catalog.frameworks[0].provisions[0];
    expect(p).toMatchObject({ weight: 1, crossRefs: [], substantive: true, generalPrinciple: false });
    expect(p.cues.en).toEqual({ phrases: [], keywords: ['child'], negative: [] });
    expect(catalog.frameworks[0].provisional).toBe(false);
    expect(catalog.ratifications).toEqual([]);
  });

  it('names the file and the entry for a wrong type', () => {
    expect(() => parseCatalog([{ name: 'X.json', json: minimal('X', { summary: 3 }) }])).toThrow(
      /^X\.json: provision X\.1: summary: .*expected string/,
    );
  });

  it('refuses a cue listed twice in one list (it would count twice), naming the provision and the list', () => {
    const json = minimal('X', { cues: { en: { keywords: ['caning', 'school', 'Caning'] } } });
    expect(() => parseCatalog([{ name: 'X.json', json }])).toThrow(
      /^X\.json: provision X\.1: cues\.en\.keywords: "caning" is listed twice/,
    );
  });

  it('reports a framework whose id does not match its file name', () => {
    expect(() => parseCatalog([{ name: 'Y.json', json: minimal('X') }])).toThrow(
      /Y\.json: framework: id X does not match/,
    );
  });

  it('collects several problems into one message', () => {
    const json = minimal('X', { crossRefs: ['Z.9'], group: 'h' });
    expect(() => parseCatalog([{ name: 'X.json', json }])).toThrow(
      /2 problems[\s\S]*group h[\s\S]*Z\.9 does not exist/,
    );
  });

  it('requires a note saying what is unverified', () => {
    expect(() => parseCatalog([{ name: 'X.json', json: minimal('X', { verified: false }) }])).toThrow(
      /X\.json: provision X\.1: unverified without an unverifiedNote/,
    );
  });

  it('rejects a state listed twice for the same instrument', () => {
    const r = {
      country: 'MY',
      frameworkId: 'X',
      status: 'party',
      since: '1995',
      source: 'test',
      verified: false,
    };
    const ratifications = { states: [{ code: 'MY', name: 'Malaysia' }], ratifications: [r, r] };
    expect(() =>
      parseCatalog([
        { name: 'X.json', json: minimal('X') },
        { name: 'ratifications.json', json: ratifications },
      ]),
    ).toThrow(/ratifications\.json: ratification #2 \(MY X\): duplicate entry for MY X/);
  });

  it('orders frameworks: CRC, protocols, ILO, ASEAN, checklist, then unknown ones', () => {
    expect(
      frameworkOrder([{ id: 'ZZ' }, { id: 'CHK' }, { id: 'C182' }, { id: 'CRC' }, { id: 'ACTIP' }]).map(
        (f) => f.id,
      ),
    ).toEqual(['CRC', 'C182', 'ACTIP', 'CHK', 'ZZ']);
  });
});
