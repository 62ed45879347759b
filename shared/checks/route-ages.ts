// Which checklist parameter an age sets. A definition of "child" sets the general age limit, except
// in a law about one subject (the Child Marriage Restraint Act, the Employment of Children Act), where
// the child it protects is the one below that subject's minimum age. Any other age sets a parameter
// only where its own sentence names the subject ("criminal responsibility", "kết hôn"), or the words
// introducing the list its sentence is an item of.
import { foldSpellings } from '../language/fold-spellings';
import { ageLanguage, ENGLISH, spacedAges, type AgeSubject } from './age-languages';
import type { AgeStatement } from './read-ages';

export const PARAMETER_OF_SUBJECT: Record<AgeSubject | 'child', string> = {
  child: 'child_age_limit',
  marriage: 'minimum_marriage_age_both_sexes',
  work: 'minimum_working_age',
  hazardous_work: 'hazardous_work_minimum_age',
  light_work: 'light_work_minimum_age',
  criminal_responsibility: 'minimum_age_criminal_responsibility',
  sexual_consent: 'age_of_sexual_consent',
  recruitment: 'minimum_recruitment_age',
  education: 'compulsory_education_end_age',
};

// The first subject named wins, most specific first: "light work" is work, "hazardous" needs work too.
const SENTENCE_ORDER: AgeSubject[] = [
  'criminal_responsibility',
  'recruitment',
  'light_work',
  'hazardous_work',
  'work',
  'marriage',
  'sexual_consent',
  'education',
];
// The items for which a range's lower end sets nothing: there the range is the group a law protects and
// its lower end only parts it from a younger one ("người từ đủ 13 tuổi đến dưới 16 tuổi", Penal Code
// art. 145, beside art. 142's "dưới 13 tuổi"); what the item measures is the upper end (the age of
// consent, the age hazardous work is barred to, the end of childhood or of compulsory schooling). For
// the others the lower end is the lowest age allowed: light work "từ đủ 13 tuổi đến dưới 15 tuổi" (C138
// art. 7), work, criminal responsibility ("từ đủ 14 tuổi đến dưới 16 tuổi" answer for the gravest
// crimes), recruitment, and marriage, where a range is who may marry with a consent or a licence.
const RANGE_LOWER_END_SETS_NOTHING = new Set([
  'age_of_sexual_consent',
  'hazardous_work_minimum_age',
  'child_age_limit',
  'compulsory_education_end_age',
]);

// A law's title makes its child definition a minimum age only for these subjects.
const TITLE_SUBJECTS: AgeSubject[] = ['marriage', 'work'];

const subjectPatterns = new Map<string, Map<AgeSubject, RegExp>>();

function patternsFor(language: string): Map<AgeSubject, RegExp> {
  const known = subjectPatterns.get(language);
  if (known) return known;
  const own = ageLanguage(language);
  const spaced = spacedAges(own);
  const patterns = new Map<AgeSubject, RegExp>();
  for (const subject of SENTENCE_ORDER) {
    // Laws in any language quote English terms often enough ("criminal responsibility") to add them.
    const words = [
      ...(own.subjects[subject] ?? []),
      ...(own === ENGLISH ? [] : (ENGLISH.subjects[subject] ?? [])),
    ];
    if (!words.length) continue;
    const body = words.map((w) => foldSpellings(w).text.replace(/ /g, '\\s+')).join('|');
    patterns.set(
      subject,
      new RegExp(spaced ? `(?<![\\p{L}\\p{M}])(?:${body})(?![\\p{L}\\p{M}])` : `(?:${body})`, 'iu'),
    );
  }
  subjectPatterns.set(language, patterns);
  return patterns;
}

/** The subjects a text names, in routing order (in either spelling: Thai ทํางาน is ทำงาน). */
export function subjectsOf(text: string, language: string): AgeSubject[] {
  const patterns = patternsFor(language);
  const folded = foldSpellings(text).text;
  return SENTENCE_ORDER.filter((s) => patterns.get(s)?.test(folded));
}

// The items an offence protects a child for up to an age (sex with a child, hazardous work): a
// younger age in the same clause grades the offence and sets no item. Penal Code 2015 (Viet Nam), art.
// 142: intercourse with one from full 13 to under 16, or with one under 13, or (the gravest penalty)
// with one under 10; Thai Criminal Code s. 277: a child not over fifteen, a heavier penalty if not over
// thirteen. The age of consent is the age that ends the protection, 16 there.
const GRADED_BY_A_YOUNGER_AGE = new Set(['age_of_sexual_consent', 'hazardous_work_minimum_age']);

/**
 * The parameter each of a clause's age statements sets (null where none), save that, for a graded item,
 * an age under which the clause also protects an older child (a graded or aggravated form of the
 * offence) sets nothing.
 */
export function routeAges(statements: AgeStatement[], language: string, lawTitle: string): (string | null)[] {
  const parameters: (string | null)[] = [];
  for (const [i, statement] of statements.entries()) {
    const parameter = routeAge(statement, language, lawTitle);
    // An age joined to the one before it whose own words name nothing is for the same thing as that one:
    // "… 18 years for boys and 16 years for girls" (both of marriage).
    parameters.push(
      parameter === undefined ? (statement.coordinated && i > 0 ? parameters[i - 1] : null) : parameter,
    );
  }
  return parameters.map((parameter, i) => {
    const own = statements[i];
    if (!parameter || !GRADED_BY_A_YOUNGER_AGE.has(parameter) || own.bound !== 'under') return parameter;
    const older = statements.some(
      (other, j) =>
        parameters[j] === parameter &&
        other.bound === 'under' &&
        other.age > own.age &&
        (other.sex === null || other.sex === own.sex),
    );
    return older ? null : parameter;
  });
}

/**
 * The threshold parameter an age statement sets, null when it sets none of them, and undefined where the
 * words it owns (`own`) name no subject.
 */
function routeAge(statement: AgeStatement, language: string, lawTitle: string): string | null | undefined {
  // "Whoever, being a male above eighteen years of age, contracts a child marriage shall be punishable":
  // the age of whom a penal clause punishes sets no minimum age (not the marriage age there).
  if (statement.offender) return null;
  const parameter = parameterOf(statement, language, lawTitle);
  if (parameter === undefined) return undefined;
  return parameter && statement.opensRange && RANGE_LOWER_END_SETS_NOTHING.has(parameter) ? null : parameter;
}

function parameterOf(statement: AgeStatement, language: string, lawTitle: string): string | null | undefined {
  if (statement.definesChild) {
    const titled = subjectsOf(lawTitle, language).find((s) => TITLE_SUBJECTS.includes(s));
    return PARAMETER_OF_SUBJECT[titled ?? 'child'];
  }
  // An age joined to another in its sentence is routed by the words it owns ("… shall be 15 years" is
  // work, "and 18 years for hazardous work" hazardous work), not by the other's.
  // A list item names its subject in the words introducing the list ("Nam, nữ kết hôn … các điều kiện sau
  // đây: a) Nam từ đủ 20 tuổi trở lên, …"), where its own sentence names none.
  const own = subjectsOf(statement.own ?? statement.words, language);
  if (statement.coordinated && !own.length) return undefined;
  const named = own.length || !statement.leadIn ? own : subjectsOf(statement.leadIn, language);
  // "Hazardous" is work's where work is named, in the age's own words or, for a joined one, its sentence.
  const work =
    named.includes('work') ||
    (statement.own !== null && subjectsOf(statement.words, language).includes('work'));
  for (const subject of named) {
    if (subject === 'hazardous_work' && !work) continue;
    return PARAMETER_OF_SUBJECT[subject];
  }
  return null;
}
