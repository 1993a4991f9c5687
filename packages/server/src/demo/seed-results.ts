import type { Role } from '@motcua/core';
import { sql } from 'kysely';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { loadEvents } from '../modules/dossiers/dossier.repository.js';
import { issueResultDocument } from '../modules/results/issue-result.js';
import { bindResultServices } from '../modules/results/result-services.js';
import { createDemoPkcs12, DEMO_PASSPHRASE } from '../modules/signing/demo-certificate.js';
import { loadSecretBox } from '../modules/signing/secret-box.js';
import { findActiveCertificate } from '../modules/signing/signing.repository.js';
import { uploadCertificate } from '../modules/signing/upload-certificate.js';
import type { FileStore } from '../storage/file-store.js';
import { LAM_DONG } from './demo-data.js';

const DEMO_TEMPLATE = {
  procedure_code: '1.002952',
  title: 'CHỨNG CHỈ HÀNH NGHỀ DƯỢC',
  body:
    'Căn cứ Luật Dược ngày 06 tháng 4 năm 2016; xét hồ sơ số {{dossier.code}} đề nghị "{{procedure.name}}",\n' +
    '{{agency.name}} cấp Chứng chỉ hành nghề dược cho ông/bà {{applicant.name}}, ' +
    'địa chỉ {{applicant.address}}.\nChứng chỉ số {{result.number}} cấp ngày {{result.issuedAt}}.',
  register_symbol: 'CCHND-SYT',
};

/**
 * Demo mode, after the app is built (issuing needs the file store): installs the self-signed demo
 * certificate "CN=Sở Y tế tỉnh Lâm Đồng" through the real upload use case, saves a template for
 * the pharmacist's licence, and gives the three most recently issued demo dossiers (any procedure; others use the default template) their signed
 * results (the seed issued them before signing was available). Dossiers still awaiting `issue`
 * get theirs when the records office issues them in the demo.
 */
export async function seedDemoResults(db: Db, config: Config, files: FileStore, now: Date): Promise<number> {
  const agency = await db.selectFrom('agency').select('id').where('code', '=', LAM_DONG.code).executeTakeFirstOrThrow();
  const secrets = loadSecretBox(config);
  const origin = { agencyId: agency.id, actorId: null, actorName: 'demo-seed', requestId: null, clientIp: null };
  if (!(await findActiveCertificate(db, agency.id))) {
    const pkcs12 = Buffer.from(await createDemoPkcs12()).toString('base64');
    await uploadCertificate(db, secrets, origin, null, { pkcs12Base64: pkcs12, passphrase: DEMO_PASSPHRASE }, now);
  }
  await db
    .insertInto('result_template')
    .values({ agency_id: agency.id, ...DEMO_TEMPLATE, updated_at: now, updated_by: null })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const services = bindResultServices(files, config);
  const issued = await db
    .selectFrom('dossier')
    .innerJoin('dossier_event', (j) =>
      j.onRef('dossier_event.agency_id', '=', 'dossier.agency_id').onRef('dossier_event.dossier_id', '=', 'dossier.id'),
    )
    .selectAll('dossier')
    .select(['dossier_event.at as issued_at', 'dossier_event.actor_id as issuer_id'])
    .where('dossier.agency_id', '=', agency.id)
    .where('dossier_event.action', '=', 'issue')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('result_document').select('id').whereRef('result_document.dossier_id', '=', 'dossier.id'),
        ),
      ),
    )
    // The pharmacist's licence (a person's, so the public page masks the name) comes first.
    .orderBy(sql`dossier.procedure_code = ${DEMO_TEMPLATE.procedure_code}`, 'desc')
    .orderBy('dossier_event.at', 'desc')
    .limit(3)
    .execute();
  let count = 0;
  // Oldest first, so register numbers follow the issue dates.
  for (const dossier of issued.reverse()) {
    const issuer = await db
      .selectFrom('app_user')
      .selectAll()
      .where('agency_id', '=', agency.id)
      .where('id', '=', dossier.issuer_id ?? '')
      .executeTakeFirstOrThrow();
    const ctx = {
      actor: {
        userId: issuer.id,
        agencyId: agency.id,
        username: issuer.username,
        fullName: issuer.full_name,
        role: issuer.role as Role,
        unitId: issuer.unit_id,
      },
      requestId: 'demo-seed',
      clientIp: null,
    };
    await db.transaction().execute(async (tx) => {
      const events = await loadEvents(tx, agency.id, dossier.id);
      const before = events.filter((e) => new Date(e.at) < dossier.issued_at);
      const made = await issueResultDocument(tx, ctx, dossier, before, dossier.issued_at, services);
      if (made.resultId) count++;
    });
  }
  return count;
}
