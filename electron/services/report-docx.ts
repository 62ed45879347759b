// The country report as a Word document a ministry can edit: real Heading 1–3 paragraphs (so the
// navigation pane and the table of contents work), one named table style, page numbers in the
// footer, and a contents field Word updates on opening. What goes in, and in what order, is
// shared/report/report-model.ts; this file only lays it out.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  ImportedXmlComponent,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import {
  ANNEX_UNVERIFIED_INTRO,
  PARTS,
  type CountryGaps,
  type CountrySummary,
  type Finding,
  type GapEntry,
  type Report,
  type ReportQuote,
} from '../../shared/report/report-model';

const ACCENT = '1D4E89';
const MUTED = '5F6B7A';
const TABLE_STYLE = 'LexgapTable';
/** A4 (11,906 twips) less two margins of 1,200. */
const MARGIN = 1200;
const TEXT_WIDTH = 11906 - 2 * MARGIN;

// docx writes Title and Heading 1–6 itself; the table style, Normal, Quote and the contents
// entries are ours, so a ministry restyling the report changes them in one place.
const STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="${TABLE_STYLE}"><w:name w:val="Lexgap Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/><w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="BFC5CC"/><w:left w:val="single" w:sz="4" w:space="0" w:color="BFC5CC"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFC5CC"/><w:right w:val="single" w:sz="4" w:space="0" w:color="BFC5CC"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFC5CC"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="BFC5CC"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${ACCENT}"/></w:tcPr></w:tblStylePr></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="29"/><w:qFormat/><w:pPr><w:pBdr><w:left w:val="single" w:sz="12" w:space="6" w:color="C7D2E0"/></w:pBdr><w:spacing w:before="40" w:after="120"/><w:ind w:left="360" w:right="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:color w:val="374151"/><w:sz w:val="19"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="40"/><w:ind w:left="220"/></w:pPr></w:style>
</w:styles>`;

type Block = Paragraph | Table;

const text = (
  t: string,
  options: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {},
) => new TextRun({ text: t, ...options });

const para = (children: (TextRun | string)[], options: Omit<IParagraphOptions, 'children'> = {}) =>
  new Paragraph({ ...options, children: children.map((c) => (typeof c === 'string' ? text(c) : c)) });

const heading = (t: string, level: 1 | 2 | 3, pageBreakBefore = false) =>
  new Paragraph({
    text: t,
    heading:
      level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
    pageBreakBefore,
    keepNext: true,
  });

const muted = (t: string) => text(t, { color: MUTED, size: 18 });

function table(header: string[], rows: (string | TableCell)[][], widths: number[]): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  const cell = (c: string | TableCell, i: number) =>
    typeof c === 'string'
      ? new TableCell({
          width: { size: Math.round((widths[i] / total) * 5000), type: WidthType.PERCENTAGE },
          children: [new Paragraph(c)],
        })
      : c;
  return new Table({
    style: TABLE_STYLE,
    width: { size: 5000, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i)) })),
    ],
  });
}

/** A cell filled with its level's colour, as in the app and the other exports. */
function levelCell(label: string, fill: string, ink: string, count = 0): TableCell {
  return new TableCell({
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: fill.replace('#', '') },
    children: [
      para(
        [
          text(label, { bold: true, color: ink.replace('#', '') }),
          ...(count ? [text(` ${count}`, { color: ink.replace('#', ''), size: 14 })] : []),
        ],
        { alignment: AlignmentType.CENTER },
      ),
    ],
  });
}

function titlePage(report: Report): Block[] {
  return [
    para([text('Legislative gap analysis', { color: ACCENT, bold: true, size: 22 })], {
      spacing: { before: 2400 },
    }),
    new Paragraph({ text: report.title, heading: HeadingLevel.TITLE }),
    para([text(report.subtitle, { size: 28, color: MUTED })]),
    para([text(`Generated ${report.generatedAt}`, { color: MUTED })], { spacing: { before: 600 } }),
    ...(report.catalog ? [para([text(`Standards catalog: ${report.catalog}`, { color: MUTED })])] : []),
    para([text(report.disclaimer, { italics: true, color: MUTED, size: 18 })], { spacing: { before: 2400 } }),
  ];
}

// A TOC field written run by run (begin, instruction, separate, entries, end), as Word writes it:
// LibreOffice shows the instruction as text when all three share one run, as docx's own
// TableOfContents writes them. The entries are cached so the contents read right before the field
// is refreshed (Word does on opening; LibreOffice on Tools › Update).
const fieldChar = (type: 'begin' | 'separate' | 'end') =>
  new TextRun({
    children: [
      new ImportedXmlComponent(
        'w:fldChar',
        type === 'begin' ? { 'w:fldCharType': type, 'w:dirty': 'true' } : { 'w:fldCharType': type },
      ),
    ],
  });

function instruction(code: string): TextRun {
  const instr = new ImportedXmlComponent('w:instrText', { 'xml:space': 'preserve' });
  instr.push(code);
  return new TextRun({ children: [instr] });
}

function contents(report: Report): Block[] {
  const last = report.contents.length - 1;
  return [
    para([text('Contents', { bold: true, size: 32, color: ACCENT })], { pageBreakBefore: true }),
    ...report.contents.map(
      ({ title, level }, i) =>
        new Paragraph({
          style: `TOC${level}`,
          children: [
            ...(i === 0
              ? [fieldChar('begin'), instruction('TOC \\o "1-2" \\h \\z \\u'), fieldChar('separate')]
              : []),
            text(title),
            ...(i === last ? [fieldChar('end')] : []),
          ],
        }),
    ),
  ];
}

function method(report: Report): Block[] {
  const m = report.method;
  return [
    heading(PARTS.method, 1, true),
    ...m.paragraphs.map((p) => new Paragraph(p)),
    heading('Standards', 2),
    table(
      ['Instrument', 'Name', 'Standards'],
      m.frameworks.map((f) => [f.shortName, f.name, String(f.standards)]),
      [2, 7, 1.4],
    ),
    heading('Reviewers', 2),
    m.reviewers.length
      ? table(
          ['Reviewer', 'Decisions', 'From', 'To'],
          m.reviewers.map((r) => [r.name, String(r.decisions), r.from, r.to]),
          [4, 1.5, 2, 2],
        )
      : new Paragraph('No decision recorded yet.'),
    heading('Coverage levels', 2),
    table(
      ['Level', 'Meaning'],
      m.legend.map((l) => [levelCell(l.label, l.fill, l.ink), l.meaning]),
      [1.6, 7],
    ),
  ];
}

function summary(c: CountrySummary): Block[] {
  return [
    heading(c.name, 2),
    new Paragraph(c.overview),
    ...c.ratifications.map((r) => para([muted(r)], { bullet: { level: 0 } })),
    table(
      c.counts.map((x) => x.label),
      [c.counts.map((x) => String(x.count))],
      c.counts.map(() => 1),
    ),
    para([text('Main gaps', { bold: true })], { spacing: { before: 160 }, keepNext: true }),
    ...(c.mainGaps.length
      ? c.mainGaps.map((g) =>
          para(
            [
              text(`${g.provisionId} ${g.title}`, { bold: true }),
              text(` (${g.label})`),
              ...(g.rationale ? [text(`: ${g.rationale}`)] : []),
            ],
            { bullet: { level: 0 } },
          ),
        )
      : [new Paragraph('No standard rated a gap or a contradiction.')]),
  ];
}

function matrixTable(report: Report): Block[] {
  const { columns, groups, note } = report.matrix;
  const span = columns.length + 2;
  const rows: TableRow[] = [
    new TableRow({
      tableHeader: true,
      children: ['Id', 'Standard', ...columns.map((c) => c.name)].map(
        (h) => new TableCell({ children: [new Paragraph(h)] }),
      ),
    }),
  ];
  for (const group of groups) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            columnSpan: span,
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E6ECF4' },
            children: [para([text(group.title, { bold: true, color: ACCENT })], { keepNext: true })],
          }),
        ],
      }),
    );
    for (const row of group.rows) {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ children: [para([muted(row.provisionId)])] }),
            new TableCell({
              children: [para([row.title, ...(row.unverified ? [muted(' (unverified)')] : [])])],
            }),
            ...row.cells.map((c) => levelCell(c.short, c.fill, c.ink, c.evidence)),
          ],
        }),
      );
    }
  }
  // Twips of an A4 page inside its margins: the id, the countries, and the title gets the rest.
  const idWidth = 1900;
  const countryWidth = Math.min(1500, Math.floor(4800 / Math.max(1, columns.length)));
  return [
    heading(PARTS.matrix, 1, true),
    new Table({
      style: TABLE_STYLE,
      width: { size: 5000, type: WidthType.PERCENTAGE },
      columnWidths: [
        idWidth,
        TEXT_WIDTH - idWidth - countryWidth * columns.length,
        ...columns.map(() => countryWidth),
      ],
      rows,
    }),
    para([muted(note)], { spacing: { before: 120 } }),
  ];
}

function quoteBlocks(q: ReportQuote): Block[] {
  return [
    para([text(q.citation, { bold: true }), muted(` · ${q.where}`)], { keepNext: true }),
    ...(q.note ? [para([text(q.note, { italics: true })])] : []),
    ...(q.quote.length
      ? [
          new Paragraph({
            style: 'Quote',
            children: q.quote.map((p) =>
              p.matched ? new TextRun({ text: p.text, bold: true, highlight: 'yellow' }) : text(p.text),
            ),
          }),
        ]
      : []),
    ...(q.byline ? [para([muted(q.byline)])] : []),
  ];
}

function finding(f: Finding): Block[] {
  const blocks: Block[] = [heading(`${f.provisionId} ${f.title}`, 2)];
  if (f.unverified) blocks.push(para([muted(`Unverified: ${f.unverified}`)]));
  if (f.summary) blocks.push(para([text(f.summary, { color: MUTED })]));
  for (const c of f.cells) {
    blocks.push(
      para(
        [
          text(`${c.countryName}: `, { bold: true }),
          text(c.label, { bold: true }),
          ...(c.derived ? [muted(` (${c.derived})`)] : []),
        ],
        {
          keepNext: true,
          spacing: { before: 160 },
        },
      ),
    );
    if (c.rating) {
      blocks.push(para([text('Analyst rating: ', { bold: true }), c.rating.text]));
      if (c.rating.lawsSearched.length)
        blocks.push(para([muted(`Laws searched: ${c.rating.lawsSearched.join('; ')}`)]));
      if (c.rating.cited) blocks.push(para([text(c.rating.cited, { bold: true })]));
      if (c.rating.overridden) blocks.push(para([muted(c.rating.overridden)]));
      blocks.push(para([muted(c.rating.by)]));
    }
    if (c.check) {
      blocks.push(para([text(c.check.text), ...(c.check.by ? [muted(` (${c.check.by})`)] : [])]));
      for (const q of c.check.quotes) {
        blocks.push(para([text(q.citation, { bold: true })], { keepNext: true }));
        blocks.push(new Paragraph({ style: 'Quote', text: q.words }));
      }
    }
    for (const q of c.quotes) blocks.push(...quoteBlocks(q));
  }
  return blocks;
}

function gapEntry(g: GapEntry): Block[] {
  const blocks: Block[] = [
    heading(`${g.provisionId} ${g.title} (${g.label})`, 3),
    ...(g.rationale ? [new Paragraph(g.rationale)] : []),
    ...(g.lawsSearched.length ? [para([muted(`Laws searched: ${g.lawsSearched.join('; ')}`)])] : []),
    ...(g.cited ? [para([text(g.cited, { bold: true })])] : []),
    ...(g.overridden ? [para([muted(g.overridden)])] : []),
  ];
  if (!g.recommendations.length && !g.seeAlso.length)
    blocks.push(para([text('No recommendation recorded yet.', { italics: true, color: MUTED })]));
  for (const r of g.recommendations) {
    blocks.push(
      para([text(`${r.number}. ${r.type}: `, { bold: true, color: ACCENT }), text(r.text)], {
        keepNext: true,
        spacing: { before: 120 },
      }),
      para([muted(r.details)]),
    );
    if (r.evidence.length) blocks.push(para([muted(`Rests on: ${r.evidence.join('; ')}`)]));
    if (r.warning) blocks.push(para([text(r.warning, { color: '7F1D1D', italics: true })]));
  }
  if (g.seeAlso.length) blocks.push(para([muted(`See also ${g.seeAlso.join(', ')} above.`)]));
  return blocks;
}

function gapsOf(country: CountryGaps): Block[] {
  return [
    heading(country.name, 2),
    ...(country.entries.length
      ? country.entries.flatMap(gapEntry)
      : [new Paragraph('No standard rated a gap or a contradiction, and no recommendation recorded.')]),
  ];
}

function annexes(report: Report): Block[] {
  return [
    heading(PARTS.annexLaws, 1, true),
    report.annexLaws.length
      ? table(
          ['Country', 'Law', 'Status', 'Pages', 'Sections', 'Imported'],
          report.annexLaws.map((l) => [
            l.countryName,
            l.ocr ? `${l.title} (${l.ocr})` : l.title,
            l.counted ? l.status : `${l.status}: not counted`,
            String(l.pages),
            String(l.clauses),
            l.importedAt,
          ]),
          [1.6, 5.5, 1.5, 0.8, 0.9, 1.4],
        )
      : new Paragraph('No law imported.'),
    heading(PARTS.annexUnverified, 1, true),
    new Paragraph(ANNEX_UNVERIFIED_INTRO),
    report.annexUnverified.length
      ? table(
          ['Entry', 'Title', 'Why unverified'],
          report.annexUnverified.map((u) => [u.id, u.title, u.note]),
          [2, 4, 5],
        )
      : new Paragraph('Every entry of the instruments shown is verified.'),
  ];
}

/** The report as .docx bytes. */
export async function reportToDocx(report: Report, meta: { creator?: string } = {}): Promise<Uint8Array> {
  const doc = new Document({
    title: report.title,
    subject: report.subtitle,
    creator: meta.creator ?? 'Lexgap',
    description: `Generated by Lexgap ${report.generatedAt}`,
    features: { updateFields: true },
    externalStyles: STYLES_XML,
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } },
        },
        footers: {
          default: new Footer({
            children: [
              para(
                [
                  new TextRun({
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                    color: MUTED,
                    size: 16,
                  }),
                ],
                {
                  alignment: AlignmentType.CENTER,
                  border: { top: { style: BorderStyle.SINGLE, size: 4, color: 'D9DEE4', space: 4 } },
                },
              ),
            ],
          }),
          first: new Footer({ children: [new Paragraph('')] }),
        },
        children: [
          ...titlePage(report),
          ...contents(report),
          ...method(report),
          heading(PARTS.summary, 1, true),
          ...report.countries.flatMap(summary),
          ...matrixTable(report),
          heading(PARTS.findings, 1, true),
          ...(report.findings.length
            ? report.findings.flatMap(finding)
            : [new Paragraph('No clause has been accepted and no cell rated yet.')]),
          heading(PARTS.gaps, 1, true),
          ...report.gaps.flatMap(gapsOf),
          ...annexes(report),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
