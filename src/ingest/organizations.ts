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

function aliasRows(org: OrganizationInput): { text: string; normalized: string }[] {
  const rows: { text: string; normalized: string }[] = [];
  const seen = new Set<string>();
  const add = (text: string | null | undefined, normalized: string) => {
    const t = text?.trim();
    if (!t || !normalized || seen.has(normalized)) return;
    seen.add(normalized);
    rows.push({ text: t, normalized });
  };
  add(org.name, orgKey(org.name));
  for (const m of org.mentions ?? []) add(m.text, orgKey(m.text));
  for (const a of org.aliases ?? []) add(a, orgKey(a));
  if (org.nameEn) add(org.nameEn, nameKey(org.nameEn));
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
  const byStrongAlias = await uniqueAliasOwner(tx, [...new Set(strong)]);
  if (byStrongAlias) return byStrongAlias;
  const mentionKeys = [...new Set((org.mentions ?? []).map((m) => orgKey(m.text)))].filter((k) => !strong.includes(k));
  return uniqueAliasOwner(tx, mentionKeys);
}

/** Finds or creates the organization and records every name it was seen under as an alias. */
export async function resolveOrganization(tx: Tx, org: OrganizationInput): Promise<OrganizationResolution> {
  const aliases = aliasRows(org);
  const id = await findOrganization(tx, org);
  if (id === null) {
    const created = await tx.organization.create({
      data: {
        name: org.name.trim(),
        nameEn: org.nameEn ?? null,
        kind: org.kind ?? 'other',
        normalizedName: orgKey(org.name),
        aliases: { createMany: { data: aliases, skipDuplicates: true } },
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
  await tx.organizationAlias.createMany({
    data: aliases.map((a) => ({ ...a, organizationId: id })),
    skipDuplicates: true,
  });
  return { id, created: false };
}
