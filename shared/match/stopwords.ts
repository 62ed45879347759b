// Function words that carry no topic; left out of the ranking signal but kept for phrase matching.
const EN = `a an the of and or to in on at by for from with within without as is are was were be been
being shall may must will would should can could not no any all such this that these those it its
their they them he she his her him who whom which what where when whether if than then there thereof
therein thereto hereby herein other same into upon so but also each every either neither nor
do does done has have had made make person section subsection paragraph act part chapter provided
provision said one two`;
const MS = `yang dan atau di ke dari pada dalam bagi untuk dengan oleh ini itu tersebut adalah ialah
akan telah boleh hendaklah tidak mana mana-mana apa-apa suatu sesuatu seseorang tiap setiap semua
sebagai secara jika apabila jika sekiranya maka tetapi juga lain atas bawah seksyen subseksyen
perenggan akta bahagian pasal ayat huruf undang-undang orang`;
const VI = `và của các những được có là cho theo tại trong với về này đó khi nếu thì để do bị
không một hai từ đến hoặc như điều khoản luật chương mục người`;

const LISTS: Record<string, Set<string>> = {
  en: new Set(EN.split(/\s+/)),
  ms: new Set(MS.split(/\s+/)),
  id: new Set(MS.split(/\s+/)),
  vi: new Set(VI.split(/\s+/)),
};

/** Whether a lower-cased word is a function word of the language. */
export function isStopword(word: string, language: string): boolean {
  return LISTS[language]?.has(word) ?? false;
}
