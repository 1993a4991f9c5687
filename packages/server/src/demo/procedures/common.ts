import type { Channels, Fees, ProcedureContent, RequiredDocument } from '@motcua/core';

/**
 * Shared building blocks of the demo catalog (DOMAIN.md §4, §11). The demo data is illustrative:
 * a real catalog comes from the province's announcement decision through the importer.
 */
export type DemoProcedure = ProcedureContent;

export const AGENCY = 'Sở Y tế tỉnh Lâm Đồng';
/** Phòng Nghiệp vụ Dược: Dược phẩm, Mỹ phẩm. */
export const PHARMACY_UNIT = '000.00.31.H36.02';
/** Phòng Nghiệp vụ Y: Khám bệnh, chữa bệnh and every other field in the demo. */
export const MEDICAL_UNIT = '000.00.31.H36.03';

export const RECOURSE =
  'Khiếu nại đến Giám đốc Sở Y tế tỉnh Lâm Đồng theo Luật Khiếu nại 2011 (02/2011/QH13) hoặc khởi kiện ' +
  'tại Tòa án theo Luật Tố tụng hành chính 2015; phản ánh, kiến nghị về quy định hành chính và hành vi của ' +
  'cán bộ qua đường dây nóng, hộp thư góp ý tại Bộ phận một cửa hoặc Cổng Dịch vụ công quốc gia.';

export const ONE_STOP_DECREE =
  'Nghị định 118/2025/NĐ-CP về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông';

/** Practising certificates: counter, post both ways, online một phần. */
export const CHANNELS_PRACTICE: Channels = {
  counter: true,
  postReceipt: true,
  postReturn: true,
  online: 'partial',
  personalPresence: false,
};

/** Establishment licences: counter, post both ways, online một phần; site inspection follows. */
export const CHANNELS_ESTABLISHMENT: Channels = { ...CHANNELS_PRACTICE };

/** Dịch vụ công trực tuyến toàn trình, also at the counter and by post. */
export const CHANNELS_FULL_ONLINE: Channels = {
  counter: true,
  postReceipt: true,
  postReturn: true,
  online: 'full',
  personalPresence: false,
};

/** Submitted only on the national system: no paper dossier at the counter or by post. */
export const CHANNELS_ONLINE_ONLY: Channels = {
  counter: false,
  postReceipt: false,
  postReturn: false,
  online: 'full',
  personalPresence: false,
};

export const NO_FEE: Fees = { items: [], noFee: true, exemptions: null };

/** Phí thẩm định (fee) with one amount. */
export function fee(name: string, amountVnd: number | null, note: string | null = null): Fees['items'][number] {
  return { kind: 'fee', name, amountVnd, note };
}

/** One thành phần hồ sơ; `copies` defaults to 1, national-data reuse to false. */
export function doc(
  name: string,
  form: NonNullable<RequiredDocument['form']>,
  formTemplate: string | null = null,
  options: { copies?: number; reusable?: boolean } = {},
): RequiredDocument {
  return {
    name,
    form,
    copies: options.copies ?? 1,
    formTemplate,
    reusableFromNationalData: options.reusable ?? false,
  };
}

/** Working-day processing time with a per-step budget. */
export function workingDays(
  total: number,
  steps: { counter: number; unit: number; leader: number } | null,
  note: string | null = 'Kể từ ngày nhận đủ hồ sơ hợp lệ',
): ProcedureContent['processingTime'] {
  return { unit: 'working_days', total, steps, note };
}

/** The usual one-stop sequence; `review` describes the specialist's work. */
export function standardSteps(review: string, result: string): string[] {
  return [
    'Tổ chức, cá nhân nộp hồ sơ tại Bộ phận một cửa Sở Y tế (Trung tâm Phục vụ hành chính công tỉnh), qua dịch vụ bưu chính công ích hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.',
    'Bộ phận một cửa kiểm tra thành phần hồ sơ: đủ thì tiếp nhận, số hóa và cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chưa đủ thì hướng dẫn bổ sung một lần bằng Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.',
    review,
    'Trưởng phòng kiểm tra dự thảo, trình Lãnh đạo Sở xem xét, ký số kết quả; trường hợp không đủ điều kiện thì có văn bản trả lời nêu rõ lý do.',
    `Trả ${result} tại Bộ phận một cửa, qua dịch vụ bưu chính công ích hoặc bản điện tử vào kho dữ liệu của tổ chức, cá nhân trên Cổng Dịch vụ công quốc gia.`,
  ];
}

export const PHARMACY_LAWS = [
  'Luật Dược 2016 (105/2016/QH13)',
  'Luật sửa đổi, bổ sung một số điều của Luật Dược 2024 (44/2024/QH15)',
  'Nghị định 54/2017/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Dược (sửa đổi bởi Nghị định 155/2018/NĐ-CP)',
  'Nghị định 163/2025/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Dược',
];

export const PHARMACY_FEE_CIRCULAR =
  'Thông tư 277/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong lĩnh vực dược, mỹ phẩm (sửa đổi bởi Thông tư 114/2017/TT-BTC)';

export const MEDICAL_LAWS = [
  'Luật Khám bệnh, chữa bệnh 2023 (15/2023/QH15)',
  'Nghị định 96/2023/NĐ-CP quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh',
  'Thông tư 32/2023/TT-BYT quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh',
];

export const MEDICAL_FEE_CIRCULAR =
  'Thông tư 59/2023/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực y tế';
