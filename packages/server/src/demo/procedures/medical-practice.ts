import {
  AGENCY,
  CHANNELS_PRACTICE,
  MEDICAL_FEE_CIRCULAR,
  MEDICAL_LAWS,
  MEDICAL_UNIT,
  NO_FEE,
  ONE_STOP_DECREE,
  RECOURSE,
  doc,
  fee,
  standardSteps,
  workingDays,
  type DemoProcedure,
} from './common.js';

/** Khám bệnh, chữa bệnh: giấy phép hành nghề (practising licences under the 2023 law). */

const FIELD = 'Khám bệnh, chữa bệnh';
const LEGAL_BASIS = [...MEDICAL_LAWS, ONE_STOP_DECREE];
const TITLES =
  'bác sỹ, y sỹ, điều dưỡng, hộ sinh, kỹ thuật y, dinh dưỡng lâm sàng, cấp cứu viên ngoại viện, tâm lý lâm sàng';

const PHOTOS = doc(
  '02 ảnh chân dung cỡ 04cm x 06cm, chụp trên nền trắng trong thời gian không quá 06 tháng',
  'original',
  null,
  {
    copies: 2,
  },
);
const HEALTH = doc(
  'Giấy chứng nhận đủ sức khỏe để hành nghề khám bệnh, chữa bệnh do cơ sở khám bệnh, chữa bệnh hợp pháp cấp trong thời hạn 06 tháng',
  'original',
);
const IDENTITY = doc(
  'Bản sao Căn cước/Căn cước công dân (không yêu cầu khi khai thác được từ Cơ sở dữ liệu quốc gia về dân cư)',
  'copy',
  null,
  { reusable: true },
);

export const MEDICAL_PRACTICE_PROCEDURES: DemoProcedure[] = [
  {
    code: '1.012263',
    name: `Cấp mới giấy phép hành nghề khám bệnh, chữa bệnh đối với các chức danh ${TITLES}`,
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: MEDICAL_UNIT,
    applicantTypes: ['citizen'],
    channels: CHANNELS_PRACTICE,
    documents: [
      doc('Đơn đề nghị cấp mới giấy phép hành nghề', 'original', 'Mẫu 01 Phụ lục I Nghị định 96/2023/NĐ-CP'),
      doc('Bản sao hợp lệ văn bằng chuyên môn phù hợp với chức danh đề nghị cấp giấy phép hành nghề', 'certified_copy'),
      doc(
        'Giấy xác nhận hoàn thành quá trình thực hành khám bệnh, chữa bệnh',
        'original',
        'Mẫu 02 Phụ lục I Nghị định 96/2023/NĐ-CP',
      ),
      HEALTH,
      PHOTOS,
      IDENTITY,
    ],
    dossierSets: 1,
    processingTime: workingDays(
      30,
      { counter: 0.5, unit: 26.5, leader: 3 },
      'Kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải xác minh văn bằng, thời gian xác minh không tính vào thời hạn',
    ),
    fees: {
      items: [fee('Phí thẩm định cấp giấy phép hành nghề khám bệnh, chữa bệnh', 430_000, 'Mỗi hồ sơ')],
      noFee: false,
      exemptions: null,
    },
    result: 'Giấy phép hành nghề khám bệnh, chữa bệnh (thời hạn 05 năm)',
    conditions:
      'Có văn bằng chuyên môn phù hợp với chức danh; đã hoàn thành thời gian thực hành khám bệnh, chữa bệnh (bác sỹ 12 ' +
      'tháng; y sỹ 09 tháng; điều dưỡng, hộ sinh, kỹ thuật y 06 tháng…); đạt kỳ kiểm tra đánh giá năng lực hành nghề theo ' +
      'lộ trình của Luật Khám bệnh, chữa bệnh; đủ sức khỏe để hành nghề; không thuộc trường hợp đang bị cấm hành nghề, đang ' +
      'bị truy cứu trách nhiệm hình sự hoặc bị hạn chế năng lực hành vi dân sự.',
    steps: standardSteps(
      'Phòng Nghiệp vụ Y thẩm định hồ sơ, xác minh văn bằng và quá trình thực hành khi cần, dự thảo giấy phép hành nghề.',
      'Giấy phép hành nghề',
    ),
    legalBasis: [...LEGAL_BASIS, MEDICAL_FEE_CIRCULAR],
    recourse: RECOURSE,
  },
  {
    code: '1.012264',
    name: 'Gia hạn giấy phép hành nghề khám bệnh, chữa bệnh',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: MEDICAL_UNIT,
    applicantTypes: ['citizen'],
    channels: CHANNELS_PRACTICE,
    documents: [
      doc('Đơn đề nghị gia hạn giấy phép hành nghề', 'original', 'Mẫu 03 Phụ lục I Nghị định 96/2023/NĐ-CP'),
      doc(
        'Giấy tờ chứng minh đã hoàn thành cập nhật kiến thức y khoa liên tục trong thời hạn của giấy phép',
        'original_or_copy',
      ),
      HEALTH,
      PHOTOS,
    ],
    dossierSets: 1,
    processingTime: workingDays(
      10,
      { counter: 0.5, unit: 8, leader: 1.5 },
      'Kể từ ngày nhận đủ hồ sơ hợp lệ; hồ sơ nộp trong thời hạn 90 ngày trước ngày giấy phép hết hạn',
    ),
    fees: NO_FEE,
    result: 'Giấy phép hành nghề khám bệnh, chữa bệnh (gia hạn thêm 05 năm)',
    conditions:
      'Giấy phép hành nghề còn hiệu lực ít nhất 01 ngày tại thời điểm nộp hồ sơ; người hành nghề đã cập nhật kiến thức ' +
      'y khoa liên tục theo quy định; đủ sức khỏe để hành nghề.',
    steps: standardSteps(
      'Phòng Nghiệp vụ Y thẩm định hồ sơ, kiểm tra dữ liệu cập nhật kiến thức y khoa liên tục và dự thảo giấy phép gia hạn.',
      'Giấy phép hành nghề đã gia hạn',
    ),
    legalBasis: LEGAL_BASIS,
    recourse: RECOURSE,
  },
  {
    code: '1.012265',
    name: 'Cấp lại giấy phép hành nghề khám bệnh, chữa bệnh (bị mất, hư hỏng, ghi sai thông tin)',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: MEDICAL_UNIT,
    applicantTypes: ['citizen'],
    channels: CHANNELS_PRACTICE,
    documents: [
      doc('Đơn đề nghị cấp lại giấy phép hành nghề', 'original', 'Mẫu 04 Phụ lục I Nghị định 96/2023/NĐ-CP'),
      doc('Giấy phép hành nghề đã được cấp (trường hợp bị hư hỏng hoặc ghi sai thông tin)', 'original'),
      PHOTOS,
      IDENTITY,
    ],
    dossierSets: 1,
    processingTime: workingDays(10, { counter: 0.5, unit: 8, leader: 1.5 }),
    fees: NO_FEE,
    result: 'Giấy phép hành nghề khám bệnh, chữa bệnh (cấp lại, giữ nguyên thời hạn của giấy phép đã cấp)',
    conditions:
      'Giấy phép hành nghề bị mất, bị hư hỏng, bị ghi sai thông tin hoặc người hành nghề thay đổi họ, tên, ngày tháng năm ' +
      'sinh; giấy phép không thuộc trường hợp bị thu hồi.',
    steps: standardSteps(
      'Phòng Nghiệp vụ Y đối chiếu hồ sơ lưu và Hệ thống thông tin quản lý hoạt động khám bệnh, chữa bệnh, dự thảo giấy phép cấp lại.',
      'Giấy phép hành nghề cấp lại',
    ),
    legalBasis: LEGAL_BASIS,
    recourse: RECOURSE,
  },
  {
    code: '1.012266',
    name: 'Điều chỉnh giấy phép hành nghề khám bệnh, chữa bệnh (bổ sung, thay đổi phạm vi hành nghề)',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: MEDICAL_UNIT,
    applicantTypes: ['citizen'],
    channels: CHANNELS_PRACTICE,
    documents: [
      doc('Đơn đề nghị điều chỉnh giấy phép hành nghề', 'original', 'Mẫu 05 Phụ lục I Nghị định 96/2023/NĐ-CP'),
      doc(
        'Bản sao hợp lệ văn bằng, chứng chỉ hoặc giấy chứng nhận đào tạo chuyên môn phù hợp với phạm vi hành nghề đề nghị bổ sung, thay đổi',
        'certified_copy',
      ),
      doc('Giấy xác nhận quá trình thực hành đối với phạm vi hành nghề đề nghị bổ sung (nếu có)', 'original'),
      doc('Giấy phép hành nghề đã được cấp', 'original'),
      PHOTOS,
    ],
    dossierSets: 1,
    processingTime: workingDays(20, { counter: 0.5, unit: 17.5, leader: 2 }),
    fees: NO_FEE,
    result: 'Giấy phép hành nghề khám bệnh, chữa bệnh (đã điều chỉnh phạm vi hành nghề)',
    conditions:
      'Người hành nghề đã được cấp giấy phép hành nghề còn hiệu lực; có văn bằng, chứng chỉ đào tạo và thời gian thực hành ' +
      'phù hợp với phạm vi hành nghề đề nghị bổ sung, thay đổi.',
    steps: standardSteps(
      'Phòng Nghiệp vụ Y thẩm định văn bằng, chứng chỉ đào tạo đối với phạm vi đề nghị điều chỉnh và dự thảo giấy phép điều chỉnh.',
      'Giấy phép hành nghề đã điều chỉnh',
    ),
    legalBasis: LEGAL_BASIS,
    recourse: RECOURSE,
  },
];
