// Review shows, by default, each clause's best few suggestions: tagging keeps every instrument's
// own best five, which is many per clause when no instrument is chosen.

/** The first `count` of each clause's suggestions by score (all where `count` is 0), in list order. */
export function bestPerClause<T extends { clauseId: string; score: number }>(items: T[], count: number): T[] {
  if (!count) return items;
  const byClause = new Map<string, T[]>();
  for (const item of items) {
    const list = byClause.get(item.clauseId);
    if (list) list.push(item);
    else byClause.set(item.clauseId, [item]);
  }
  const kept = new Set<T>();
  for (const list of byClause.values())
    for (const item of list.length > count
      ? [...list].sort((a, b) => b.score - a.score).slice(0, count)
      : list)
      kept.add(item);
  return items.filter((item) => kept.has(item));
}
