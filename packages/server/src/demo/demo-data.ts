import type { Role } from '@motcua/core';

/**
 * Demo agencies and accounts (issue: foundation §9). Agency and unit identifiers follow the
 * QCVN 102:2016 shape but are illustrative: real ones are data an administrator enters.
 */
export const DEMO_PASSWORD = 'motcua-demo';

export const LAM_DONG = {
  code: '000.00.31.H36',
  name: 'Sở Y tế tỉnh Lâm Đồng',
  validFrom: '2025-07-01',
  units: [
    { key: 'office', code: '000.00.31.H36.01', name: 'Văn phòng Sở', kind: 'office' },
    { key: 'pharmacy', code: '000.00.31.H36.02', name: 'Phòng Nghiệp vụ Dược', kind: 'professional' },
    { key: 'medical', code: '000.00.31.H36.03', name: 'Phòng Nghiệp vụ Y', kind: 'professional' },
    { key: 'finance', code: '000.00.31.H36.04', name: 'Phòng Kế hoạch – Tài chính', kind: 'finance' },
  ],
  counters: [
    {
      code: '000.00.31.H36',
      name: 'Bộ phận một cửa Sở Y tế',
      location: 'Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng',
    },
  ],
  users: [
    { username: 'quantri', fullName: 'Nguyễn Văn Quản', role: 'administrator', unit: null },
    { username: 'buudien', fullName: 'Trần Thị Bưu', role: 'counter_clerk', unit: null },
    { username: 'chuyenvien', fullName: 'Lê Thị Chuyên', role: 'specialist', unit: 'pharmacy' },
    { username: 'truongphong', fullName: 'Phạm Văn Trưởng', role: 'unit_head', unit: 'pharmacy' },
    // Phòng Nghiệp vụ Y has its own head and specialist, so its demo dossiers move too.
    { username: 'chuyenvien.y', fullName: 'Bùi Thị Chuyên', role: 'specialist', unit: 'medical' },
    { username: 'truongphong.y', fullName: 'Đặng Văn Trưởng', role: 'unit_head', unit: 'medical' },
    { username: 'lanhdao', fullName: 'Hoàng Văn Lãnh', role: 'leader', unit: null },
    { username: 'vanthu', fullName: 'Đỗ Thị Văn', role: 'records_officer', unit: 'office' },
    { username: 'daumoi', fullName: 'Vũ Thị Đầu Mối', role: 'focal_officer', unit: 'office' },
    // A Vietnam Post courier (bưu tá): collects pickup orders and carries the packages to the counter.
    { username: 'buuta', fullName: 'Lý Văn Tá', role: 'courier', unit: null },
  ],
} as const;

/** Departments merged into Lâm Đồng on 1 July 2025: kept for history, with a successor link. */
export const MERGED_INTO_LAM_DONG = [
  { code: '000.00.31.H17', name: 'Sở Y tế tỉnh Đắk Nông', validFrom: '2004-01-01', validTo: '2025-06-30' },
  { code: '000.00.31.H10', name: 'Sở Y tế tỉnh Bình Thuận', validFrom: '1992-04-01', validTo: '2025-06-30' },
] as const;

/** A second agency with one user, to show that agencies never see each other's data. */
export const KHANH_HOA = {
  code: '000.00.31.H34',
  name: 'Sở Y tế tỉnh Khánh Hòa',
  validFrom: '2025-07-01',
  units: [{ key: 'office', code: '000.00.31.H34.01', name: 'Văn phòng Sở', kind: 'office' }],
  counters: [
    {
      code: '000.00.31.H34',
      name: 'Bộ phận một cửa Sở Y tế',
      location: 'Trung tâm Phục vụ hành chính công tỉnh Khánh Hòa',
    },
  ],
  users: [{ username: 'quantri.khanhhoa', fullName: 'Ngô Văn Hòa', role: 'administrator', unit: null }],
} as const;

export type DemoAgency = {
  code: string;
  name: string;
  validFrom: string;
  units: readonly { key: string; code: string; name: string; kind: 'office' | 'professional' | 'finance' }[];
  counters: readonly { code: string; name: string; location: string }[];
  users: readonly { username: string; fullName: string; role: Role; unit: string | null }[];
};
