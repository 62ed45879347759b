// A small catalog for the matcher's tests, in the shape of the real one (written for the tests,
// so they do not move when the shipped cues are refined).
import type { Catalog, LanguageCues, Provision } from '../catalog/types';

type CueSpec = Partial<LanguageCues>;

function provision(
  id: string,
  title: string,
  summary: string,
  cues: Record<string, CueSpec>,
  weight = 1,
): Provision {
  const [frameworkId, number] = id.split('.');
  return {
    id,
    frameworkId,
    number,
    title,
    summary,
    group: 'g',
    substantive: true,
    procedural: false,
    generalPrinciple: false,
    crossRefs: [],
    verified: true,
    weight,
    cues: Object.fromEntries(
      Object.entries(cues).map(([lang, c]) => [
        lang,
        { phrases: c.phrases ?? [], keywords: c.keywords ?? [], negative: c.negative ?? [] },
      ]),
    ),
  };
}

export function testCatalog(): Catalog {
  const crc = [
    provision(
      'CRC.1',
      'Definition of the child',
      'Everyone below eighteen is a child unless majority comes earlier under national law.',
      {
        en: {
          phrases: [
            'under the age of eighteen',
            'below the age of eighteen',
            { text: 'child means', weight: 2.5 },
          ],
          keywords: ['minor', 'age'],
        },
        ms: { phrases: ['di bawah umur lapan belas tahun', 'kanak-kanak ertinya'], keywords: ['umur'] },
        vi: { phrases: ['trẻ em là người dưới', 'dưới 16 tuổi', 'dưới 18 tuổi'] },
        th: { phrases: ['เด็ก หมายความว่า', 'อายุต่ำกว่าสิบแปดปี'] },
      },
    ),
    provision(
      'CRC.3',
      'Best interests of the child',
      'The best interests of the child are a primary consideration in all actions concerning children.',
      {
        en: { phrases: ['best interests of the child', 'welfare of the child'] },
      },
    ),
    provision(
      'CRC.4',
      'Implementation measures',
      'States take legislative and administrative measures; councils, boards and officers implement the rights.',
      {
        en: {
          phrases: ['co-ordinating council', 'child protection team', 'protector'],
          keywords: ['council', 'board', 'committee', 'minister'],
        },
      },
    ),
    provision(
      'CRC.19',
      'Protection from all forms of violence',
      'Children are protected from physical or mental violence, injury, abuse, neglect or maltreatment by carers.',
      {
        en: {
          phrases: [
            'ill-treats the child',
            'physical injury',
            'corporal punishment',
            'emotional injury',
            'neglect',
          ],
          keywords: ['abuse', 'assault', 'maltreatment', 'violence', 'injury', 'beat', 'punish'],
          negative: ['reasonable chastisement', 'lawful correction'],
        },
        vi: { phrases: ['bạo lực', 'xâm hại', 'lạm dụng'] },
      },
    ),
    provision(
      'CRC.20',
      'Children deprived of a family environment',
      'Alternative care: foster placement, kafalah, adoption or suitable institutions.',
      {
        en: {
          phrases: ['foster parent', 'place of safety', 'alternative care'],
          keywords: ['foster', 'custody'],
        },
      },
    ),
    provision(
      'CRC.34',
      'Sexual exploitation and abuse',
      'Protection from sexual exploitation, prostitution and pornographic performances.',
      {
        en: {
          phrases: ['sexual abuse', 'sexual exploitation', 'child pornography'],
          keywords: ['prostitution', 'brothel', 'sexual', 'obscene'],
        },
        ms: {
          phrases: ['pornografi kanak-kanak', 'eksploitasi seksual'],
          keywords: ['seksual', 'pelacuran'],
        },
        vi: { phrases: ['xâm hại tình dục', 'bóc lột tình dục'] },
        th: { phrases: ['ล่วงละเมิดทางเพศ'], keywords: ['ลามก'] },
      },
    ),
    provision(
      'CRC.35',
      'Sale, trafficking and abduction',
      'Prevention of the abduction, sale of or traffic in children.',
      {
        en: {
          phrases: ['trafficking in persons', 'sale of children'],
          keywords: ['trafficking', 'abduct', 'sell'],
        },
        vi: { phrases: ['mua bán', 'bắt cóc'] },
      },
    ),
    provision(
      'CRC.37',
      'Torture and deprivation of liberty',
      'No torture, cruel punishment or capital punishment; detention only as a last resort.',
      {
        en: {
          phrases: ['place of detention', 'sentence of death'],
          keywords: ['detention', 'arrest', 'imprisonment'],
        },
      },
    ),
    provision(
      'CRC.40',
      'Administration of juvenile justice',
      'Children alleged to have infringed penal law: the age of criminal responsibility, courts and procedures.',
      {
        en: {
          phrases: ['criminal proceedings', 'criminal responsibility', 'court for children'],
          keywords: ['offence', 'trial', 'probation'],
        },
      },
    ),
  ];
  return {
    frameworks: [
      {
        id: 'CRC',
        name: 'Convention on the Rights of the Child',
        shortName: 'CRC',
        kind: 'convention',
        body: 'UN',
        adopted: '1989-11-20',
        entryIntoForce: '1990-09-02',
        binding: true,
        provisional: false,
        verified: true,
        groups: [{ id: 'g', title: 'Group' }],
        provisions: crc,
      },
      {
        id: 'CHK',
        name: 'Legislative checklist',
        shortName: 'Checklist',
        kind: 'checklist',
        body: 'Lexgap',
        adopted: null,
        entryIntoForce: null,
        binding: false,
        provisional: true,
        verified: true,
        groups: [{ id: 'g', title: 'Group' }],
        provisions: [
          provision(
            'CHK.CORPORAL_PUNISHMENT_BAN',
            'Corporal punishment banned in all settings',
            'The law prohibits corporal punishment at home, school and in institutions.',
            {
              en: {
                phrases: ['corporal punishment'],
                keywords: ['punish', 'chastisement'],
                negative: ['reasonable chastisement'],
              },
            },
          ),
        ],
      },
    ],
    ratifications: [],
    states: [{ code: 'MY', name: 'Malaysia' }],
  };
}
