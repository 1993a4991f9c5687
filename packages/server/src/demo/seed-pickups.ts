import { CollectPickupRequest, CreatePickupRequest, ProcedureContent, type Role } from '@motcua/core';
import type { Db } from '../db/database.js';
import type { RequestContext } from '../modules/auth/actor.js';
import { findVersionInForce } from '../modules/catalog/procedure.repository.js';
import { createHandover } from '../modules/postal/create-handover.js';
import { assignPickup, collectPickup, requestPickup } from '../modules/postal/pickups.js';
import { LAM_DONG } from './demo-data.js';

const HOUR_MS = 3_600_000;

/** Four pickup orders of today, one per step, so the counter and the courier each have work to show. */
const PICKUPS = [
  { name: 'Đinh Thị Hồng', phone: '0912555101', address: '14 Bùi Thị Xuân, phường Xuân Hương, Lâm Đồng', step: 0 },
  { name: 'Trịnh Văn Phúc', phone: '0912555102', address: '3 Yersin, phường Lâm Viên, Lâm Đồng', step: 1 },
  { name: 'Mai Thị Lan', phone: '0912555103', address: '88 Hai Bà Trưng, phường Cam Ly, Lâm Đồng', step: 2 },
  { name: 'Tạ Văn Khôi', phone: '0912555104', address: '27 Nguyễn Văn Trỗi, phường Xuân Hương, Lâm Đồng', step: 3 },
] as const;
const PROCEDURE = '1.002952';

/**
 * Demo pickups through the real use cases: requested (public page), assigned to the courier
 * buuta, collected with the fee and postal charge, and collected and on a post → counter record
 * waiting for the counter's confirmation.
 */
export async function seedPickups(db: Db, now: Date): Promise<void> {
  const agency = await db.selectFrom('agency').select('id').where('code', '=', LAM_DONG.code).executeTakeFirstOrThrow();
  const as = async (username: string): Promise<RequestContext> => {
    const u = await db
      .selectFrom('app_user')
      .select(['id', 'username', 'full_name', 'role', 'unit_id'])
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    const actor = {
      userId: u.id,
      agencyId: agency.id,
      username: u.username,
      fullName: u.full_name,
      role: u.role as Role,
      unitId: u.unit_id,
    };
    return { actor, requestId: 'demo-seed', clientIp: null };
  };
  const [clerk, courier] = [await as('buudien'), await as('buuta')];
  const version = await findVersionInForce(db, agency.id, PROCEDURE, now);
  if (!version) return;
  const documents = ProcedureContent.parse(version.content).documents.map((d, ord) => ({
    ord,
    received: true,
    form: d.form === 'original_or_copy' || d.form === null ? 'copy' : d.form,
    copies: d.copies,
  }));
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR_MS);
  for (const [i, p] of PICKUPS.entries()) {
    const request = CreatePickupRequest.parse({
      procedureCode: PROCEDURE,
      applicantName: p.name,
      phone: p.phone,
      address: p.address,
      preferredTime: 'Trong giờ hành chính',
    });
    const { id } = await requestPickup(
      db,
      agency.id,
      i === 0
        ? {
            kind: 'public',
            origin: { agencyId: agency.id, actorId: null, actorName: 'public', requestId: 'demo-seed', clientIp: null },
          }
        : { kind: 'counter', ctx: clerk },
      request,
      at(6),
    );
    if (p.step < 1) continue;
    await assignPickup(db, clerk, id, courier.actor.userId, at(5));
    if (p.step < 2) continue;
    const collect = CollectPickupRequest.parse({
      documents,
      sealNumber: `NB-DEMO-${String(i).padStart(4, '0')}`,
      payments: [
        { kind: 'fee', amountVnd: 500_000, receiptNumber: `BL-DEMO-${i}` },
        { kind: 'postal_charge', amountVnd: 35_000, receiptNumber: `CP-DEMO-${i}` },
      ],
    });
    await collectPickup(db, courier, id, collect, at(4));
    if (p.step < 3) continue;
    await createHandover(db, courier, { direction: 'post_to_counter', items: [{ id }], note: '' }, at(3));
  }
}
