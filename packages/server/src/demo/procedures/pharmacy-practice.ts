import {
  AGENCY,
  CHANNELS_PRACTICE,
  NO_FEE,
  ONE_STOP_DECREE,
  PHARMACY_FEE_CIRCULAR,
  PHARMACY_LAWS,
  PHARMACY_UNIT,
  RECOURSE,
  doc,
  fee,
  standardSteps,
  workingDays,
  type DemoProcedure,
} from './common.js';

/** Dược phẩm: Chứng chỉ hành nghề dược (practising certificates of pharmacists). */

const FIELD = 'Dược phẩm';
const LEGAL_BASIS = [...PHARMACY_LAWS, ONE_STOP_DECREE];

const PHOTO = doc(
  '02 ảnh chân dung cỡ 4cm x 6cm, chụp trên nền trắng trong thời gian không quá 06 tháng',
  'original',
  null,
  {
    copies: 2,
  },
);
const IDENTITY = doc(
  'Bản sao Căn cước/Căn cước công dân hoặc hộ chiếu (không yêu cầu khi khai thác được từ Cơ sở dữ liệu quốc gia về dân cư)',
  'copy',
  null,
  { reusable: true },
);

export const PHARMACY_PRACTICE_PROCEDURES: DemoProcedure[] = [
  {
    code: '1.002952',
    name: 'Cấp Chứng chỉ hành nghề dược theo hình thức xét hồ sơ',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: PHARMACY_UNIT,
    applicantTypes: ['citizen'],
    channels: CHANNELS_PRACTICE,
    documents: [
      doc('Đơn đề nghị cấp Chứng chỉ hành nghề dược', 'original', 'Mẫu số 02 Phụ lục I Nghị định 163/2025/NĐ-CP'),
      PHOTO,
      doc(
        'Bản sao có chứng thực văn bằng chuyên môn (bằng tốt nghiệp đại học, cao đẳng, trung cấp ngành dược…)',
        'certified_copy',
      ),
      doc(
        'Giấy chứng nhận đủ sức khỏe để hành nghề dược do cơ sở khám bệnh, chữa bệnh có thẩm quyền cấp trong thời hạn 12 tháng',
        'original',
      ),
      doc(
        'Giấy xác nhận thời gian thực hành chuyên môn tại cơ sở dược, cơ sở khám bệnh, chữa bệnh phù hợp',
        'original',
        'Mẫu số 08 Phụ lục I Nghị định 163/2025/NĐ-CP',
      ),
      IDENTITY,
    ],
    dossierSets: 1,
    processingTime: workingDays(
      20,
      { counter: 0.5, unit: 17.5, leader: 2 },
      'Kể từ ngày nhận đủ hồ sơ hợp lệ; bao gồm thời gian họp Hội đồng tư vấn cấp Chứng chỉ hành nghề dược',
    ),
    fees: {
      items: [fee('Phí thẩm định cấp Chứng chỉ hành nghề dược', 500_000, 'Nộp khi nộp hồ sơ')],
      noFee: false,
      exemptions: null,
    },
    result: 'Chứng chỉ hành nghề dược (có giá trị trên phạm vi toàn quốc)',
    conditions:
      'Có văn bằng chuyên môn phù hợp với vị trí hành nghề theo Điều 13 Luật Dược; có thời gian thực hành chuyên môn ' +
      'tại cơ sở dược hoặc cơ sở khám bệnh, chữa bệnh phù hợp (từ 18 tháng đến 05 năm tùy vị trí); có giấy chứng nhận ' +
      'đủ sức khỏe để hành nghề dược; không đang bị truy cứu trách nhiệm hình sự, không đang chấp hành bản án, không ' +
      'trong thời gian bị cấm hành nghề hoặc bị hạn chế năng lực hành vi dân sự.',
    steps: standardSteps(
      'Phòng Nghiệp vụ Dược thẩm định hồ sơ, trình Hội đồng tư vấn cấp Chứng chỉ hành nghề dược xem xét và dự thảo Chứng chỉ.',
      'Chứng chỉ hành nghề dược',
    ),
    legalBasis: [...LEGAL_BASIS, PHARMACY_FEE_CIRCULAR],
    recourse: RECOURSE,
  },
  {
    code: '1.004616',
    name: 'Cấp lại Chứng chỉ hành nghề dược theo hình thức xét hồ sơ (bị mất, hư hỏng hoặc ghi sai do lỗi của cơ quan cấp)',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: PHARMACY_UNIT,
    applicantTypes: ['citizen'],
    channels: CHANNELS_PRACTICE,
    documents: [
      doc('Đơn đề nghị cấp lại Chứng chỉ hành nghề dược', 'original', 'Mẫu số 03 Phụ lục I Nghị định 163/2025/NĐ-CP'),
      doc('02 ảnh chân dung cỡ 4cm x 6cm, chụp trong thời gian không quá 06 tháng', 'original', null, { copies: 2 }),
      doc('Chứng chỉ hành nghề dược đã được cấp (trường hợp bị hư hỏng hoặc ghi sai thông tin)', 'original'),
      IDENTITY,
    ],
    dossierSets: 1,
    processingTime: workingDays(5, { counter: 0.5, unit: 3.5, leader: 1 }),
    fees: NO_FEE,
    result: 'Chứng chỉ hành nghề dược (cấp lại, giữ nguyên số Chứng chỉ đã cấp)',
    conditions:
      'Chứng chỉ hành nghề dược đã được cấp bị mất, bị hư hỏng hoặc bị ghi sai thông tin do lỗi của cơ quan cấp; ' +
      'người đề nghị không thuộc trường hợp bị thu hồi Chứng chỉ hành nghề dược.',
    steps: standardSteps(
      'Phòng Nghiệp vụ Dược đối chiếu hồ sơ gốc đã lưu và dự thảo Chứng chỉ hành nghề dược cấp lại.',
      'Chứng chỉ hành nghề dược',
    ),
    legalBasis: LEGAL_BASIS,
    recourse: RECOURSE,
  },
  {
    code: '1.004611',
    name: 'Điều chỉnh nội dung Chứng chỉ hành nghề dược theo hình thức xét hồ sơ',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: PHARMACY_UNIT,
    applicantTypes: ['citizen'],
    channels: CHANNELS_PRACTICE,
    documents: [
      doc(
        'Đơn đề nghị điều chỉnh nội dung Chứng chỉ hành nghề dược',
        'original',
        'Mẫu số 04 Phụ lục I Nghị định 163/2025/NĐ-CP',
      ),
      doc('02 ảnh chân dung cỡ 4cm x 6cm, chụp trong thời gian không quá 06 tháng', 'original', null, { copies: 2 }),
      doc('Chứng chỉ hành nghề dược đã được cấp', 'original'),
      doc(
        'Bản sao có chứng thực giấy tờ chứng minh nội dung thay đổi (văn bằng chuyên môn mới, giấy xác nhận thời gian thực hành phù hợp với phạm vi đề nghị điều chỉnh)',
        'certified_copy',
      ),
      IDENTITY,
    ],
    dossierSets: 1,
    processingTime: workingDays(10, { counter: 0.5, unit: 8, leader: 1.5 }),
    fees: NO_FEE,
    result: 'Chứng chỉ hành nghề dược (đã điều chỉnh nội dung)',
    conditions:
      'Người hành nghề thay đổi phạm vi hành nghề, hình thức cấp Chứng chỉ hoặc thông tin cá nhân ghi trên Chứng chỉ; ' +
      'đáp ứng điều kiện về văn bằng và thời gian thực hành đối với phạm vi hành nghề đề nghị điều chỉnh.',
    steps: standardSteps(
      'Phòng Nghiệp vụ Dược thẩm định nội dung đề nghị điều chỉnh, xin ý kiến Hội đồng tư vấn khi điều chỉnh phạm vi hành nghề.',
      'Chứng chỉ hành nghề dược đã điều chỉnh',
    ),
    legalBasis: LEGAL_BASIS,
    recourse: RECOURSE,
  },
];
