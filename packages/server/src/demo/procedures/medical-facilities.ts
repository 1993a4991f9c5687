import {
  AGENCY,
  CHANNELS_ESTABLISHMENT,
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

/** Khám bệnh, chữa bệnh: giấy phép hoạt động of clinics and their list of techniques. */

const FIELD = 'Khám bệnh, chữa bệnh';
const LEGAL_BASIS = [...MEDICAL_LAWS, ONE_STOP_DECREE];
const APPLICANTS: DemoProcedure['applicantTypes'] = ['enterprise', 'organisation'];

const ESTABLISHMENT_PAPERS = doc(
  'Bản sao giấy tờ chứng minh việc thành lập hợp pháp (Giấy chứng nhận đăng ký doanh nghiệp, quyết định thành lập…)',
  'copy',
  null,
  { reusable: true },
);

export const MEDICAL_FACILITY_PROCEDURES: DemoProcedure[] = [
  {
    code: '1.012271',
    name: 'Cấp giấy phép hoạt động đối với phòng khám đa khoa, phòng khám chuyên khoa',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: MEDICAL_UNIT,
    applicantTypes: APPLICANTS,
    channels: CHANNELS_ESTABLISHMENT,
    documents: [
      doc('Đơn đề nghị cấp giấy phép hoạt động', 'original', 'Mẫu 01 Phụ lục II Nghị định 96/2023/NĐ-CP'),
      ESTABLISHMENT_PAPERS,
      doc(
        'Danh sách người hành nghề, người làm việc kèm số giấy phép hành nghề; danh mục thiết bị y tế; bản kê khai cơ sở vật chất',
        'original',
        'Mẫu 02 Phụ lục II Nghị định 96/2023/NĐ-CP',
      ),
      doc('Danh mục chuyên môn kỹ thuật đề xuất thực hiện', 'original'),
      doc('Bản sao giấy tờ chứng minh quyền sử dụng nhà, đất hoặc hợp đồng thuê địa điểm hoạt động', 'copy'),
      doc('Bản sao hợp đồng thu gom, xử lý chất thải y tế', 'copy'),
    ],
    dossierSets: 1,
    processingTime: workingDays(
      60,
      { counter: 0.5, unit: 55.5, leader: 4 },
      'Kể từ ngày nhận đủ hồ sơ hợp lệ, bao gồm thời gian thẩm định thực tế tại cơ sở; thời gian cơ sở khắc phục không tính vào thời hạn',
    ),
    fees: {
      items: [fee('Phí thẩm định cấp giấy phép hoạt động đối với phòng khám', 5_700_000, 'Mỗi cơ sở')],
      noFee: false,
      exemptions: null,
    },
    result: 'Giấy phép hoạt động khám bệnh, chữa bệnh',
    conditions:
      'Đáp ứng điều kiện về cơ sở vật chất, thiết bị y tế và nhân sự theo quy định cho hình thức tổ chức phòng khám; ' +
      'người chịu trách nhiệm chuyên môn kỹ thuật có giấy phép hành nghề phù hợp và có ít nhất 36 tháng hành nghề khám ' +
      'bệnh, chữa bệnh; bảo đảm xử lý chất thải y tế và phòng cháy, chữa cháy theo quy định.',
    steps: standardSteps(
      'Phòng Nghiệp vụ Y thẩm định hồ sơ, thành lập Đoàn thẩm định thực tế tại cơ sở, lập biên bản thẩm định và dự thảo giấy phép hoạt động.',
      'Giấy phép hoạt động',
    ),
    legalBasis: [...LEGAL_BASIS, MEDICAL_FEE_CIRCULAR],
    recourse: RECOURSE,
  },
  {
    code: '1.012273',
    name: 'Điều chỉnh giấy phép hoạt động khám bệnh, chữa bệnh (thay đổi quy mô, phạm vi hoạt động chuyên môn)',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: MEDICAL_UNIT,
    applicantTypes: APPLICANTS,
    channels: CHANNELS_ESTABLISHMENT,
    documents: [
      doc('Đơn đề nghị điều chỉnh giấy phép hoạt động', 'original', 'Mẫu 03 Phụ lục II Nghị định 96/2023/NĐ-CP'),
      doc(
        'Tài liệu chứng minh đáp ứng điều kiện đối với nội dung đề nghị điều chỉnh (nhân sự, thiết bị, cơ sở vật chất)',
        'original',
      ),
      doc('Giấy phép hoạt động đã được cấp', 'original'),
    ],
    dossierSets: 1,
    processingTime: workingDays(
      30,
      { counter: 0.5, unit: 26.5, leader: 3 },
      'Kể từ ngày nhận đủ hồ sơ hợp lệ; 10 ngày làm việc khi điều chỉnh không cần thẩm định thực tế',
    ),
    fees: NO_FEE,
    result: 'Giấy phép hoạt động khám bệnh, chữa bệnh (đã điều chỉnh)',
    conditions:
      'Cơ sở đang hoạt động theo giấy phép còn hiệu lực; đáp ứng điều kiện về nhân sự, thiết bị y tế, cơ sở vật chất đối ' +
      'với quy mô, phạm vi hoạt động chuyên môn đề nghị điều chỉnh.',
    steps: standardSteps(
      'Phòng Nghiệp vụ Y thẩm định hồ sơ, thẩm định thực tế tại cơ sở khi thay đổi quy mô hoặc bổ sung kỹ thuật, dự thảo giấy phép điều chỉnh.',
      'Giấy phép hoạt động đã điều chỉnh',
    ),
    legalBasis: LEGAL_BASIS,
    recourse: RECOURSE,
  },
  {
    code: '1.012274',
    name: 'Cấp lại giấy phép hoạt động khám bệnh, chữa bệnh (bị mất, hư hỏng, ghi sai thông tin)',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: MEDICAL_UNIT,
    applicantTypes: APPLICANTS,
    channels: CHANNELS_ESTABLISHMENT,
    documents: [
      doc('Đơn đề nghị cấp lại giấy phép hoạt động', 'original', 'Mẫu 04 Phụ lục II Nghị định 96/2023/NĐ-CP'),
      doc('Giấy phép hoạt động đã được cấp (trường hợp bị hư hỏng hoặc ghi sai thông tin)', 'original'),
    ],
    dossierSets: 1,
    processingTime: workingDays(10, { counter: 0.5, unit: 8, leader: 1.5 }),
    fees: NO_FEE,
    result: 'Giấy phép hoạt động khám bệnh, chữa bệnh (cấp lại)',
    conditions:
      'Giấy phép hoạt động bị mất, bị hư hỏng hoặc bị ghi sai thông tin; cơ sở không thuộc trường hợp bị thu hồi giấy phép.',
    steps: standardSteps(
      'Phòng Nghiệp vụ Y đối chiếu hồ sơ cấp phép đã lưu và dự thảo giấy phép hoạt động cấp lại.',
      'Giấy phép hoạt động cấp lại',
    ),
    legalBasis: LEGAL_BASIS,
    recourse: RECOURSE,
  },
  {
    code: '1.012280',
    name: 'Phê duyệt danh mục kỹ thuật của cơ sở khám bệnh, chữa bệnh',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: MEDICAL_UNIT,
    applicantTypes: APPLICANTS,
    channels: CHANNELS_ESTABLISHMENT,
    documents: [
      doc('Văn bản đề nghị phê duyệt danh mục kỹ thuật', 'original', 'Mẫu 01 Phụ lục Thông tư 32/2023/TT-BYT'),
      doc('Danh mục kỹ thuật đề nghị phê duyệt, sắp xếp theo chuyên khoa', 'original'),
      doc(
        'Hồ sơ nhân sự thực hiện kỹ thuật (giấy phép hành nghề, chứng chỉ hoặc giấy chứng nhận đào tạo kỹ thuật)',
        'copy',
      ),
      doc('Danh mục thiết bị y tế và cơ sở vật chất phục vụ thực hiện kỹ thuật', 'original'),
      doc('Quy trình kỹ thuật (đối với kỹ thuật chưa có hướng dẫn quy trình của Bộ Y tế)', 'original'),
    ],
    dossierSets: 1,
    processingTime: workingDays(
      30,
      { counter: 0.5, unit: 26.5, leader: 3 },
      'Kể từ ngày nhận đủ hồ sơ hợp lệ; tối đa 60 ngày làm việc khi phải thẩm định thực tế tại cơ sở',
    ),
    fees: NO_FEE,
    result: 'Quyết định phê duyệt danh mục kỹ thuật thực hiện tại cơ sở khám bệnh, chữa bệnh',
    conditions:
      'Cơ sở đã được cấp giấy phép hoạt động; có người hành nghề được đào tạo, thiết bị y tế và cơ sở vật chất phù hợp ' +
      'với từng kỹ thuật đề nghị phê duyệt.',
    steps: standardSteps(
      'Phòng Nghiệp vụ Y thẩm định danh mục kỹ thuật, lấy ý kiến chuyên gia hoặc thẩm định thực tế khi cần, dự thảo quyết định phê duyệt.',
      'Quyết định phê duyệt danh mục kỹ thuật',
    ),
    legalBasis: LEGAL_BASIS,
    recourse: RECOURSE,
  },
];
