// A recommendation as tests write one: on Pakistan's CRC.1 cell, citing a law.
import type { RecommendationInput } from '../../shared/api/contract';

export function recommendationCiting(
  documentId: string,
  text = 'Raise the minimum age of marriage to 18 for girls and boys.',
): RecommendationInput {
  return {
    cells: [{ country: 'PK', provisionId: 'CRC.1' }],
    type: 'amend',
    text,
    priority: 'high',
    origin: 'analysis',
    evidence: [documentId],
  };
}
