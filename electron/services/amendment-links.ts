// Amendment links kept up to date with the library: after an import, every amending act of the
// country is matched again to the law it names (shared/amendments/propose-amendments.ts); a link the
// analyst confirmed or dismissed keeps its status, and every link's sections follow the current texts.
import {
  amendedSections,
  isAmendingTitle,
  proposeAmendments,
} from '../../shared/amendments/propose-amendments';
import {
  amendedByLinksChange,
  amendmentTookEffect,
  type AmendedByLinks,
} from '../../shared/lifecycle/amended-by-links';
import type { Amendment, AuditInput } from '../../shared/model';
import type { StoreReads, StoreTx } from '../store/store';

const key = (amending: string, amended: string) => `${amending}\u0000${amended}`;

/** Proposes new links for the country's amending acts and refreshes the sections of its links. */
export async function refreshAmendmentLinks(tx: StoreTx, country: string, now: string): Promise<Amendment[]> {
  const docs = await tx.listDocuments(country);
  const clausesOf = async (id: string) => tx.listClauses(id);
  const laws = await Promise.all(
    docs.map(async (d) => ({
      id: d.id,
      title: d.title,
      year: d.year,
      country: d.country,
      clauses: isAmendingTitle(d.title) ? await clausesOf(d.id) : [],
    })),
  );
  const existing = new Map<string, Amendment>();
  for (const d of docs)
    for (const a of await tx.listAmendments(d.id))
      existing.set(key(a.amendingDocumentId, a.amendedDocumentId), a);
  const wanted = new Map<string, Omit<Amendment, 'sections'>>();
  for (const a of existing.values()) wanted.set(key(a.amendingDocumentId, a.amendedDocumentId), a);
  for (const p of proposeAmendments(laws)) {
    const k = key(p.amendingDocumentId, p.amendedDocumentId);
    if (!wanted.has(k)) wanted.set(k, { ...p, status: 'proposed', reviewer: null, at: now });
  }
  const saved: Amendment[] = [];
  for (const [k, link] of wanted) {
    const sections = amendedSections(
      { clauses: await clausesOf(link.amendingDocumentId) },
      { clauses: await clausesOf(link.amendedDocumentId) },
    );
    const before = existing.get(k);
    const next = { ...link, sections };
    if (!before || JSON.stringify(before.sections) !== JSON.stringify(sections)) await tx.saveAmendment(next);
    saved.push(next);
  }
  return saved;
}

/**
 * The links as stored, their sections read from the current texts: a clause renumbered by a correction
 * ("s. 1 read from “. 2.”") or a new version of either act shows at once in what cites it.
 */
export async function currentAmendments(reads: StoreReads, documentId?: string): Promise<Amendment[]> {
  const clauses = new Map<string, Awaited<ReturnType<StoreReads['listClauses']>>>();
  const clausesOf = async (id: string) => {
    let list = clauses.get(id);
    if (!list) clauses.set(id, (list = await reads.listClauses(id)));
    return { clauses: list };
  };
  const links = await reads.listAmendments(documentId);
  return Promise.all(
    links.map(async (a) => ({
      ...a,
      sections: amendedSections(await clausesOf(a.amendingDocumentId), await clausesOf(a.amendedDocumentId)),
    })),
  );
}

/** The audit action of a law's status and amendment date set by its confirmed amending acts. */
export const AMENDED_BY_LINKS = 'amended_by_links';

/**
 * Sets the law's status and amendment date from its confirmed amending acts
 * (shared/lifecycle/amended-by-links.ts), inside the caller's write; returns the audit entry of the
 * change, or none when the law stays as it is (or is gone).
 */
export async function applyConfirmedAmendments(
  tx: StoreTx,
  amendedId: string,
  actor: string,
): Promise<AuditInput[]> {
  const doc = await tx.getDocument(amendedId);
  if (!doc) return [];
  const confirmed: { documentId: string; tookEffect: string | null }[] = [];
  for (const a of await tx.listAmendments(amendedId)) {
    if (a.amendedDocumentId !== amendedId || a.status !== 'confirmed') continue;
    const amending = await tx.getDocument(a.amendingDocumentId);
    if (amending) confirmed.push({ documentId: amending.id, tookEffect: amendmentTookEffect(amending) });
  }
  const last = (await tx.listAudit(amendedId)).find((e) => e.action === AMENDED_BY_LINKS)?.after as
    | AmendedByLinks
    | undefined;
  const before = { status: doc.status, amendedOn: doc.amendedOn };
  const change = amendedByLinksChange(before, last, confirmed);
  if (!change) return [];
  await tx.updateDocument(amendedId, { status: change.status, amendedOn: change.amendedOn });
  return [
    { actor, action: AMENDED_BY_LINKS, entity: 'document', entityId: amendedId, before, after: change },
  ];
}

/** `applyConfirmedAmendments` for each law, in turn. */
export async function applyConfirmedAmendmentsTo(
  tx: StoreTx,
  amendedIds: readonly string[],
  actor: string,
): Promise<AuditInput[]> {
  const audit: AuditInput[] = [];
  for (const id of amendedIds) audit.push(...(await applyConfirmedAmendments(tx, id, actor)));
  return audit;
}

/** The laws this one is confirmed to amend (document ids). */
export async function lawsAmendedBy(reads: StoreReads, amendingId: string): Promise<string[]> {
  return (await reads.listAmendments(amendingId))
    .filter((a) => a.amendingDocumentId === amendingId && a.status === 'confirmed')
    .map((a) => a.amendedDocumentId);
}
