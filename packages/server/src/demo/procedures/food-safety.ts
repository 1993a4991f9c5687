import {
  AGENCY,
  CHANNELS_ESTABLISHMENT,
  CHANNELS_FULL_ONLINE,
  MEDICAL_UNIT,
  ONE_STOP_DECREE,
  RECOURSE,
  doc,
  fee,
  standardSteps,
  workingDays,
  type DemoProcedure,
} from './common.js';

/**
 * An toàn thực phẩm. The demo department has no food-safety unit, so Phòng Nghiệp vụ Y processes
 * these dossiers.
 */

const FIELD = 'An toàn thực phẩm';
const APPLICANTS: DemoProcedure['applicantTypes'] = ['enterprise', 'organisation'];
const FOOD_LAW = 'Luật An toàn thực phẩm 2010 (55/2010/QH12)';
const FOOD_DECREE = 'Nghị định 15/2018/NĐ-CP quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm';
const FOOD_FEE_CIRCULAR =
  'Thông tư 67/2021/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong công tác an toàn thực phẩm';
const BUSINESS_REGISTRATION = doc(
  'Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc Giấy chứng nhận đăng ký hộ kinh doanh có ngành nghề phù hợp',
  'copy',
  null,
  { reusable: true },
);

export const FOOD_SAFETY_PROCEDURES: DemoProcedure[] = [
  {
    code: '2.000591',
    name: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: MEDICAL_UNIT,
    applicantTypes: APPLICANTS,
    channels: CHANNELS_ESTABLISHMENT,
    documents: [
      doc(
        'Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
        'original',
        'Mẫu số 01 Phụ lục I Nghị định 155/2018/NĐ-CP',
      ),
      doc(
        'Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện vệ sinh an toàn thực phẩm',
        'original',
        'Mẫu số 02 Phụ lục I Nghị định 155/2018/NĐ-CP',
      ),
      BUSINESS_REGISTRATION,
      doc(
        'Giấy xác nhận đủ sức khỏe hoặc danh sách tổng hợp xác nhận đủ sức khỏe của chủ cơ sở và người trực tiếp sản xuất, kinh doanh thực phẩm',
        'original_or_copy',
      ),
      doc(
        'Giấy xác nhận đã được tập huấn kiến thức an toàn thực phẩm của chủ cơ sở và người trực tiếp sản xuất, kinh doanh thực phẩm',
        'original_or_copy',
      ),
    ],
    dossierSets: 1,
    processingTime: workingDays(
      20,
      { counter: 0.5, unit: 17.5, leader: 2 },
      'Kể từ ngày nhận đủ hồ sơ hợp lệ, bao gồm thời gian thẩm định thực tế tại cơ sở',
    ),
    fees: {
      items: [
        fee('Phí thẩm định cấp Giấy chứng nhận đối với cơ sở sản xuất thực phẩm nhỏ lẻ', 500_000, 'Mỗi lần thẩm định'),
        fee(
          'Phí thẩm định đối với cơ sở kinh doanh dịch vụ ăn uống phục vụ dưới 200 suất ăn',
          700_000,
          'Mỗi lần thẩm định',
        ),
        fee(
          'Phí thẩm định đối với cơ sở kinh doanh dịch vụ ăn uống phục vụ từ 200 suất ăn trở lên',
          1_000_000,
          'Mỗi lần thẩm định',
        ),
        fee(
          'Phí thẩm định đối với cơ sở sản xuất thực phẩm (trừ cơ sở sản xuất nhỏ lẻ)',
          3_000_000,
          'Mỗi lần thẩm định',
        ),
      ],
      noFee: false,
      exemptions: null,
    },
    result: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (có hiệu lực 03 năm)',
    conditions:
      'Cơ sở đáp ứng điều kiện bảo đảm an toàn thực phẩm về địa điểm, môi trường, thiết kế, bố trí khu vực sản xuất, kinh ' +
      'doanh; trang thiết bị, dụng cụ; nguồn nước; chủ cơ sở và người trực tiếp sản xuất, kinh doanh đã được tập huấn ' +
      'kiến thức và xác nhận đủ sức khỏe theo Điều 19, 20, 21 và 28 Luật An toàn thực phẩm.',
    steps: standardSteps(
      'Phòng Nghiệp vụ Y thẩm định hồ sơ, Đoàn thẩm định kiểm tra thực tế điều kiện bảo đảm an toàn thực phẩm tại cơ sở và lập biên bản.',
      'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
    ),
    legalBasis: [
      FOOD_LAW,
      FOOD_DECREE,
      'Nghị định 155/2018/NĐ-CP sửa đổi, bổ sung một số quy định liên quan đến điều kiện đầu tư kinh doanh thuộc phạm vi quản lý nhà nước của Bộ Y tế',
      FOOD_FEE_CIRCULAR,
      ONE_STOP_DECREE,
    ],
    recourse: RECOURSE,
  },
  {
    code: '2.001226',
    name: 'Đăng ký bản công bố sản phẩm đối với thực phẩm dinh dưỡng y học, thực phẩm dùng cho chế độ ăn đặc biệt, sản phẩm dinh dưỡng dùng cho trẻ đến 36 tháng tuổi',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: MEDICAL_UNIT,
    applicantTypes: APPLICANTS,
    channels: CHANNELS_FULL_ONLINE,
    documents: [
      doc('Bản công bố sản phẩm', 'original', 'Mẫu số 02 Phụ lục I Nghị định 15/2018/NĐ-CP'),
      doc(
        'Phiếu kết quả kiểm nghiệm an toàn thực phẩm của sản phẩm trong thời hạn 12 tháng, do phòng kiểm nghiệm được chỉ định hoặc công nhận cấp',
        'original_or_copy',
      ),
      doc(
        'Bằng chứng khoa học chứng minh công dụng của sản phẩm hoặc của thành phần tạo nên công dụng đã công bố',
        'original_or_copy',
      ),
      doc(
        'Bản sao Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (trường hợp cơ sở thuộc đối tượng phải cấp)',
        'copy',
      ),
      doc('Mẫu nhãn sản phẩm dự kiến lưu hành', 'original'),
    ],
    dossierSets: 1,
    processingTime: workingDays(7, { counter: 0.5, unit: 5.5, leader: 1 }),
    fees: {
      items: [fee('Phí thẩm định hồ sơ đăng ký bản công bố sản phẩm', 1_500_000, 'Mỗi sản phẩm')],
      noFee: false,
      exemptions: null,
    },
    result: 'Giấy tiếp nhận đăng ký bản công bố sản phẩm',
    conditions:
      'Sản phẩm được sản xuất tại cơ sở đủ điều kiện an toàn thực phẩm; có kết quả kiểm nghiệm đạt các chỉ tiêu an toàn; ' +
      'nhãn sản phẩm và công dụng công bố phù hợp với bằng chứng khoa học.',
    steps: standardSteps(
      'Phòng Nghiệp vụ Y thẩm định bản công bố, kết quả kiểm nghiệm, bằng chứng khoa học và nhãn sản phẩm.',
      'Giấy tiếp nhận đăng ký bản công bố sản phẩm',
    ),
    legalBasis: [FOOD_LAW, FOOD_DECREE, FOOD_FEE_CIRCULAR, ONE_STOP_DECREE],
    recourse: RECOURSE,
  },
  {
    code: '2.000535',
    name: 'Xác nhận nội dung quảng cáo thực phẩm (thực phẩm dinh dưỡng y học, thực phẩm dùng cho chế độ ăn đặc biệt)',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: MEDICAL_UNIT,
    applicantTypes: APPLICANTS,
    channels: CHANNELS_FULL_ONLINE,
    documents: [
      doc('Đơn đề nghị xác nhận nội dung quảng cáo', 'original', 'Mẫu số 10 Phụ lục I Nghị định 15/2018/NĐ-CP'),
      doc('Bản sao Giấy tiếp nhận đăng ký bản công bố sản phẩm và bản công bố sản phẩm', 'copy'),
      doc(
        'Mẫu nội dung quảng cáo dự kiến (maket, kịch bản; bản ghi âm, ghi hình đối với quảng cáo trên báo nói, báo hình)',
        'original',
        null,
        { copies: 2 },
      ),
      doc(
        'Tài liệu khoa học chứng minh nội dung quảng cáo (trường hợp nội dung quảng cáo không có trong bản công bố)',
        'original_or_copy',
      ),
    ],
    dossierSets: 1,
    processingTime: workingDays(10, { counter: 0.5, unit: 8, leader: 1.5 }),
    fees: {
      items: [fee('Phí thẩm định hồ sơ xác nhận nội dung quảng cáo thực phẩm', 1_100_000, 'Mỗi hồ sơ')],
      noFee: false,
      exemptions: null,
    },
    result: 'Giấy xác nhận nội dung quảng cáo thực phẩm',
    conditions:
      'Sản phẩm đã được cấp Giấy tiếp nhận đăng ký bản công bố sản phẩm còn hiệu lực; nội dung quảng cáo phù hợp với công ' +
      'dụng, tính năng đã công bố, không gây hiểu nhầm sản phẩm là thuốc chữa bệnh.',
    steps: standardSteps(
      'Phòng Nghiệp vụ Y thẩm định nội dung quảng cáo đối chiếu bản công bố sản phẩm và quy định về quảng cáo.',
      'Giấy xác nhận nội dung quảng cáo thực phẩm',
    ),
    legalBasis: [FOOD_LAW, FOOD_DECREE, 'Luật Quảng cáo 2012 (16/2012/QH13)', FOOD_FEE_CIRCULAR, ONE_STOP_DECREE],
    recourse: RECOURSE,
  },
];
