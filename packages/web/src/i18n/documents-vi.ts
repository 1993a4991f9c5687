/** Messages of the printable statutory forms (PDF); vi.ts includes them as `documents`. */
export const documentsVi = {
  opensInNewTab: '(mở PDF trong thẻ mới)',
  receipt: 'In giấy tiếp nhận (PDF)',
  receptionSlip: 'In phiếu (PDF)',
  trackingBook: 'In sổ theo dõi (PDF)',
  handoverRecord: 'In biên bản (PDF)',
  formsHeading: 'Giấy tờ in',
  formsIntro: 'Các mẫu phiếu của hồ sơ, in theo đúng dữ liệu đã ghi nhận.',
  forms: {
    receipt: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (mẫu 01)',
    'supplement-request': 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)',
    refusal: 'Phiếu từ chối tiếp nhận, giải quyết hồ sơ (mẫu 03)',
    apology: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu 04)',
    'stop-notice': 'Thông báo dừng xử lý hồ sơ (mẫu 05)',
    'control-slip': 'Phiếu kiểm soát quá trình giải quyết hồ sơ (mẫu 06)',
  },
  print: 'In',
};
