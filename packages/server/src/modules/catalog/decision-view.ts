import type { Decision } from '@motcua/core';

type Row = {
  id: string;
  number: string;
  title: string;
  signed_on: string;
  signer: string;
  effective_from: string;
  status: 'draft' | 'published';
  published_at: Date | null;
  change_count?: number | null;
};

export function toDecision(row: Row): Decision {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    signedOn: row.signed_on,
    signer: row.signer,
    effectiveFrom: row.effective_from,
    status: row.status,
    publishedAt: row.published_at?.toISOString() ?? null,
    changeCount: Number(row.change_count ?? 0),
  };
}
