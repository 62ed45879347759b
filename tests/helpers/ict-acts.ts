// The Islamabad Capital Territory Child Protection Act 2018 and the (Amendment) Act, 2022 that amends
// it, imported as Pakistani laws: the pair the amendment tests work on.
import type { LexgapApi } from '../../shared/api/contract';
import { law } from './paths';

export async function importIctActs(api: LexgapApi): Promise<{ amendedId: string; amendingId: string }> {
  const imported = await api.importDocuments({
    files: [
      { path: law('PK/Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf') },
      { path: law('PK/Islamabad_Capital_Territory_Child_Protection_Amendment_Act.pdf') },
    ],
    country: 'PK',
  });
  const [amendedId, amendingId] = imported.documents.map((d) => d.id);
  return { amendedId, amendingId };
}
