import {
  AGENCY,
  CHANNELS_ESTABLISHMENT,
  CHANNELS_ONLINE_ONLY,
  CHANNELS_PRACTICE,
  NO_FEE,
  ONE_STOP_DECREE,
  PHARMACY_FEE_CIRCULAR,
  PHARMACY_UNIT,
  RECOURSE,
  doc,
  fee,
  standardSteps,
  workingDays,
  type DemoProcedure,
} from './common.js';

/** Mỹ phẩm: notifications, manufacturing conditions, advertising. */

const FIELD = 'Mỹ phẩm';
const APPLICANTS: DemoProcedure['applicantTypes'] = ['enterprise', 'organisation'];
const COSMETICS_CIRCULAR = 'Thông tư 06/2011/TT-BYT quy định về quản lý mỹ phẩm (sửa đổi bởi Thông tư 29/2020/TT-BYT)';
const MANUFACTURING_DECREE =
  'Nghị định 93/2016/NĐ-CP quy định về điều kiện sản xuất mỹ phẩm (sửa đổi bởi Nghị định 155/2018/NĐ-CP)';

const BUSINESS_REGISTRATION = doc('Bản sao Giấy chứng nhận đăng ký doanh nghiệp', 'copy', null, { reusable: true });

export const COSMETICS_PROCEDURES: DemoProcedure[] = [
  {
    code: '1.001197',
    name: 'Tiếp nhận Phiếu công bố sản phẩm mỹ phẩm sản xuất trong nước',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: PHARMACY_UNIT,
    applicantTypes: APPLICANTS,
    channels: CHANNELS_ONLINE_ONLY,
    documents: [
      doc(
        'Phiếu công bố sản phẩm mỹ phẩm kèm dữ liệu công bố (bản điện tử)',
        'original',
        'Phụ lục số 01-MP Thông tư 06/2011/TT-BYT',
      ),
      doc(
        'Giấy ủy quyền của nhà sản xuất cho tổ chức, cá nhân chịu trách nhiệm đưa sản phẩm ra thị trường (trường hợp không phải là nhà sản xuất)',
        'certified_copy',
      ),
      doc('Bản sao Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm của nhà sản xuất', 'copy'),
      BUSINESS_REGISTRATION,
    ],
    dossierSets: 1,
    processingTime: workingDays(
      3,
      { counter: 0.5, unit: 2, leader: 0.5 },
      'Kể từ ngày nhận được hồ sơ công bố hợp lệ và phí',
    ),
    fees: {
      items: [fee('Phí thẩm định hồ sơ công bố sản phẩm mỹ phẩm sản xuất trong nước', 500_000, 'Mỗi sản phẩm')],
      noFee: false,
      exemptions: null,
    },
    result: 'Số tiếp nhận Phiếu công bố sản phẩm mỹ phẩm (có hiệu lực 05 năm)',
    conditions:
      'Tổ chức, cá nhân đưa sản phẩm ra thị trường có chức năng kinh doanh mỹ phẩm; sản phẩm được sản xuất tại cơ sở đã ' +
      'được cấp Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm; thành phần công thức đáp ứng quy định của Hiệp định mỹ phẩm ASEAN.',
    steps: [
      'Tổ chức, cá nhân nộp hồ sơ công bố và phí thẩm định trực tuyến trên Cổng Dịch vụ công quốc gia.',
      'Bộ phận một cửa kiểm tra tính đầy đủ của hồ sơ điện tử và tiếp nhận.',
      'Phòng Nghiệp vụ Dược kiểm tra Phiếu công bố, thành phần công thức và nhãn sản phẩm.',
      'Lãnh đạo Sở ký số; cấp số tiếp nhận Phiếu công bố hoặc có văn bản thông báo lý do không tiếp nhận.',
      'Trả số tiếp nhận Phiếu công bố bản điện tử trên Cổng Dịch vụ công quốc gia.',
    ],
    legalBasis: [MANUFACTURING_DECREE, COSMETICS_CIRCULAR, PHARMACY_FEE_CIRCULAR, ONE_STOP_DECREE],
    recourse: RECOURSE,
  },
  {
    code: '1.001181',
    name: 'Cấp Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: PHARMACY_UNIT,
    applicantTypes: APPLICANTS,
    channels: CHANNELS_ESTABLISHMENT,
    documents: [
      doc(
        'Văn bản đề nghị cấp Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm',
        'original',
        'Mẫu số 01 Phụ lục Nghị định 93/2016/NĐ-CP',
      ),
      doc('Sơ đồ mặt bằng và thiết kế của cơ sở sản xuất', 'original'),
      doc('Danh mục thiết bị hiện có của cơ sở sản xuất', 'original'),
      doc(
        'Danh mục các mặt hàng đang sản xuất hoặc dự kiến sản xuất và tiêu chuẩn chất lượng của từng mặt hàng',
        'original',
      ),
      BUSINESS_REGISTRATION,
    ],
    dossierSets: 1,
    processingTime: workingDays(
      30,
      { counter: 0.5, unit: 26.5, leader: 3 },
      'Kể từ ngày nhận đủ hồ sơ hợp lệ, bao gồm thời gian kiểm tra thực tế điều kiện sản xuất tại cơ sở',
    ),
    fees: {
      items: [fee('Phí thẩm định điều kiện sản xuất mỹ phẩm', 6_000_000, 'Mỗi cơ sở')],
      noFee: false,
      exemptions: null,
    },
    result: 'Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm',
    conditions:
      'Cơ sở có nhân sự phụ trách sản xuất có trình độ từ đại học trở lên thuộc chuyên ngành hóa học, sinh học, dược học ' +
      'hoặc chuyên ngành phù hợp; có địa điểm, diện tích, nhà xưởng, trang thiết bị đáp ứng yêu cầu dây chuyền sản xuất; ' +
      'có hệ thống quản lý chất lượng đối với nguyên liệu, bán thành phẩm, thành phẩm và hệ thống lưu giữ hồ sơ.',
    steps: standardSteps(
      'Phòng Nghiệp vụ Dược thẩm định hồ sơ, thành lập Đoàn kiểm tra thực tế điều kiện sản xuất tại cơ sở và lập biên bản kiểm tra.',
      'Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm',
    ),
    legalBasis: [MANUFACTURING_DECREE, COSMETICS_CIRCULAR, PHARMACY_FEE_CIRCULAR, ONE_STOP_DECREE],
    recourse: RECOURSE,
  },
  {
    code: '1.001172',
    name: 'Cấp lại Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: PHARMACY_UNIT,
    applicantTypes: APPLICANTS,
    channels: CHANNELS_ESTABLISHMENT,
    documents: [
      doc(
        'Văn bản đề nghị cấp lại Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm',
        'original',
        'Mẫu số 02 Phụ lục Nghị định 93/2016/NĐ-CP',
      ),
      doc('Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm đã được cấp (trường hợp bị hư hỏng)', 'original'),
      doc(
        'Tài liệu chứng minh sự thay đổi (trường hợp thay đổi tên cơ sở, địa chỉ do thay đổi địa giới hành chính)',
        'copy',
      ),
    ],
    dossierSets: 1,
    processingTime: workingDays(5, { counter: 0.5, unit: 3.5, leader: 1 }),
    fees: NO_FEE,
    result: 'Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm (cấp lại)',
    conditions:
      'Giấy chứng nhận bị mất, bị hư hỏng hoặc có thay đổi về tên cơ sở, địa chỉ do thay đổi địa giới hành chính mà ' +
      'không thay đổi địa điểm và điều kiện sản xuất.',
    steps: standardSteps(
      'Phòng Nghiệp vụ Dược đối chiếu hồ sơ lưu và tài liệu chứng minh, dự thảo Giấy chứng nhận cấp lại.',
      'Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm',
    ),
    legalBasis: [MANUFACTURING_DECREE, ONE_STOP_DECREE],
    recourse: RECOURSE,
  },
  {
    // Older provincial code: announced by the province before the national code was assigned.
    code: 'T-LDG-000123-TT',
    name: 'Xác nhận nội dung quảng cáo mỹ phẩm',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: PHARMACY_UNIT,
    applicantTypes: APPLICANTS,
    channels: CHANNELS_PRACTICE,
    documents: [
      doc('Văn bản đề nghị xác nhận nội dung quảng cáo mỹ phẩm', 'original', 'Phụ lục 01 Thông tư 09/2015/TT-BYT'),
      doc('Bản sao Phiếu công bố sản phẩm mỹ phẩm đã được cấp số tiếp nhận', 'copy'),
      doc(
        'Maket, kịch bản hoặc nội dung quảng cáo dự kiến (kèm bản ghi âm, ghi hình đối với quảng cáo trên truyền hình)',
        'original',
        null,
        {
          copies: 2,
        },
      ),
      doc(
        'Giấy ủy quyền của tổ chức, cá nhân chịu trách nhiệm đưa sản phẩm ra thị trường (nếu có)',
        'original_or_copy',
      ),
    ],
    dossierSets: 1,
    processingTime: workingDays(10, { counter: 0.5, unit: 8, leader: 1.5 }),
    fees: {
      items: [fee('Phí thẩm định hồ sơ xác nhận nội dung quảng cáo mỹ phẩm', 1_100_000, 'Mỗi hồ sơ')],
      noFee: false,
      exemptions: null,
    },
    result: 'Giấy xác nhận nội dung quảng cáo mỹ phẩm',
    conditions:
      'Sản phẩm đã được cấp số tiếp nhận Phiếu công bố còn hiệu lực; nội dung quảng cáo phù hợp với tính năng, công dụng ' +
      'đã công bố, không gây hiểu nhầm sản phẩm là thuốc.',
    steps: standardSteps(
      'Phòng Nghiệp vụ Dược thẩm định nội dung quảng cáo đối chiếu Phiếu công bố sản phẩm mỹ phẩm.',
      'Giấy xác nhận nội dung quảng cáo mỹ phẩm',
    ),
    legalBasis: [
      'Luật Quảng cáo 2012 (16/2012/QH13)',
      'Thông tư 09/2015/TT-BYT quy định xác nhận nội dung quảng cáo đối với sản phẩm, hàng hóa, dịch vụ đặc biệt thuộc lĩnh vực quản lý của Bộ Y tế',
      PHARMACY_FEE_CIRCULAR,
      ONE_STOP_DECREE,
    ],
    recourse: RECOURSE,
  },
];
