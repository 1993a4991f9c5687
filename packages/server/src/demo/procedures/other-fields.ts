import {
  AGENCY,
  CHANNELS_FULL_ONLINE,
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

/** Y tế dự phòng, Giám định y khoa, Y dược cổ truyền: all processed by Phòng Nghiệp vụ Y in the demo. */

const IDENTITY = doc(
  'Bản sao Căn cước/Căn cước công dân (không yêu cầu khi khai thác được từ Cơ sở dữ liệu quốc gia về dân cư)',
  'copy',
  null,
  { reusable: true },
);

export const OTHER_FIELD_PROCEDURES: DemoProcedure[] = [
  {
    code: '1.002467',
    name: 'Công bố cơ sở đủ điều kiện thực hiện tiêm chủng',
    field: 'Y tế dự phòng',
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: MEDICAL_UNIT,
    applicantTypes: ['organisation', 'enterprise'],
    channels: CHANNELS_FULL_ONLINE,
    documents: [
      doc('Văn bản công bố cơ sở đủ điều kiện tiêm chủng', 'original', 'Mẫu số 01 Phụ lục X Nghị định 155/2018/NĐ-CP'),
      doc(
        'Bản kê khai nhân sự, cơ sở vật chất và trang thiết bị (dây chuyền lạnh bảo quản vắc xin, hộp chống sốc) của cơ sở',
        'original',
      ),
      doc('Bản sao giấy chứng nhận đã được tập huấn về tiêm chủng của nhân viên y tế thực hiện tiêm chủng', 'copy'),
      doc('Bản sao giấy phép hoạt động khám bệnh, chữa bệnh hoặc quyết định thành lập cơ sở', 'copy', null, {
        reusable: true,
      }),
    ],
    dossierSets: 1,
    processingTime: {
      unit: 'working_days',
      total: 0,
      steps: null,
      note: 'Cơ sở được thực hiện tiêm chủng sau khi gửi văn bản công bố; Sở Y tế đăng tải công khai trên Cổng thông tin điện tử và kiểm tra sau công bố',
    },
    fees: NO_FEE,
    result: 'Công bố cơ sở đủ điều kiện tiêm chủng được đăng tải trên Cổng thông tin điện tử của Sở Y tế',
    conditions:
      'Cơ sở có khu vực chờ, khám sàng lọc, thực hiện tiêm chủng và theo dõi sau tiêm chủng; có thiết bị bảo quản vắc xin ' +
      'đáp ứng dây chuyền lạnh và hộp chống sốc; nhân viên y tế thực hiện tiêm chủng đã được tập huấn chuyên môn về tiêm chủng.',
    steps: [
      'Cơ sở nộp văn bản công bố kèm hồ sơ tại Bộ phận một cửa, qua bưu chính công ích hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.',
      'Bộ phận một cửa tiếp nhận, kiểm tra thành phần hồ sơ và chuyển Phòng Nghiệp vụ Y.',
      'Sở Y tế đăng tải công khai tên, địa chỉ cơ sở đã công bố đủ điều kiện tiêm chủng trên Cổng thông tin điện tử.',
      'Phòng Nghiệp vụ Y kiểm tra sau công bố; đình chỉ hoạt động tiêm chủng nếu cơ sở không đáp ứng điều kiện.',
    ],
    legalBasis: [
      'Luật Phòng, chống bệnh truyền nhiễm 2007 (03/2007/QH12)',
      'Nghị định 104/2016/NĐ-CP quy định về hoạt động tiêm chủng (sửa đổi bởi Nghị định 155/2018/NĐ-CP)',
      'Thông tư 34/2018/TT-BYT quy định chi tiết một số điều của Nghị định 104/2016/NĐ-CP',
      ONE_STOP_DECREE,
    ],
    recourse: RECOURSE,
  },
  {
    code: '1.001984',
    name: 'Khám giám định y khoa lần đầu đối với người bị tai nạn lao động',
    field: 'Giám định y khoa',
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: MEDICAL_UNIT,
    applicantTypes: ['citizen'],
    channels: { counter: true, postReceipt: false, postReturn: true, online: 'partial', personalPresence: true },
    documents: [
      doc('Giấy đề nghị khám giám định', 'original', 'Phụ lục 3 Thông tư 56/2017/TT-BYT'),
      doc('Giấy giới thiệu của người sử dụng lao động', 'original', 'Phụ lục 4 Thông tư 56/2017/TT-BYT'),
      doc(
        'Biên bản điều tra tai nạn lao động của người sử dụng lao động hoặc Đoàn điều tra tai nạn lao động',
        'certified_copy',
      ),
      doc('Giấy ra viện hoặc tóm tắt hồ sơ bệnh án điều trị thương tật do tai nạn lao động', 'certified_copy'),
      IDENTITY,
    ],
    dossierSets: 1,
    processingTime: workingDays(
      30,
      { counter: 0.5, unit: 26.5, leader: 3 },
      'Theo lịch họp của Hội đồng Giám định y khoa; tối đa 60 ngày làm việc khi phải khám chuyên khoa, cận lâm sàng bổ sung',
    ),
    fees: {
      items: [
        fee(
          'Phí giám định y khoa',
          null,
          'Theo biểu phí giám định y khoa tại Thông tư 243/2016/TT-BTC; chi phí khám cận lâm sàng theo giá dịch vụ y tế',
        ),
      ],
      noFee: false,
      exemptions:
        'Người lao động không phải nộp: người sử dụng lao động chi trả phí khám giám định mức suy giảm khả năng lao động do tai nạn lao động (Luật An toàn, vệ sinh lao động 2015).',
    },
    result: 'Biên bản giám định y khoa (kết luận tỷ lệ phần trăm tổn thương cơ thể do tai nạn lao động)',
    conditions:
      'Người lao động bị tai nạn lao động đã được điều trị ổn định thương tật; có biên bản điều tra tai nạn lao động; ' +
      'người được giám định phải có mặt để khám theo lịch của Hội đồng Giám định y khoa.',
    steps: [
      'Người lao động hoặc người sử dụng lao động nộp hồ sơ tại Bộ phận một cửa hoặc nộp trực tuyến một phần trên Cổng Dịch vụ công quốc gia.',
      'Bộ phận một cửa tiếp nhận, kiểm tra thành phần hồ sơ và hẹn lịch khám giám định.',
      'Người được giám định có mặt khám lâm sàng, khám chuyên khoa và cận lâm sàng theo chỉ định của Hội đồng Giám định y khoa.',
      'Hội đồng Giám định y khoa họp, kết luận tỷ lệ tổn thương cơ thể và ban hành biên bản giám định.',
      'Trả biên bản giám định tại Bộ phận một cửa hoặc qua dịch vụ bưu chính công ích.',
    ],
    legalBasis: [
      'Luật An toàn, vệ sinh lao động 2015 (84/2015/QH13)',
      'Thông tư 56/2017/TT-BYT quy định chi tiết thi hành Luật Bảo hiểm xã hội và Luật An toàn, vệ sinh lao động thuộc lĩnh vực y tế',
      'Thông tư 243/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí giám định y khoa',
      ONE_STOP_DECREE,
    ],
    recourse:
      'Không đồng ý với kết luận giám định: đề nghị khám giám định phúc quyết tại Viện Giám định y khoa trung ương; khiếu nại ' +
      'thủ tục đến Giám đốc Sở Y tế tỉnh Lâm Đồng theo Luật Khiếu nại 2011; phản ánh, kiến nghị qua đường dây nóng, hộp thư ' +
      'góp ý tại Bộ phận một cửa hoặc Cổng Dịch vụ công quốc gia.',
  },
  {
    code: '1.012286',
    name: 'Cấp mới giấy phép hành nghề khám bệnh, chữa bệnh đối với chức danh lương y, người có bài thuốc gia truyền hoặc có phương pháp chữa bệnh gia truyền',
    field: 'Y dược cổ truyền',
    level: 'province',
    implementingAgency: AGENCY,
    implementingUnitCode: MEDICAL_UNIT,
    applicantTypes: ['citizen'],
    channels: CHANNELS_PRACTICE,
    documents: [
      doc('Đơn đề nghị cấp mới giấy phép hành nghề', 'original', 'Mẫu 01 Phụ lục I Nghị định 96/2023/NĐ-CP'),
      doc(
        'Bản sao hợp lệ Giấy chứng nhận lương y, Giấy chứng nhận bài thuốc gia truyền hoặc Giấy chứng nhận phương pháp chữa bệnh gia truyền',
        'certified_copy',
      ),
      doc(
        'Giấy xác nhận hoàn thành quá trình thực hành khám bệnh, chữa bệnh bằng y học cổ truyền',
        'original',
        'Mẫu 02 Phụ lục I Nghị định 96/2023/NĐ-CP',
      ),
      doc('Giấy chứng nhận đủ sức khỏe để hành nghề khám bệnh, chữa bệnh', 'original'),
      doc('02 ảnh chân dung cỡ 04cm x 06cm, chụp trong thời gian không quá 06 tháng', 'original', null, { copies: 2 }),
      IDENTITY,
    ],
    dossierSets: 1,
    processingTime: workingDays(30, { counter: 0.5, unit: 26.5, leader: 3 }),
    fees: {
      items: [fee('Phí thẩm định cấp giấy phép hành nghề khám bệnh, chữa bệnh', 430_000, 'Mỗi hồ sơ')],
      noFee: false,
      exemptions: null,
    },
    result:
      'Giấy phép hành nghề khám bệnh, chữa bệnh (chức danh lương y hoặc người có bài thuốc, phương pháp chữa bệnh gia truyền)',
    conditions:
      'Có Giấy chứng nhận lương y hoặc Giấy chứng nhận bài thuốc, phương pháp chữa bệnh gia truyền; đã hoàn thành quá trình ' +
      'thực hành khám bệnh, chữa bệnh bằng y học cổ truyền; đủ sức khỏe để hành nghề; không thuộc trường hợp bị cấm hành nghề.',
    steps: standardSteps(
      'Phòng Nghiệp vụ Y thẩm định hồ sơ, lấy ý kiến Hội đồng chuyên môn y dược cổ truyền khi cần và dự thảo giấy phép hành nghề.',
      'Giấy phép hành nghề',
    ),
    legalBasis: [...MEDICAL_LAWS, MEDICAL_FEE_CIRCULAR, ONE_STOP_DECREE],
    recourse: RECOURSE,
  },
];
