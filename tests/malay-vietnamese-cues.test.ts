// Malay and Vietnamese laws get suggestions from cues in their own language: every substantive
// article of the instruments the gold uses therefore carries Malay and Vietnamese cues (OPAC 7, C138
// 4 and 5, C182 1, 2 and 8 were the last without), and short real provisions of Viet Nam's Labour
// Code find the C138 or C182 article they implement among the first five.
import { describe, expect, it } from 'vitest';
import { missingCues, statuteMatcher, type StatuteCase as Case } from './helpers/statute-cases';

const { catalog, topFive } = statuteMatcher();

const VIETNAMESE: Case[] = [
  {
    // Bộ luật Lao động 2019 (Labour Code No. 45/2019/QH14), Điều 143 khoản 1: who is a minor worker.
    source: 'Labour Code 2019 art. 143(1)',
    title: 'Bộ luật Lao động 2019',
    text: 'Lao động chưa thành niên là người lao động chưa đủ 18 tuổi.',
    expected: 'C182.2',
  },
  {
    // The same article, khoản 3: light work from 13 (C138 7 keeps its place beside the C182 2 cues).
    source: 'Labour Code 2019 art. 143(3)',
    title: 'Bộ luật Lao động 2019',
    text: 'Người từ đủ 13 tuổi đến chưa đủ 15 tuổi chỉ được làm công việc nhẹ theo danh mục do Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành.',
    expected: 'C138.7',
  },
];

describe('Malay and Vietnamese cues', () => {
  it('every substantive article of the CRC, its protocols on sale and armed conflict, C138 and C182 has Malay and Vietnamese cues', () => {
    // Some older ones have phrases only, which is enough for a suggestion.
    expect(missingCues(catalog, ['ms', 'vi'], (c) => !!c?.phrases.length)).toEqual([]);
  });

  it.each(VIETNAMESE)('a Vietnamese provision ($source) finds $expected among its first five', (c) => {
    expect(topFive(c, 'vi')).toContain(c.expected);
  });
});
