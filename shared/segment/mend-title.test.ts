import { describe, expect, it } from 'vitest';
import { mendTitleFromFileName } from './mend-title';

// A small sorted word list stands in for the English one.
const words = ['act', 'alert', 'and', 'guardians', 'justice', 'juvenile', 'recovery', 'response', 'system'];

describe('a title mended from the file name', () => {
  it('takes the name’s spelling of words OCR garbled, keeping the title’s punctuation', () => {
    expect(
      mendTitleFromFileName(
        'Zainab Alcr! Response and Recovery Act, 2020',
        'Zainab_Alert_Response_and_Recovery_Act_2020.pdf',
        words,
      ),
    ).toBe('Zainab Alert Response and Recovery Act, 2020');
    expect(
      mendTitleFromFileName(
        'Juvcnilc Justicc System (Amendment) Act',
        'Juvenile_Justice_System_Amendment_Act_2022.pdf',
        words,
      ),
    ).toBe('Juvenile Justice System (Amendment) Act');
  });

  it('where most words are the name’s own, mends words garbled further and keeps a year the name lacks', () => {
    // As OCR read the ICT Child Protection (Amendment) Act's short title; four of its seven words are the name's.
    expect(
      mendTitleFromFileName(
        "lslarnabad Capital Territory Child Prorcclron (Arnend'renr) Act, 2022",
        'Islamabad_Capital_Territory_Child_Protection_Amendment_Act.pdf',
        words,
      ),
    ).toBe('Islamabad Capital Territory Child Protection (Amendment) Act, 2022');
    // Half the words the name's, but one garbled past six tenths of its letters: the title stands.
    expect(mendTitleFromFileName('Xqzvbn Justice Act', 'Juvenile_Justice_Act.pdf', words)).toBe(
      'Xqzvbn Justice Act',
    );
    // Two words in three garbled: too little corroboration for more than two edits.
    expect(mendTitleFromFileName('Jvcnlc Jstcc Act', 'Juvenile_Justice_Act.pdf', words)).toBe(
      'Jvcnlc Jstcc Act',
    );
  });

  it('keeps a title the name spells otherwise in real words, or names something else', () => {
    // "Guardian" is a word: the printed title stands, although the file says "Guardians".
    expect(
      mendTitleFromFileName(
        'Guardian and Wards Act, 1890',
        'Guardians_and_Wards_Act_1890.pdf',
        [...words, 'guardian'].sort(),
      ),
    ).toBe('Guardian and Wards Act, 1890');
    expect(mendTitleFromFileName('Juvcnilc Justicc System Act', 'scan_0001.pdf', words)).toBe(
      'Juvcnilc Justicc System Act',
    );
    // The name's words do not follow the title's one for one.
    expect(mendTitleFromFileName('Zainab Alcr! Act', 'Zainab_Alert_Response_Act.pdf', words)).toBe(
      'Zainab Alcr! Act',
    );
  });
});
