import { DEFAULT_ESCALATION_SLA_HOURS, HOUR_MS, DAY_MS, type OpenEscalationRequest, type Role } from '@motcua/core';
import type { Db } from '../db/database.js';
import type { RequestContext } from '../modules/auth/actor.js';
import { moveEscalation } from '../modules/escalations/move-escalation.js';
import { openEscalation, type EscalationDeps } from '../modules/escalations/open-escalation.js';
import type { FileStore } from '../storage/file-store.js';
import { LAM_DONG } from './demo-data.js';

/** The demo threads carry no files, so the seed needs no file store. */
const NO_FILES: FileStore = {
  put: () => Promise.reject(new Error('the demo escalations have no attachments')),
  get: () => Promise.reject(new Error('the demo escalations have no attachments')),
  has: () => Promise.resolve(false),
};

type Step = { move: 'answer' | 'resolve' | 'follow_up'; by: 'counter' | 'focal'; after: number; body: string };
type Story = { ago: number; input: Omit<OpenEscalationRequest, 'attachments'>; steps: Step[] };

const procedure = (code: string, category: OpenEscalationRequest['category'], title: string, body: string) => ({
  subject: 'procedure' as const,
  dossierCode: null,
  procedureCode: code,
  category,
  title,
  body,
});

/**
 * A handful of escalations of Sở Y tế tỉnh Lâm Đồng between the counter (buudien) and the focal
 * officer (daumoi), through the real use cases: two resolved (found by the answer search), one
 * answered, one overdue, one just opened, one about a demo dossier.
 */
export async function seedEscalations(db: Db, now: Date): Promise<number> {
  const agency = await db.selectFrom('agency').select('id').where('code', '=', LAM_DONG.code).executeTakeFirstOrThrow();
  const counter = await contextOf(db, agency.id, 'counter_clerk');
  const focal = await contextOf(db, agency.id, 'focal_officer');
  const deps: EscalationDeps = { db, files: NO_FILES, defaultSlaHours: DEFAULT_ESCALATION_SLA_HOURS };
  const dossier = await db
    .selectFrom('dossier')
    .select('code')
    .where('agency_id', '=', agency.id)
    .where('state', '=', 'received')
    .where('code', 'is not', null)
    .orderBy('received_at', 'desc')
    .executeTakeFirst();
  const stories: Story[] = [
    {
      ago: 20 * DAY_MS,
      input: procedure(
        '1.002952',
        'fees',
        'Mức lệ phí cấp Chứng chỉ hành nghề dược sau khi sửa đổi',
        'Công dân hỏi lệ phí cấp chứng chỉ hành nghề dược đã tăng chưa và áp dụng từ ngày nào?',
      ),
      steps: [
        {
          move: 'answer',
          by: 'focal',
          after: 3 * HOUR_MS,
          body: 'Theo Quyết định 456/QĐ-UBND, lệ phí là 600.000 đồng, áp dụng cho hồ sơ nộp từ ngày 15/3/2026.',
        },
        { move: 'resolve', by: 'counter', after: 4 * HOUR_MS, body: 'Đã hướng dẫn công dân nộp đúng mức lệ phí.' },
      ],
    },
    {
      ago: 12 * DAY_MS,
      input: procedure(
        '1.002952',
        'documents',
        'Có cần bản sao sổ hộ khẩu khi nộp hồ sơ không?',
        'Công dân mang theo bản sao sổ hộ khẩu, có phải nhận vào thành phần hồ sơ không?',
      ),
      steps: [
        {
          move: 'answer',
          by: 'focal',
          after: 2 * HOUR_MS,
          body: 'Không yêu cầu sổ hộ khẩu; thông tin cư trú được tra cứu từ Cơ sở dữ liệu quốc gia về dân cư.',
        },
        { move: 'resolve', by: 'counter', after: 3 * HOUR_MS, body: 'Đã rõ, cảm ơn.' },
      ],
    },
    {
      ago: 2 * DAY_MS,
      input: procedure(
        '1.002952',
        'procedure_content',
        'Thời hạn giấy chứng nhận sức khỏe',
        'Giấy chứng nhận sức khỏe cấp 13 tháng trước có còn được chấp nhận không?',
      ),
      steps: [
        {
          move: 'answer',
          by: 'focal',
          after: HOUR_MS,
          body: 'Không: giấy chứng nhận sức khỏe có giá trị 12 tháng; đề nghị công dân khám lại.',
        },
      ],
    },
    {
      ago: 5 * DAY_MS,
      input: procedure(
        '1.002952',
        'system',
        'Không in được phiếu hẹn trả kết quả',
        'Máy in tại quầy báo lỗi khi in phiếu hẹn từ hệ thống, đã thử lại nhiều lần.',
      ),
      steps: [],
    },
    ...(dossier?.code
      ? [
          {
            ago: 30 * 60_000,
            input: {
              subject: 'dossier' as const,
              dossierCode: dossier.code,
              procedureCode: null,
              category: 'documents' as const,
              title: 'Hồ sơ thiếu bản dịch công chứng văn bằng',
              body: 'Văn bằng tiếng nước ngoài chưa có bản dịch công chứng: tiếp nhận và hẹn bổ sung, hay từ chối?',
            },
            steps: [],
          },
        ]
      : []),
  ];
  for (const story of stories) {
    let at = new Date(now.getTime() - story.ago);
    const { id } = await openEscalation(deps, counter, { ...story.input, attachments: [] }, at);
    for (const step of story.steps) {
      at = new Date(at.getTime() + step.after);
      await moveEscalation(
        deps,
        step.by === 'focal' ? focal : counter,
        id,
        step.move,
        { body: step.body, attachments: [] },
        at,
      );
    }
  }
  return stories.length;
}

async function contextOf(db: Db, agencyId: string, role: Role): Promise<RequestContext> {
  const demo = LAM_DONG.users.find((u) => u.role === role);
  if (!demo) throw new Error(`no demo ${role}`);
  const user = await db
    .selectFrom('app_user')
    .select(['id', 'username', 'full_name', 'unit_id'])
    .where('agency_id', '=', agencyId)
    .where('username', '=', demo.username)
    .executeTakeFirstOrThrow();
  return {
    actor: { userId: user.id, agencyId, username: user.username, fullName: user.full_name, role, unitId: user.unit_id },
    requestId: 'demo-seed',
    clientIp: null,
  };
}
