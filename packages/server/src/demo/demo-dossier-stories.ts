import type { ActionRequest, Applicant, DossierAction, ProcedureContent } from '@motcua/core';
import type { Rng } from './demo-applicants.js';

/**
 * What happens to each demo dossier, as a story: the actions taken on it, each `at` so many
 * working days after reception, and `ago`, how many working days before the seed's "now" it was
 * received. Times are relative to the procedure's statutory time `t` (working days), so "late"
 * means late whatever the procedure. The counts give a few dozen dossiers in every state.
 */
export type StoryStep = readonly [action: DossierAction, at: number];
export type StoryPlan = { ago: number; steps: StoryStep[] };
export type Story = {
  name: string;
  count: number;
  /** Online only, for the online queue; otherwise at the counter, by post or online. */
  isOnlineOnly?: boolean;
  plan: (t: number, r: Rng) => StoryPlan;
};

/** Transferred the same half-day, assigned within about a working day (DOMAIN.md §5.2). */
const intake = (r: Rng): StoryStep[] => [
  ['transfer_to_unit', r.between(0.05, 0.4)],
  ['assign', r.between(0.6, 1.4)],
];
/** When review can start: after intake. */
const REVIEW = 1.5;

/** From the specialist's draft to the issued result: the head checks, the leader approves. */
function decide(r: Rng, from: number, issueAt: number, proposal: DossierAction = 'propose_result'): StoryStep[] {
  const proposeAt = Math.max(from + 0.1, issueAt - r.between(1, 2.5));
  const span = issueAt - proposeAt;
  return [
    [proposal, proposeAt],
    ['check', proposeAt + span * 0.35],
    ['approve', proposeAt + span * 0.7],
    ['issue', issueAt],
  ];
}

/** The story as it stands `min`–`max` working days after its last step. */
function then(steps: StoryStep[], r: Rng, min: number, max: number): StoryPlan {
  return { steps, ago: (steps.at(-1)?.[1] ?? 0) + r.between(min, max) };
}

function returned(steps: StoryStep[], r: Rng): StoryPlan {
  const issuedAt = steps.at(-1)?.[1] ?? 0;
  return then([...steps, ['return_result', issuedAt + r.between(0.2, 3)]], r, 0.3, 70);
}

/** A supplement (or payment) wait of `pause` working days from `at`; the clock stops meanwhile. */
function wait(kind: 'supplement' | 'payment', at: number, pause: number): StoryStep[] {
  return kind === 'supplement'
    ? [
        ['request_supplement', at],
        ['record_supplement', at + pause],
      ]
    : [
        ['request_payment', at],
        ['confirm_payment', at + pause],
      ];
}

function returnedAfterWait(kind: 'supplement' | 'payment', t: number, r: Rng): StoryPlan {
  const at = REVIEW + r.between(0.3, 2);
  const pause = r.between(1, 6);
  const issueAt = Math.max(at + pause + 1.5, t * r.between(0.5, 0.8) + pause);
  return returned([...intake(r), ...wait(kind, at, pause), ...decide(r, at + pause, issueAt)], r);
}

export const STORIES: Story[] = [
  { name: 'online, waiting for the counter', count: 3, isOnlineOnly: true, plan: (_t, r) => then([], r, 0.05, 1.2) },
  {
    name: 'online, refused at reception',
    count: 2,
    isOnlineOnly: true,
    plan: (_t, r) => then([['refuse_online', 0]], r, 1, 40),
  },
  { name: 'received, to transfer', count: 3, plan: (_t, r) => then([], r, 0.02, 0.3) },
  {
    name: 'at the unit, to assign',
    count: 4,
    plan: (_t, r) => then([['transfer_to_unit', r.between(0.05, 0.3)]], r, 0.1, 1),
  },
  {
    name: 'under review, within time',
    count: 3,
    plan: (t, r) => ({ steps: intake(r), ago: Math.max(2, t * r.between(0.2, 0.6)) }),
  },
  { name: 'under review, due soon', count: 3, plan: (t, r) => ({ steps: intake(r), ago: t - r.between(0.15, 0.6) }) },
  { name: 'under review, overdue', count: 3, plan: (t, r) => ({ steps: intake(r), ago: t + r.between(1, 6) }) },
  {
    name: 'sent back by the head of unit',
    count: 1,
    plan: (t, r) => {
      const at = Math.max(REVIEW, t * 0.4);
      return then([...intake(r), ['propose_result', at], ['send_back', at + 0.5]], r, 0.2, 2);
    },
  },
  {
    name: 'waiting for a supplement',
    count: 3,
    plan: (_t, r) => then([...intake(r), ['request_supplement', REVIEW + r.between(0.3, 3)]], r, 0.5, 10),
  },
  {
    name: 'waiting for payment',
    count: 2,
    plan: (_t, r) => then([...intake(r), ['request_payment', REVIEW + r.between(0.3, 3)]], r, 0.5, 6),
  },
  {
    name: 'result proposed',
    count: 2,
    plan: (t, r) => then([...intake(r), ['propose_result', Math.max(REVIEW, t * r.between(0.3, 0.8))]], r, 0.1, 1.5),
  },
  {
    name: 'refusal proposed',
    count: 2,
    plan: (t, r) => then([...intake(r), ['propose_refusal', Math.max(REVIEW, t * r.between(0.3, 0.8))]], r, 0.1, 1.5),
  },
  {
    name: 'awaiting approval',
    count: 2,
    plan: (t, r) => then([...intake(r), ...decide(r, REVIEW, Math.max(3, t * 0.7)).slice(0, 2)], r, 0.1, 1.5),
  },
  {
    name: 'awaiting approval, overdue',
    count: 1,
    plan: (t, r) => ({ steps: [...intake(r), ...decide(r, REVIEW, t).slice(0, 2)], ago: t + r.between(0.5, 3) }),
  },
  {
    name: 'approved, to issue',
    count: 2,
    plan: (t, r) => then([...intake(r), ...decide(r, REVIEW, Math.max(3, t * 0.7)).slice(0, 3)], r, 0.05, 0.8),
  },
  {
    name: 'result at the counter',
    count: 3,
    plan: (t, r) => then([...intake(r), ...decide(r, REVIEW, Math.max(2.5, t * r.between(0.5, 0.9)))], r, 0.2, 4),
  },
  {
    name: 'returned early',
    count: 4,
    plan: (t, r) => returned([...intake(r), ...decide(r, REVIEW, Math.max(2.5, t * r.between(0.4, 0.8)))], r),
  },
  {
    name: 'returned on time (issued on the appointment day)',
    count: 2,
    plan: (t, r) => returned([...intake(r), ...decide(r, REVIEW, t - 0.02)], r),
  },
  {
    name: 'returned late (no extension was asked for)',
    count: 2,
    plan: (t, r) => returned([...intake(r), ...decide(r, REVIEW, t + r.between(0.5, 5))], r),
  },
  {
    name: 'returned within an extended appointment',
    count: 1,
    plan: (t, r) => {
      const asked = Math.max(REVIEW, t * 0.8);
      const apology: StoryStep[] = [
        ['draft_apology', asked],
        ['extend_deadline', asked + 0.2],
      ];
      return returned([...intake(r), ...apology, ...decide(r, t * 0.9, t + 2)], r);
    },
  },
  {
    name: 'apology drafted, waiting for the leader',
    count: 1,
    plan: (t, r) => then([...intake(r), ['draft_apology', Math.max(REVIEW, t * 0.7)]], r, 0.05, 0.2),
  },
  {
    name: 'with another agency for its part (liên thông)',
    count: 2,
    plan: (_t, r) => then([...intake(r), ['send_to_agency', 2]], r, 0.3, 4),
  },
  {
    name: 'returned after another agency gave its part',
    count: 1,
    plan: (t, r) =>
      returned(
        [
          ...intake(r),
          ['send_to_agency', 2],
          ['receive_from_agency', 2 + r.between(1, 4)],
          ...decide(r, 6.5, Math.max(7, t * 0.9)),
        ],
        r,
      ),
  },
  { name: 'returned after a supplement', count: 2, plan: (t, r) => returnedAfterWait('supplement', t, r) },
  { name: 'returned after payment', count: 1, plan: (t, r) => returnedAfterWait('payment', t, r) },
  {
    name: 'refusal returned',
    count: 1,
    plan: (t, r) => returned([...intake(r), ...decide(r, REVIEW, Math.max(2.5, t * 0.7), 'propose_refusal')], r),
  },
  {
    name: 'withdrawn at the unit',
    count: 1,
    plan: (_t, r) =>
      then(
        [
          ['transfer_to_unit', 0.1],
          ['withdraw', r.between(0.3, 1)],
        ],
        r,
        1,
        30,
      ),
  },
  {
    name: 'withdrawn instead of supplementing',
    count: 1,
    plan: (_t, r) => then([...intake(r), ['request_supplement', 2], ['withdraw', r.between(4, 10)]], r, 1, 30),
  },
  {
    name: 'stopped during review',
    count: 1,
    plan: (t, r) => then([...intake(r), ['stop', Math.max(2, t * r.between(0.3, 0.6))]], r, 1, 30),
  },
  {
    name: 'stopped while waiting for a supplement',
    count: 1,
    plan: (_t, r) => then([...intake(r), ['request_supplement', 2.5], ['stop', r.between(8, 15)]], r, 1, 20),
  },
];

/** What the dossier and the moment give an action's request. */
export type ActionSource = {
  procedure: ProcedureContent;
  applicant: Applicant;
  returnMethod: 'counter' | 'post' | 'electronic';
  rng: Rng;
  specialistId: string;
  /** A new appointment a few working days after the current one, for an extension. */
  newDueAt: Date | null;
  resultNumber: number;
};

/** The body of each action, as the staff member would fill it in. */
export function actionDetails(
  action: DossierAction,
  s: ActionSource,
): Omit<ActionRequest, 'action' | 'expectedVersion'> {
  const { rng } = s;
  switch (action) {
    case 'assign':
      return { specialistId: s.specialistId };
    case 'refuse_online':
      return { reason: 'not_eligible', note: rng.pick(REFUSALS_ONLINE) };
    case 'request_supplement': {
      const ord = rng.int(0, s.procedure.documents.length - 1);
      const name = s.procedure.documents[ord]?.name ?? 'Giấy tờ';
      return { items: [{ ord, name, ...rng.pick(SUPPLEMENT_ITEMS) }], note: 'Đề nghị bổ sung trong 30 ngày.' };
    }
    case 'record_supplement':
      return { note: 'Đã nhận đủ giấy tờ bổ sung theo phiếu yêu cầu.' };
    case 'request_payment': {
      const fee = s.procedure.fees?.items.find((f) => f.amountVnd)?.amountVnd ?? 500_000;
      return { amountVnd: fee, note: 'Nộp phí thẩm định theo quy định.' };
    }
    case 'confirm_payment':
      return { note: `Biên lai thu phí số ${rng.int(1000, 9999)}.` };
    case 'propose_result':
      return { note: 'Hồ sơ đáp ứng điều kiện, đề nghị cấp.' };
    case 'propose_refusal':
      return { reason: 'not_eligible', note: rng.pick(REFUSALS) };
    case 'send_back':
      return { note: 'Đề nghị bổ sung nhận xét về điều kiện cơ sở vật chất trong tờ trình.' };
    case 'issue':
      return { resultNumber: `${s.resultNumber}/QĐ-SYT` };
    case 'return_result':
      return returnDetails(s);
    case 'withdraw':
      return { note: 'Người nộp có đơn đề nghị rút hồ sơ.' };
    case 'stop':
      return { note: rng.pick(STOPS) };
    case 'draft_apology':
      if (!s.newDueAt) throw new Error('an apology needs the current appointment');
      return {
        newDueAt: s.newDueAt.toISOString(),
        note: 'Xin lỗi ông/bà: hồ sơ phải chờ ý kiến Hội đồng tư vấn nên chưa có kết quả đúng hẹn; hẹn lại ngày trả.',
      };
    case 'extend_deadline':
      return { note: 'Đồng ý gia hạn.' };
    case 'send_to_agency':
      return {
        agencyName: 'Sở Tài chính tỉnh Lâm Đồng',
        agencyCode: '000.00.12.H36',
        budgetDays: 3,
        note: 'Xin ý kiến thẩm định mức thu theo quy định liên thông.',
      };
    case 'receive_from_agency':
      return { note: 'Đã nhận ý kiến thống nhất của Sở Tài chính.' };
    default:
      return {};
  }
}

function returnDetails(s: ActionSource): Omit<ActionRequest, 'action' | 'expectedVersion'> {
  if (s.returnMethod === 'post') return { returnChannel: 'post' };
  if (s.returnMethod === 'electronic') return { returnChannel: 'electronic' };
  const a = s.applicant;
  // An organisation's result is collected by its representative, who shows a citizen ID.
  const recipientIdNumber =
    a.kind === 'person' ? a.citizenId : `068${s.rng.int(0, 1)}${s.rng.int(10_000_000, 99_999_999)}`;
  return {
    returnChannel: 'in_person',
    recipientName: a.kind === 'person' ? a.name : a.representative,
    recipientIdNumber,
  };
}

const REFUSALS_ONLINE = [
  'Hồ sơ nộp trực tuyến thiếu bản điện tử của văn bằng chuyên môn; đề nghị nộp lại hồ sơ đầy đủ.',
  'Thủ tục không thuộc thẩm quyền giải quyết của Sở Y tế; đề nghị nộp tại UBND cấp xã.',
];
const REFUSALS = [
  'Cơ sở chưa đáp ứng điều kiện về diện tích và thiết bị bảo quản thuốc theo kết quả thẩm định thực tế.',
  'Văn bằng chuyên môn không phù hợp với phạm vi hành nghề đề nghị cấp.',
];
const STOPS = [
  'Cơ sở có văn bản đề nghị dừng thẩm định do thay đổi địa điểm kinh doanh.',
  'Quá thời hạn bổ sung hồ sơ mà người nộp không bổ sung.',
];
const SUPPLEMENT_ITEMS = [
  { reason: 'expired', note: 'Giấy tờ đã hết hạn, đề nghị nộp bản còn hiệu lực.' },
  { reason: 'not_certified', note: 'Bản sao chưa được chứng thực.' },
  { reason: 'incorrect_content', note: 'Thông tin không khớp với đơn đề nghị.' },
] as const;
