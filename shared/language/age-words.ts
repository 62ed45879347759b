// What reading an age needs from a language (each profile's `ages`): its number words, the words that
// make a number an age, the words that bound it ("under", "di bawah", "dưới"), the sexes, and what
// defines a child. Read by the measurable checks (shared/checks/read-ages.ts).

export type Sex = 'male' | 'female';

export interface AgeLanguage {
  code: string;
  /** Regex source of one number written in words (cardinal), without digits. */
  numberWords: string;
  /** Parses what `numberWords` matched; null when it is not a number. */
  parseNumber(words: string): number | null;
  /** Regex source of an ordinal written in words ("fourteenth"), when the language writes ages so. */
  ordinalWords?: string;
  parseOrdinal?(words: string): number | null;
  /**
   * Where a number is an age: regex sources with `{N}` (a number) or `{ORD}` (an ordinal), and maybe
   * `{NUM}`, another number the pattern holds but does not read (a range's other end). Each must
   * hold the age words themselves, so a fine, a section or a term of years never matches. A group
   * `(?<min>…)` makes the pattern a minimum-age statement ("the minimum age … is set at 15 years"): its
   * number is the lowest age allowed, whatever bound word its sentence holds. A group `(?<same>…)`, which
   * opens the pattern at the unit word of the age just before ("years", "tahun", "tuổi"), makes it an age
   * joined to that one, sharing its bound where no bound word of its own governs it ("eighteen years for
   * males and sixteen years for females", "15 years and 18 years for hazardous work"); such a pattern
   * needs no age word of its own, and reads nothing where no age goes before it. A group `(?<join>…)` in
   * it holds the joining word ("and", "dan", "và", "และ"), where the second age's own words begin (for
   * routing it by what they name). A group `(?<sex>…)` holds the words naming
   * whom the age is for, where the pattern itself holds them ("…, của nữ là 18 tuổi").
   */
  agePatterns: string[];
  /**
   * Regex source, anchored after a minimum age (or a `same` one), of whom it is for, the word in a group
   * `(?<sex>…)`: "… eighteen years for males" is male, "… for both males and females" both.
   */
  sexAfter?: string;
  /**
   * Regex source, anchored after any age (after its year word), of the person it describes, where the
   * language puts the person after the words describing it (Burmese "… နှစ်ပြည့်ပြီးသော ယောက်ျား", a man
   * who has completed … years): the words in a group `(?<sex>…)`.
   */
  personAfter?: string;
  /**
   * Words one of which every age pattern holds as it is written ("year", "tuổi"): a clause holding
   * none of them states no age, and the patterns are not tried on it (most clauses of a law).
   */
  ageWords: string[];
  /**
   * Words after a number that measure something other than years ("months", "weeks", "days"): where an
   * age's words end at its number ("aged 13"), the upper end of its range may be followed by any other
   * word ("children aged 13 to 15 shall …"); without them, only by age words or no word.
   */
  otherUnits?: string[];
  /** Words before the number (or around it, for `*After`) that make it an upper or a lower bound. */
  under: string[];
  atLeast: string[];
  atLeastAfter: string[];
  /**
   * Words before the number that make it the highest age covered ("not over fifteen years",
   * "ยังไม่เกินสิบห้าปี"): read as under the next year, as a whole number of years is.
   */
  atMost?: string[];
  /**
   * Words right after an age (after its year word) that bound it, in a language that puts the bound
   * there (Burmese "၁၈ နှစ်အောက်", 18 years under), each list read as the same-named list before it.
   */
  boundsAfter?: Partial<Record<'under' | 'atLeast' | 'atMost', string[]>>;
  male: string[];
  female: string[];
  /**
   * The one a penal clause punishes, described by an age ("Whoever, being a male above eighteen years of
   * age, … shall be punishable"): that age is whom the clause punishes, no minimum age. `doers` open
   * the sentence's subject ("whoever", "any person"); between them and an age of N or above only
   * `between` words, bound words and sex words stand; `penalty` words follow the age in its sentence.
   */
  offender?: { doers: string[]; between: string[]; penalty: string[] };
  /**
   * The words that link the two ends of a range ("to", "and", "but", "đến", "tetapi", "แต่"): with the
   * upper end's bound words after them, they make a range of two ages ("13 to 15 years of age",
   * "อายุกว่าสิบสองปีแต่ยังไม่เกินสิบห้าปี"), where an end without age words of its own is read from the
   * other's, an end without a bound of its own is the lower (N or above) or the upper (N included),
   * and the lower end is read as such (`opensRange`). A language without them reads a range only where
   * both ends have age words (its links then among `rangeJoins`).
   */
  rangeLinks?: string[];
  /**
   * Other words that may stand between the two ends of a range, besides the links, the bound words and
   * the lower end's `atLeastAfter`:
   * the age words the upper end may repeat before its number ("… years of age and under the age of
   * sixteen").
   */
  rangeJoins?: string[];
  /** A definition (or the scope) of "child" or "minor" ending just before the age. */
  childDefinition: string[];
  /** Words of a clause or a law's title by subject, for routing an age to the checklist item it sets. */
  subjects: Partial<Record<AgeSubject, string[]>>;
}

export type AgeSubject =
  | 'marriage'
  | 'work'
  | 'hazardous_work'
  | 'light_work'
  | 'criminal_responsibility'
  | 'sexual_consent'
  | 'recruitment'
  | 'education';

/** Regex alternatives of plain words, longest first (so "sembilan belas" wins over "sembilan"). */
export const longestFirst = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).join('|');
