// How wide a text prints, in ems, so that a printed page can be laid out without a browser: the
// advance widths of DejaVu Sans, the widest of the fonts the reports name (Segoe UI and Noto Sans set
// the same text narrower), so a text measured to fit does fit.

/** DejaVu Sans (Book) advance widths in thousandths of an em, for the characters from space to `~`. */
const ASCII = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636,
  636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295,
  295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838,
  500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521,
  392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];

/** Any other letter: as wide as the widest Latin capitals, and a full em from the CJK blocks on. */
const charWidth = (c: number): number => (c >= 32 && c < 127 ? ASCII[c - 32] : c >= 0x2e80 ? 1000 : 800);

/** The width of `text` set on one line in a regular weight, in ems. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0)!);
  return width / 1000;
}
