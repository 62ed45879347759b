// Proposing which law an amending act amends, and which of its sections change which sections there:
// from the act's title ("… (Amendment) Act, 2022") and its words ("In the … Act, 2018 (XXI of 2018)",
// "Amendment of section 6"), in the languages whose profiles say how their amending acts are worded.
// The analyst confirms or dismisses each proposal. Pure.
import { alternatives, fromAllProfiles } from '../language/registry';
import type { AmendmentWords } from '../language/profile';
import type { AmendedSection } from '../model';

export interface LawForAmendments {
  id: string;
  title: string;
  year: number | null;
  country: string;
  clauses: { id: string; number: string; heading: string; text: string }[];
}

export interface ProposedAmendment {
  amendingDocumentId: string;
  amendedDocumentId: string;
  evidence: string;
}

const amendmentWords = (pick: (words: AmendmentWords) => string[]) =>
  fromAllProfiles((p) => (p.amendments ? pick(p.amendments) : []));

const TITLE_WORD = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternatives(amendmentWords((a) => a.titleWords))})(?![\\p{L}])`,
  'iu',
);
// "in the Islamabad Capital Territory Child Protection Act, 2018 (XXI of 2018)": the name runs to the
// year, a bracket, a comma or the end of the sentence.
const CITED_ACT = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternatives(amendmentWords((a) => a.actOpeners))})\\s+([^,.;:()\\n]{3,160}?)(?:,?\\s*((?:1[89]|20)\\d\\d)\\b|[,.;:(\\n]|$)`,
  'giu',
);
const SECTION = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternatives(amendmentWords((a) => a.sectionWords))})\\s+(\\d+[A-Z]?)\\b`,
  'giu',
);

// Words that say nothing about which law it is.
const FILLER = new Set(['the', 'act', 'of', 'and', 'akta', 'undang', 'a', 'an']);
const TITLE_WORDS = new Set(amendmentWords((a) => a.titleWords));

function nameWords(name: string): Set<string> {
  return new Set(
    (name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(
      (w) => !FILLER.has(w) && !TITLE_WORDS.has(w) && !/^\d+$/.test(w),
    ),
  );
}

/** Whether a name cited in an amending act names this law: nearly all of the law's title words, and few others. */
function names(cited: Set<string>, title: Set<string>): number {
  if (cited.size === 0 || title.size === 0) return 0;
  let common = 0;
  for (const w of cited) if (title.has(w)) common++;
  const ofTitle = common / title.size;
  const ofCited = common / cited.size;
  return ofTitle >= 0.8 && ofCited >= 0.7 ? (ofTitle + ofCited) / 2 : 0;
}

/** Whether a title is an amending act's: "… (Amendment) Act, 2022", "Akta Kanak-Kanak (Pindaan) 2016". */
export const isAmendingTitle = (title: string): boolean => TITLE_WORD.test(title);

/** The names of laws an amending act cites: its own title without "Amendment", then those in its text. */
function citedNames(law: LawForAmendments): { name: string; year: number | null; evidence: string }[] {
  const cited = [{ name: law.title, year: null as number | null, evidence: `title: “${law.title}”` }];
  for (const c of law.clauses.slice(0, 6)) {
    for (const m of `${c.heading}\n${c.text}`.matchAll(CITED_ACT)) {
      cited.push({
        name: m[1],
        year: m[2] ? Number(m[2]) : null,
        evidence: `s. ${c.number}: “${m[0].trim()}”`,
      });
    }
  }
  return cited;
}

/** The sections of the amended law each section of the amending act changes. */
export function amendedSections(
  amending: Pick<LawForAmendments, 'clauses'>,
  amended: Pick<LawForAmendments, 'clauses'>,
): AmendedSection[] {
  const byNumber = new Map(amended.clauses.map((c) => [c.number.trim().toLowerCase(), c.id]));
  const out: AmendedSection[] = [];
  for (const c of amending.clauses) {
    // The heading names them ("Amendment of section 6"); without one, the opening words do ("in section 8,").
    let numbers = [...c.heading.matchAll(SECTION)].map((m) => m[1]);
    if (numbers.length === 0)
      numbers = [...c.text.slice(0, 200).matchAll(SECTION)].slice(0, 1).map((m) => m[1]);
    for (const number of new Set(numbers))
      out.push({
        amendingClauseId: c.id,
        amendingNumber: c.number,
        amendedNumber: number,
        amendedClauseId: byNumber.get(number.toLowerCase()) ?? null,
      });
  }
  return out;
}

/**
 * Each amending act of `laws` linked to the law of the same country it most plainly names. Only the
 * amending acts (`isAmendingTitle`) need their clauses; the others are matched by title and year.
 */
export function proposeAmendments(laws: readonly LawForAmendments[]): ProposedAmendment[] {
  const proposals: ProposedAmendment[] = [];
  for (const amending of laws) {
    if (!isAmendingTitle(amending.title)) continue;
    let best: { law: LawForAmendments; score: number; evidence: string } | undefined;
    for (const { name, year, evidence } of citedNames(amending)) {
      const cited = nameWords(name);
      for (const law of laws) {
        if (law.id === amending.id || law.country !== amending.country || isAmendingTitle(law.title))
          continue;
        if (year !== null && law.year !== null && law.year !== year) continue;
        const score = names(cited, nameWords(law.title)) + (year !== null && law.year === year ? 0.1 : 0);
        if (score > 0 && (!best || score > best.score)) best = { law, score, evidence };
      }
    }
    if (best)
      proposals.push({
        amendingDocumentId: amending.id,
        amendedDocumentId: best.law.id,
        evidence: best.evidence,
      });
  }
  return proposals;
}
