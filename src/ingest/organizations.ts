// Organization resolution across articles.
//
// Organizations merge by orgKey (keys.ts): the folded name without generic heads such as
// وزارة/وكالة/قناة/موقع, so "الخارجية الروسية" and "وزارة الخارجية الروسية" are one key and one
// Organization (normalizedName is unique). In order:
//  1. orgKey of the canonical name equals an organization's normalizedName;
//  2. the canonical key or the Latin name (nameEn, folded) is an alias of exactly one organization;
//  3. one of the mention keys is an alias of exactly one organization.
// Ambiguous alias matches (a generic form like "المكتب الصحفي" shared by two organizations)
// decide nothing; then a new organization is created. All lookups are indexed equalities.
import type { Prisma } from '../db/generated/prisma/client.js';
import type { OrganizationKind, Span } from '../attribution/types.js';
import { nameKey, orgKey } from './keys.js';

type Tx = Prisma.TransactionClient;

export interface OrganizationInput {
  name: string;
  nameEn?: string | null;
  kind?: OrganizationKind;
  mentions?: Span[];
  /** Extra names known for it (e.g. the outlet's Latin or short name). */
  aliases?: string[];
}

export interface OrganizationResolution {
  id: number;
  created: boolean;
}

export function organizationLockKeys(org: OrganizationInput): string[] {
  const keys = [`org:${orgKey(org.name)}`];
  if (org.nameEn) keys.push(`org:${nameKey(org.nameEn)}`);
  return keys;
}

export function aliasTexts(org: OrganizationInput): string[] {
  const texts = [org.name, ...(org.mentions ?? []).map((m) => m.text), ...(org.aliases ?? []), ...(org.nameEn ? [org.nameEn] : [])];
  return [...new Set(texts.map((t) => t.trim()).filter(Boolean))];
}

/**
 * Alias rows for the organization's names. An alias is stored under its orgKey, so every lookup
 * by orgKey finds the organization; when another alias of the organization already holds that key
 * ("الخارجية الروسية" and "وزارة الخارجية الروسية" share one), the new surface form is kept under
 * its plain nameKey instead, so that every distinct spelling stays listed.
 */
export function aliasRows(texts: string[], taken: Set<string>, knownTexts: Set<string>): { text: string; normalized: string }[] {
  const rows: { text: string; normalized: string }[] = [];
  for (const text of texts) {
    if (knownTexts.has(text)) continue;
    const normalized = [orgKey(text), nameKey(text)].find((k) => k && !taken.has(k));
    if (!normalized) continue; // the same folded spelling is already there
    taken.add(normalized);
    knownTexts.add(text);
    rows.push({ text, normalized });
  }
  return rows;
}

async function uniqueAliasOwner(tx: Tx, keys: string[]): Promise<number | null> {
  if (!keys.length) return null;
  const rows = await tx.organizationAlias.findMany({
    where: { normalized: { in: keys } },
    select: { organizationId: true },
    distinct: ['organizationId'],
    take: 2,
  });
  return rows.length === 1 ? rows[0].organizationId : null;
}

export async function findOrganization(tx: Tx, org: OrganizationInput): Promise<number | null> {
  const key = orgKey(org.name);
  const byName = await tx.organization.findUnique({ where: { normalizedName: key }, select: { id: true } });
  if (byName) return byName.id;
  const strong = [key, ...(org.nameEn ? [nameKey(org.nameEn)] : []), ...(org.aliases ?? []).map(orgKey)];
  // (An alias is stored under its orgKey unless another alias of the same organization had that
  // key already, so looking up orgKeys finds every organization that has such a form.)
  const byStrongAlias = await uniqueAliasOwner(tx, [...new Set(strong)]);
  if (byStrongAlias) return byStrongAlias;
  const mentionKeys = [...new Set((org.mentions ?? []).map((m) => orgKey(m.text)))].filter((k) => !strong.includes(k));
  return uniqueAliasOwner(tx, mentionKeys);
}

/** Finds or creates the organization and records every name it was seen under as an alias. */
export async function resolveOrganization(tx: Tx, org: OrganizationInput): Promise<OrganizationResolution> {
  const texts = aliasTexts(org);
  const id = await findOrganization(tx, org);
  if (id === null) {
    const created = await tx.organization.create({
      data: {
        name: org.name.trim(),
        nameEn: org.nameEn ?? null,
        kind: org.kind ?? 'other',
        normalizedName: orgKey(org.name),
        aliases: { createMany: { data: aliasRows(texts, new Set(), new Set()), skipDuplicates: true } },
      },
      select: { id: true },
    });
    return { id: created.id, created: true };
  }
  const existing = await tx.organization.findUniqueOrThrow({ where: { id }, select: { nameEn: true, kind: true } });
  const data: Prisma.OrganizationUpdateInput = {};
  if (!existing.nameEn && org.nameEn) data.nameEn = org.nameEn;
  if (existing.kind === 'other' && org.kind && org.kind !== 'other') data.kind = org.kind;
  if (Object.keys(data).length) await tx.organization.update({ where: { id }, data });
  const stored = await tx.organizationAlias.findMany({ where: { organizationId: id }, select: { text: true, normalized: true } });
  const rows = aliasRows(texts, new Set(stored.map((a) => a.normalized)), new Set(stored.map((a) => a.text)));
  if (rows.length) {
    await tx.organizationAlias.createMany({ data: rows.map((a) => ({ ...a, organizationId: id })), skipDuplicates: true });
  }
  return { id, created: false };
}
