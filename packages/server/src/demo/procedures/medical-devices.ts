import {
  AGENCY,
  CHANNELS_ONLINE_ONLY,
  MEDICAL_FEE_CIRCULAR,
  MEDICAL_UNIT,
  NO_FEE,
  ONE_STOP_DECREE,
  RECOURSE,
  doc,
  fee,
  type DemoProcedure,
} from './common.js';

/** Trang thiết bị y tế: declarations made on the national medical-device system, resolved on receipt. */

const FIELD = 'Trang thiết bị y tế';
const APPLICANTS: DemoProcedure['applicantTypes'] = ['enterprise', 'organisation'];
const DEVICE_LAWS = [
  'Nghị định 98/2021/NĐ-CP về quản lý trang thiết bị y tế',
  'Nghị định 07/2023/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định 98/2021/NĐ-CP',
];
const ON_RECEIPT_NOTE =
  'Cấp số ngay khi nhận đủ hồ sơ và đăng tải công khai trên Hệ thống thông tin quản lý trang thiết bị y tế; Sở Y tế hậu kiểm sau công bố';

const BUSINESS_REGISTRATION = doc('Bản sao Giấy chứng nhận đăng ký doanh nghiệp', 'copy', null, { reusable: true });

export const MEDICAL_DEVICE_PROCEDURES: DemoProcedure[] = [
  {
    code: '1.003029',
    name: 'Công bố đủ điều kiện mua bán trang thiết bị y tế thuộc loại B, C, D',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: MEDICAL_UNIT,
    applicantTypes: APPLICANTS,
    channels: CHANNELS_ONLINE_ONLY,
    documents: [
      doc(
        'Văn bản công bố đủ điều kiện mua bán trang thiết bị y tế',
        'original',
        'Mẫu số 08 Phụ lục I Nghị định 98/2021/NĐ-CP',
      ),
      doc('Bản kê khai nhân sự và văn bằng, chứng chỉ đào tạo của người phụ trách chuyên môn', 'copy'),
      doc(
        'Tài liệu chứng minh kho bảo quản và phương tiện vận chuyển đáp ứng yêu cầu của trang thiết bị y tế (hoặc hợp đồng thuê)',
        'copy',
      ),
      BUSINESS_REGISTRATION,
    ],
    dossierSets: 1,
    processingTime: { unit: 'working_days', total: 0, steps: null, note: ON_RECEIPT_NOTE },
    fees: NO_FEE,
    result: 'Số công bố đủ điều kiện mua bán trang thiết bị y tế thuộc loại B, C, D',
    conditions:
      'Người phụ trách chuyên môn có trình độ từ cao đẳng trở lên chuyên ngành kỹ thuật trang thiết bị y tế, y, dược, hóa ' +
      'dược hoặc sinh học, hoặc từ cao đẳng trở lên chuyên ngành kỹ thuật, khoa học tự nhiên có giấy xác nhận đào tạo về ' +
      'kỹ thuật trang thiết bị y tế; có kho bảo quản và phương tiện vận chuyển phù hợp với yêu cầu của nhà sản xuất.',
    steps: [
      'Cơ sở kê khai và nộp hồ sơ trực tuyến trên Hệ thống thông tin quản lý trang thiết bị y tế (liên thông Cổng Dịch vụ công quốc gia).',
      'Hệ thống kiểm tra tính đầy đủ của hồ sơ và cấp số công bố ngay khi nhận đủ hồ sơ.',
      'Số công bố và hồ sơ được đăng tải công khai; cơ sở được mua bán trang thiết bị y tế loại B, C, D từ thời điểm công bố.',
      'Phòng Nghiệp vụ Y hậu kiểm hồ sơ, kiểm tra điều kiện tại cơ sở và xử lý khi phát hiện không đáp ứng.',
    ],
    legalBasis: [...DEVICE_LAWS, ONE_STOP_DECREE],
    recourse: RECOURSE,
  },
  {
    code: '1.003039',
    name: 'Công bố tiêu chuẩn áp dụng đối với trang thiết bị y tế thuộc loại A, B',
    field: FIELD,
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: MEDICAL_UNIT,
    applicantTypes: APPLICANTS,
    channels: CHANNELS_ONLINE_ONLY,
    documents: [
      doc(
        'Văn bản công bố tiêu chuẩn áp dụng của trang thiết bị y tế',
        'original',
        'Mẫu số 02 Phụ lục I Nghị định 98/2021/NĐ-CP',
      ),
      doc('Bản kết quả phân loại trang thiết bị y tế', 'original', 'Mẫu số 01 Phụ lục I Nghị định 98/2021/NĐ-CP'),
      doc('Giấy chứng nhận đạt tiêu chuẩn quản lý chất lượng ISO 13485 của cơ sở sản xuất còn hiệu lực', 'copy'),
      doc(
        'Giấy ủy quyền của chủ sở hữu trang thiết bị y tế cho cơ sở thực hiện công bố (trường hợp không phải chủ sở hữu)',
        'certified_copy',
      ),
      doc(
        'Tài liệu mô tả tóm tắt kỹ thuật, tài liệu hướng dẫn sử dụng và mẫu nhãn trang thiết bị y tế bằng tiếng Việt',
        'original',
      ),
      doc('Giấy chứng nhận hợp chuẩn hoặc bản tiêu chuẩn sản phẩm do chủ sở hữu công bố', 'copy'),
    ],
    dossierSets: 1,
    processingTime: { unit: 'working_days', total: 0, steps: null, note: ON_RECEIPT_NOTE },
    fees: {
      items: [
        fee(
          'Phí thẩm định công bố tiêu chuẩn áp dụng đối với trang thiết bị y tế thuộc loại A, B',
          1_000_000,
          'Mỗi hồ sơ',
        ),
      ],
      noFee: false,
      exemptions: null,
    },
    result: 'Số lưu hành trang thiết bị y tế thuộc loại A, B (số công bố tiêu chuẩn áp dụng)',
    conditions:
      'Trang thiết bị y tế đã được phân loại là loại A hoặc B; cơ sở sản xuất đạt tiêu chuẩn quản lý chất lượng ISO 13485; ' +
      'cơ sở công bố là chủ sở hữu hoặc được chủ sở hữu ủy quyền, có kho bảo quản hoặc hợp đồng thuê kho phù hợp.',
    steps: [
      'Cơ sở kê khai và nộp hồ sơ, phí trực tuyến trên Hệ thống thông tin quản lý trang thiết bị y tế.',
      'Hệ thống kiểm tra tính đầy đủ của hồ sơ và cấp số lưu hành ngay khi nhận đủ hồ sơ, phí.',
      'Hồ sơ công bố được đăng tải công khai trên Hệ thống.',
      'Phòng Nghiệp vụ Y hậu kiểm; thu hồi số lưu hành khi hồ sơ không hợp lệ hoặc trang thiết bị không đạt tiêu chuẩn công bố.',
    ],
    legalBasis: [...DEVICE_LAWS, MEDICAL_FEE_CIRCULAR, ONE_STOP_DECREE],
    recourse: RECOURSE,
  },
];
