import type { ShipmentStatus } from '@motcua/core';

/** Messages of results sent by post (dispatch, parcel timeline, failed deliveries, public parcel). */
export const postalVi = {
  nav: { failed: 'Giao không thành công' },
  statuses: {
    dispatched: 'Đã giao cho bưu điện',
    accepted: 'Bưu điện đã nhận bưu gửi',
    in_transit: 'Đang vận chuyển',
    out_for_delivery: 'Đang phát',
    delivered: 'Đã phát thành công',
    failed: 'Phát không thành công, chuyển hoàn về Bộ phận một cửa',
  } satisfies Record<ShipmentStatus, string>,
  panel: {
    heading: 'Gửi kết quả qua bưu chính',
    none: 'Chưa gửi bưu gửi nào.',
    dispatchHeading: 'Gửi kết quả qua bưu chính',
    trackingNumber: 'Số hiệu bưu gửi',
    trackingHint: 'Số in trên nhãn, dạng EL123456785VN (2 chữ cái, 9 chữ số, VN).',
    trackingHintGenerated:
      'Để trống để bưu điện cấp số; hoặc nhập số in trên nhãn, dạng EL123456785VN (2 chữ cái, 9 chữ số, VN).',
    recipientName: 'Người nhận',
    recipientAddress: 'Địa chỉ nhận',
    recipientPhone: 'Số điện thoại người nhận',
    simulation: 'Kịch bản mô phỏng (chế độ trình diễn)',
    simulations: {
      deliver: 'Phát thành công',
      fail: 'Phát không thành công',
      duplicate: 'Bưu điện gửi trùng thông báo',
      out_of_order: 'Thông báo đến sai thứ tự',
    },
    submit: 'Gửi kết quả',
    submitting: 'Đang gửi…',
    done: (n: string) => `Đã giao kết quả cho bưu điện, số hiệu ${n}.`,
    awaitingHandover:
      'Kết quả chỉ được gửi khi đã bàn giao cho bưu điện: lập biên bản bàn giao Bộ phận một cửa → Bưu điện, bưu tá xác nhận biên bản rồi gửi kết quả tại đây.',
    makeHandover: 'Lập biên bản bàn giao',
    handedOver: (n: string) => `Đã bàn giao cho bưu điện theo biên bản ${n}.`,
    redispatchHint:
      'Lần phát trước không thành công: gửi lại qua bưu chính, hoặc trả kết quả trực tiếp tại Bộ phận một cửa (nút "Trả kết quả").',
    parcel: (n: string) => `Bưu gửi ${n}`,
    carrier: 'Đơn vị chuyển phát',
    sentBy: (name: string, at: string) => `Gửi bởi ${name}, ${at}`,
    deliveredTo: (name: string) => `Người nhận: ${name}`,
    failureReason: (reason: string) => `Lý do: ${reason}`,
    timelineCaption: 'Hành trình bưu gửi',
    columns: { at: 'Thời gian', status: 'Trạng thái', place: 'Nơi', note: 'Ghi chú' },
    late: 'Thông báo đến muộn, không làm thay đổi trạng thái',
    refresh: 'Cập nhật trạng thái',
  },
  failed: {
    title: 'Giao kết quả không thành công',
    intro: 'Kết quả bưu điện chuyển hoàn: gửi lại qua bưu chính hoặc trả trực tiếp tại Bộ phận một cửa.',
    empty: 'Không có bưu gửi nào phát không thành công.',
    caption: 'Bưu gửi phát không thành công',
    columns: {
      code: 'Mã hồ sơ',
      applicant: 'Người nộp',
      procedure: 'Thủ tục',
      tracking: 'Số hiệu bưu gửi',
      failedAt: 'Thời gian',
      reason: 'Lý do',
    },
  },
  public: {
    heading: 'Kết quả gửi qua bưu chính',
    trackingNumber: 'Số hiệu bưu gửi',
    status: 'Trạng thái bưu gửi',
    deliveredAt: 'Thời gian phát',
    deliveredTo: 'Người nhận',
  },
};
