/**
 * Staff roles of DOMAIN.md §3. Applicants are not staff users: they act through
 * public pages and the national portal, never through a login of this system.
 */
export const ROLES = [
  'administrator',
  'counter_clerk',
  'courier',
  'specialist',
  'unit_head',
  'leader',
  'records_officer',
  'focal_officer',
  'inspector',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS = {
  administrator: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  counter_clerk: { vi: 'Nhân viên bưu điện tại Bộ phận một cửa', en: 'Counter clerk (Vietnam Post)' },
  courier: { vi: 'Bưu tá', en: 'Courier' },
  specialist: { vi: 'Chuyên viên', en: 'Specialist' },
  unit_head: { vi: 'Trưởng phòng', en: 'Head of unit' },
  leader: { vi: 'Lãnh đạo Sở', en: 'Department leader' },
  records_officer: { vi: 'Văn thư', en: 'Records office' },
  focal_officer: { vi: 'Công chức đầu mối kiểm soát TTHC', en: 'Focal officer for procedure control' },
  inspector: { vi: 'Thanh tra, giám sát', en: 'Inspector' },
} as const satisfies Record<Role, { vi: string; en: string }>;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
