/**
 * Vietnamese wording of dates and numbers on printed forms. Việt Nam keeps UTC+7 all year, and
 * forms print the agency's local time, so these helpers shift by seven hours and read the UTC
 * fields (no dependence on the server's time zone).
 */
const OFFSET_MS = 7 * 3600_000;

const two = (n: number) => String(n).padStart(2, '0');

function local(at: Date | string) {
  const d = new Date(new Date(at).getTime() + OFFSET_MS);
  return {
    day: d.getUTCDate(),
    month: d.getUTCMonth() + 1,
    year: d.getUTCFullYear(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

/** "ngày 05 tháng 03 năm 2026" (the administrative style pads day and month to two digits). */
export function dateWordsVi(at: Date | string): string {
  const l = local(at);
  return `ngày ${two(l.day)} tháng ${two(l.month)} năm ${l.year}`;
}

/** "Lâm Đồng, ngày 05 tháng 03 năm 2026": the place and date line under the national motto. */
export function placeDateLine(place: string, at: Date | string): string {
  return `${place}, ${dateWordsVi(at)}`;
}

/** "05/03/2026" */
export function formatDateVi(at: Date | string): string {
  const l = local(at);
  return `${two(l.day)}/${two(l.month)}/${l.year}`;
}

/** "08 giờ 30 phút, ngày 05/03/2026" */
export function formatDateTimeVi(at: Date | string): string {
  const l = local(at);
  return `${two(l.hour)} giờ ${two(l.minute)} phút, ngày ${formatDateVi(at)}`;
}

/** "14:05 05/03/2026": compact form for table cells. */
export function formatShortDateTimeVi(at: Date | string): string {
  const l = local(at);
  return `${two(l.hour)}:${two(l.minute)} ${formatDateVi(at)}`;
}

/** 1234567 → "1.234.567" (Vietnamese groups thousands with dots). */
export function formatNumberVi(n: number): string {
  const sign = n < 0 ? '-' : '';
  const [whole, fraction] = Math.abs(n).toString().split('.');
  const grouped = (whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${sign}${grouped},${fraction}` : `${sign}${grouped}`;
}

/**
 * The province an agency sits in, from its name: "Sở Y tế tỉnh Lâm Đồng" → "Lâm Đồng"
 * (also "thành phố Hà Nội" → "Hà Nội"). Falls back to the whole name.
 */
export function provinceOf(agencyName: string): string {
  const m = /(?:tỉnh|thành phố)\s+(.+)$/iu.exec(agencyName.trim());
  return m?.[1]?.trim() ?? agencyName.trim();
}

/** The governing body printed above the agency: "UBND TỈNH LÂM ĐỒNG". */
export function governingBodyOf(agencyName: string): string {
  const m = /(tỉnh|thành phố)\s+(.+)$/iu.exec(agencyName.trim());
  if (!m) return '';
  return `UBND ${m[1]} ${m[2]}`.toLocaleUpperCase('vi');
}
