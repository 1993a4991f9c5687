import type { ProcedureContent } from '@motcua/core';
import { useEffect, useState } from 'react';
import { getJson } from '../../api/client.js';
import { emptyDraft, type ReceptionDraft } from '../dossiers/reception-draft.js';
import type { PickupView } from './postal-counter-api.js';

export type PickupPrefill = { procedureCode: string; draftFor: (content: ProcedureContent) => ReceptionDraft };

/**
 * Reception of a handed-over pickup package (`/tiep-nhan-ho-so?pickup=<id>`): the postal
 * channel, the applicant's name, phone and address and the courier's document check come from the
 * pickup order; the clerk completes the identity fields and receives as for any postal dossier.
 */
export function usePickupPrefill(): PickupPrefill | null {
  const [id] = useState(() => new URLSearchParams(window.location.search).get('pickup'));
  const [pickup, setPickup] = useState<PickupView | null>(null);
  useEffect(() => {
    if (!id) return;
    const controller = new AbortController();
    getJson<PickupView>(`/api/pickups/${encodeURIComponent(id)}`, { signal: controller.signal }).then(
      (view) => setPickup(view.status === 'handed_over' ? view : null),
      () => {},
    );
    return () => controller.abort();
  }, [id]);
  if (!pickup) return null;
  return {
    procedureCode: pickup.procedureCode,
    draftFor: (content) => {
      const empty = emptyDraft(content);
      return {
        ...empty,
        channel: 'post',
        applicant: {
          ...empty.applicant,
          name: pickup.applicantName,
          phone: pickup.phone,
          address: pickup.address,
        },
        documents: empty.documents.map((doc, ord) => {
          const got = pickup.documents.find((d) => d.ord === ord);
          return got?.received ? { received: true, form: got.form ?? doc.form, copies: String(got.copies) } : doc;
        }),
        returnMethod: 'post',
        returnAddress: pickup.address,
        pickupId: pickup.id,
      };
    },
  };
}
