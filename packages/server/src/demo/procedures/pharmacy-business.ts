import {
  AGENCY,
  CHANNELS_ESTABLISHMENT,
  CHANNELS_FULL_ONLINE,
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

/** Dược phẩm: kinh doanh dược (retail pharmacies), GPP assessment, drug information. */

const FIELD = 'Dược phẩm';
const LEGAL_BASIS = [...PHARMACY_LAWS, ONE_STOP_DECREE];
const GPP_CIRCULAR = 'Thông tư 02/2018/TT-BYT quy định về Thực hành tốt cơ sở bán lẻ thuốc (GPP)';
const APPLICANTS: DemoProcedure['applicantTypes'] = ['enterprise', 'organisation'];

const BUSINESS_REGISTRATION = doc(
  'Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc Giấy chứng nhận đăng ký hộ kinh doanh',
  'copy',
  null,
  { reusable: true },
);
const RETAIL_FEE_EXEMPTION =
  'Cơ sở bán lẻ thuốc tại địa bàn có điều kiện kinh tế - xã hội khó khăn, đặc biệt khó khăn nộp 50% mức phí (500.000 đồng).';

export const PHARMACY_BUSINESS_PROCEDURES: DemoProcedure[] = [
  {
    code: '1.004604',
    name: 'Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược cho cơ sở bán lẻ thuốc (nhà thuốc, quầy thuốc, tủ thuốc trạm y tế xã)',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: PHARMACY_UNIT,
    applicantTypes: APPLICANTS,
    channels: CHANNELS_ESTABLISHMENT,
    documents: [
      doc(
        'Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện kinh doanh dược',
        'original',
        'Mẫu số 19 Phụ lục I Nghị định 163/2025/NĐ-CP',
      ),
      doc(
        'Tài liệu kỹ thuật về địa điểm, khu vực bảo quản, trang thiết bị bảo quản, nhân sự và hệ thống quản lý chất lượng của cơ sở bán lẻ',
        'original',
      ),
      BUSINESS_REGISTRATION,
      doc(
        'Bản sao có chứng thực Chứng chỉ hành nghề dược của người chịu trách nhiệm chuyên môn về dược',
        'certified_copy',
      ),
      doc(
        'Bản tự kiểm tra đáp ứng Thực hành tốt cơ sở bán lẻ thuốc theo Danh mục kiểm tra',
        'original',
        'Phụ lục II Thông tư 02/2018/TT-BYT',
      ),
    ],
    dossierSets: 1,
    processingTime: workingDays(
      20,
      { counter: 0.5, unit: 17.5, leader: 2 },
      'Kể từ ngày nhận đủ hồ sơ hợp lệ, bao gồm thời gian đánh giá thực tế tại cơ sở; thời gian cơ sở khắc phục không tính vào thời hạn',
    ),
    fees: {
      items: [fee('Phí thẩm định điều kiện kinh doanh dược đối với cơ sở bán lẻ thuốc', 1_000_000, 'Mỗi cơ sở')],
      noFee: false,
      exemptions: RETAIL_FEE_EXEMPTION,
    },
    result:
      'Giấy chứng nhận đủ điều kiện kinh doanh dược kèm Giấy chứng nhận đạt Thực hành tốt cơ sở bán lẻ thuốc (GPP)',
    conditions:
      'Có địa điểm, khu vực bảo quản, trang thiết bị bảo quản, hồ sơ, tài liệu và nhân sự đáp ứng Thực hành tốt cơ sở ' +
      'bán lẻ thuốc (GPP); người chịu trách nhiệm chuyên môn về dược có Chứng chỉ hành nghề dược phù hợp với loại hình ' +
      'cơ sở (dược sĩ đại học đối với nhà thuốc; từ trung cấp dược trở lên đối với quầy thuốc) và có mặt trong toàn bộ ' +
      'thời gian hoạt động của cơ sở.',
    steps: standardSteps(
      'Phòng Nghiệp vụ Dược thẩm định hồ sơ, thành lập Đoàn đánh giá thực tế tại cơ sở, lập biên bản đánh giá GPP và dự thảo Giấy chứng nhận.',
      'Giấy chứng nhận đủ điều kiện kinh doanh dược',
    ),
    legalBasis: [...LEGAL_BASIS, GPP_CIRCULAR, PHARMACY_FEE_CIRCULAR],
    recourse: RECOURSE,
  },
  {
    code: '1.004599',
    name: 'Cấp lại Giấy chứng nhận đủ điều kiện kinh doanh dược (bị mất, hư hỏng hoặc ghi sai do lỗi của cơ quan cấp)',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: PHARMACY_UNIT,
    applicantTypes: APPLICANTS,
    channels: CHANNELS_ESTABLISHMENT,
    documents: [
      doc(
        'Đơn đề nghị cấp lại Giấy chứng nhận đủ điều kiện kinh doanh dược',
        'original',
        'Mẫu số 20 Phụ lục I Nghị định 163/2025/NĐ-CP',
      ),
      doc('Giấy chứng nhận đủ điều kiện kinh doanh dược đã được cấp (trường hợp bị hư hỏng hoặc ghi sai)', 'original'),
    ],
    dossierSets: 1,
    processingTime: workingDays(7, { counter: 0.5, unit: 5.5, leader: 1 }),
    fees: NO_FEE,
    result: 'Giấy chứng nhận đủ điều kiện kinh doanh dược (cấp lại)',
    conditions:
      'Giấy chứng nhận đủ điều kiện kinh doanh dược bị mất, bị hư hỏng hoặc bị ghi sai thông tin do lỗi của cơ quan cấp; ' +
      'cơ sở vẫn đang hoạt động và không thuộc trường hợp bị thu hồi Giấy chứng nhận.',
    steps: standardSteps(
      'Phòng Nghiệp vụ Dược đối chiếu hồ sơ lưu và dữ liệu cấp phép, dự thảo Giấy chứng nhận cấp lại.',
      'Giấy chứng nhận đủ điều kiện kinh doanh dược',
    ),
    legalBasis: LEGAL_BASIS,
    recourse: RECOURSE,
  },
  {
    code: '1.004593',
    name: 'Điều chỉnh nội dung Giấy chứng nhận đủ điều kiện kinh doanh dược',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: PHARMACY_UNIT,
    applicantTypes: APPLICANTS,
    channels: CHANNELS_ESTABLISHMENT,
    documents: [
      doc(
        'Đơn đề nghị điều chỉnh nội dung Giấy chứng nhận đủ điều kiện kinh doanh dược',
        'original',
        'Mẫu số 21 Phụ lục I Nghị định 163/2025/NĐ-CP',
      ),
      doc('Giấy chứng nhận đủ điều kiện kinh doanh dược đã được cấp', 'original'),
      doc(
        'Tài liệu chứng minh nội dung thay đổi (Giấy chứng nhận đăng ký doanh nghiệp, hộ kinh doanh mới; văn bản về địa giới hành chính…)',
        'copy',
        null,
        { reusable: true },
      ),
    ],
    dossierSets: 1,
    processingTime: workingDays(7, { counter: 0.5, unit: 5.5, leader: 1 }),
    fees: NO_FEE,
    result: 'Giấy chứng nhận đủ điều kiện kinh doanh dược (đã điều chỉnh nội dung)',
    conditions:
      'Cơ sở thay đổi tên cơ sở, địa chỉ do thay đổi địa giới hành chính, người đại diện theo pháp luật hoặc thông tin ' +
      'khác ghi trên Giấy chứng nhận mà không thay đổi điều kiện kinh doanh và địa điểm kinh doanh.',
    steps: standardSteps(
      'Phòng Nghiệp vụ Dược thẩm định tài liệu chứng minh nội dung thay đổi và dự thảo Giấy chứng nhận điều chỉnh.',
      'Giấy chứng nhận đủ điều kiện kinh doanh dược đã điều chỉnh',
    ),
    legalBasis: LEGAL_BASIS,
    recourse: RECOURSE,
  },
  {
    code: '1.004576',
    name: 'Đánh giá duy trì đáp ứng Thực hành tốt cơ sở bán lẻ thuốc (GPP)',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: PHARMACY_UNIT,
    applicantTypes: APPLICANTS,
    channels: CHANNELS_ESTABLISHMENT,
    documents: [
      doc(
        'Đơn đề nghị đánh giá định kỳ việc duy trì đáp ứng GPP',
        'original',
        'Mẫu số 01/GPP Phụ lục III Thông tư 02/2018/TT-BYT',
      ),
      doc(
        'Báo cáo tóm tắt hoạt động của cơ sở bán lẻ thuốc trong thời gian 03 năm kể từ lần đánh giá trước',
        'original',
      ),
      doc('Bản sao Giấy chứng nhận đủ điều kiện kinh doanh dược và Giấy chứng nhận đạt GPP đã được cấp', 'copy'),
    ],
    dossierSets: 1,
    processingTime: workingDays(
      20,
      { counter: 0.5, unit: 17.5, leader: 2 },
      'Theo kế hoạch đánh giá định kỳ 03 năm/lần do Sở Y tế công bố; cơ sở nộp hồ sơ ít nhất 30 ngày trước thời hạn đánh giá',
    ),
    fees: {
      items: [
        fee(
          'Phí thẩm định đánh giá định kỳ việc duy trì đáp ứng Thực hành tốt cơ sở bán lẻ thuốc',
          1_000_000,
          'Mỗi cơ sở',
        ),
      ],
      noFee: false,
      exemptions: RETAIL_FEE_EXEMPTION,
    },
    result:
      'Biên bản đánh giá và văn bản kết luận về việc cơ sở duy trì đáp ứng Thực hành tốt cơ sở bán lẻ thuốc (GPP)',
    conditions:
      'Cơ sở bán lẻ thuốc đã được cấp Giấy chứng nhận đủ điều kiện kinh doanh dược và Giấy chứng nhận đạt GPP, đang hoạt ' +
      'động và đến kỳ đánh giá định kỳ (03 năm kể từ lần đánh giá trước).',
    steps: standardSteps(
      'Phòng Nghiệp vụ Dược lập kế hoạch, Đoàn đánh giá kiểm tra thực tế tại cơ sở, lập biên bản và yêu cầu khắc phục nếu có tồn tại.',
      'Biên bản đánh giá và văn bản kết luận',
    ),
    legalBasis: [...LEGAL_BASIS, GPP_CIRCULAR, PHARMACY_FEE_CIRCULAR],
    recourse: RECOURSE,
  },
  {
    code: '1.004548',
    name: 'Xác nhận nội dung thông tin, quảng cáo thuốc theo hình thức hội thảo, sự kiện giới thiệu thuốc',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: PHARMACY_UNIT,
    applicantTypes: APPLICANTS,
    channels: CHANNELS_FULL_ONLINE,
    documents: [
      doc(
        'Văn bản đề nghị xác nhận nội dung thông tin, quảng cáo thuốc',
        'original',
        'Mẫu số 02 Phụ lục VI Nghị định 163/2025/NĐ-CP',
      ),
      doc(
        'Nội dung thông tin, quảng cáo thuốc dự kiến (chương trình, tài liệu trình bày, tài liệu phát cho người dự)',
        'original',
        null,
        {
          copies: 2,
        },
      ),
      doc('Bản sao Giấy đăng ký lưu hành thuốc hoặc giấy phép nhập khẩu thuốc còn hiệu lực', 'copy'),
      doc('Tờ hướng dẫn sử dụng thuốc đã được Bộ Y tế phê duyệt', 'copy'),
      doc(
        'Giấy ủy quyền của cơ sở đăng ký thuốc (trường hợp cơ sở đề nghị không phải cơ sở đăng ký)',
        'original_or_copy',
      ),
    ],
    dossierSets: 1,
    processingTime: workingDays(10, { counter: 0.5, unit: 8, leader: 1.5 }),
    fees: {
      items: [fee('Phí thẩm định hồ sơ xác nhận nội dung thông tin, quảng cáo thuốc', 1_600_000, 'Mỗi hồ sơ')],
      noFee: false,
      exemptions: null,
    },
    result: 'Giấy xác nhận nội dung thông tin, quảng cáo thuốc',
    conditions:
      'Nội dung thông tin, quảng cáo phù hợp với tờ hướng dẫn sử dụng thuốc đã được phê duyệt; thuốc có giấy đăng ký lưu ' +
      'hành còn hiệu lực; báo cáo viên có trình độ chuyên môn phù hợp; hội thảo tổ chức trên địa bàn tỉnh Lâm Đồng.',
    steps: standardSteps(
      'Phòng Nghiệp vụ Dược thẩm định nội dung thông tin, quảng cáo thuốc đối chiếu tờ hướng dẫn sử dụng đã được phê duyệt.',
      'Giấy xác nhận nội dung thông tin, quảng cáo thuốc',
    ),
    legalBasis: [...LEGAL_BASIS, 'Luật Quảng cáo 2012 (16/2012/QH13)', PHARMACY_FEE_CIRCULAR],
    recourse: RECOURSE,
  },
];
