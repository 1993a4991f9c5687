import type { Applicant } from '@motcua/core';

/**
 * Applicants of the demo dossiers: people drawn from common Vietnamese names, and a few
 * organisations, each with the procedures it would plausibly ask for. Every identifier is
 * invented; none is anyone's real number.
 */

/** A seeded pseudo-random source (mulberry32): the same seed gives the same demo every time. */
export type Rng = {
  next: () => number;
  between: (min: number, max: number) => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
};

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    between: (min, max) => min + next() * (max - min),
    int,
    pick: (items) => {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô'];
const MALE = {
  middle: ['Văn', 'Minh', 'Đức', 'Quốc', 'Hữu', 'Thanh', 'Công'],
  given: ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Khoa', 'Long', 'Nam', 'Phúc', 'Quang', 'Sơn', 'Tuấn', 'Việt'],
};
const FEMALE = {
  middle: ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Mỹ', 'Kim'],
  given: [
    'Anh',
    'Châu',
    'Dung',
    'Giang',
    'Hà',
    'Hạnh',
    'Hương',
    'Lan',
    'Linh',
    'Mai',
    'Ngân',
    'Phương',
    'Thảo',
    'Trang',
  ],
};

/** Wards after the 2025 reorganisation, with a few streets of each town. */
const PLACES = [
  { ward: 'Phường Xuân Hương - Đà Lạt', streets: ['Trần Phú', 'Phan Đình Phùng', 'Bùi Thị Xuân', 'Hai Bà Trưng'] },
  { ward: 'Phường Lâm Viên - Đà Lạt', streets: ['Yersin', 'Hoàng Văn Thụ', 'Nguyễn Văn Trỗi', '3 Tháng 2'] },
  { ward: 'Phường 1 Bảo Lộc', streets: ['Lê Hồng Phong', 'Nguyễn Công Trứ', 'Trần Phú', 'Hà Giang'] },
  { ward: "Phường B'Lao", streets: ['Lý Thường Kiệt', 'Nguyễn Văn Cừ', 'Phan Bội Châu'] },
  { ward: 'Phường Phan Thiết', streets: ['Trần Hưng Đạo', 'Thủ Khoa Huân', 'Nguyễn Tất Thành', 'Tôn Đức Thắng'] },
  { ward: 'Phường Mũi Né', streets: ['Nguyễn Đình Chiểu', 'Huỳnh Thúc Kháng', 'Võ Nguyên Giáp'] },
  { ward: 'Phường Nam Gia Nghĩa', streets: ['Lê Duẩn', 'Hùng Vương', '23 Tháng 3'] },
  { ward: 'Phường Bắc Gia Nghĩa', streets: ['Trần Hưng Đạo', 'Lê Thánh Tông', 'Nguyễn Tất Thành'] },
] as const;

export function demoAddress(rng: Rng): string {
  const place = rng.pick(PLACES);
  return `${rng.int(2, 240)} ${rng.pick(place.streets)}, ${place.ward}, tỉnh Lâm Đồng`;
}

function phone(rng: Rng): string {
  return `09${rng.pick(['0', '1', '3', '6', '8'])}${String(rng.int(1_000_000, 9_999_999))}`;
}

export type PersonApplicant = Extract<Applicant, { kind: 'person' }>;

/**
 * A person born in Lâm Đồng: a căn cước number whose first three digits are the province code
 * (068), then the gender-and-century digit and the year of birth, as on real cards.
 */
export function demoPerson(rng: Rng): PersonApplicant {
  const isFemale = rng.next() < 0.5;
  const names = isFemale ? FEMALE : MALE;
  const year = rng.int(1968, 2001);
  const century = year >= 2000 ? 2 : 0;
  const citizenId = `068${century + (isFemale ? 1 : 0)}${String(year).slice(2)}${rng.int(100_000, 999_999)}`;
  const month = String(rng.int(1, 12)).padStart(2, '0');
  const day = String(rng.int(1, 28)).padStart(2, '0');
  return {
    kind: 'person',
    name: `${rng.pick(FAMILY)} ${rng.pick(names.middle)} ${rng.pick(names.given)}`,
    citizenId,
    dateOfBirth: `${year}-${month}-${day}`,
    phone: phone(rng),
    email: null,
    address: demoAddress(rng),
  };
}

/** Organisations; tax codes start with the old province's prefix (58 Lâm Đồng, 34 Bình Thuận, 64 Đắk Nông). */
export const DEMO_ORGANISATIONS = [
  {
    name: 'Nhà thuốc Minh Châu',
    taxCode: '5801234567',
    representative: 'Nguyễn Thị Minh Châu',
    address: '45 Phan Đình Phùng, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng',
    procedures: ['1.004604', '1.004599', '1.004593', '1.004576'],
  },
  {
    name: 'Nhà thuốc Thiên Phúc',
    taxCode: '3401287654',
    representative: 'Trần Văn Phúc',
    address: '112 Thủ Khoa Huân, Phường Phan Thiết, tỉnh Lâm Đồng',
    procedures: ['1.004604', '1.004593', '1.004576'],
  },
  {
    name: 'Công ty TNHH Dược phẩm Langbiang',
    taxCode: '5800987654',
    representative: 'Lê Quốc Bảo',
    address: '8 Yersin, Phường Lâm Viên - Đà Lạt, tỉnh Lâm Đồng',
    procedures: ['1.004548', '1.004593'],
  },
  {
    name: 'Công ty Cổ phần Mỹ phẩm Cao Nguyên Xanh',
    taxCode: '5801456723',
    representative: 'Phạm Thị Thu Hà',
    address: "27 Lý Thường Kiệt, Phường B'Lao, tỉnh Lâm Đồng",
    procedures: ['1.001181', '1.001172'],
  },
  {
    name: 'Phòng khám đa khoa Hòa Bình',
    taxCode: '5801678901',
    representative: 'BS. Hoàng Văn Bình',
    address: '150 Trần Phú, Phường 1 Bảo Lộc, tỉnh Lâm Đồng',
    procedures: ['1.012271', '1.012273', '1.012274', '1.012280'],
  },
  {
    name: 'Phòng khám chuyên khoa Răng Hàm Mặt Nụ Cười',
    taxCode: '6400567891',
    representative: 'BS. Đỗ Minh Tuấn',
    address: '19 Lê Duẩn, Phường Nam Gia Nghĩa, tỉnh Lâm Đồng',
    procedures: ['1.012271', '1.012274', '1.012280'],
  },
  {
    name: 'Phòng khám đa khoa Bình An',
    taxCode: '3400765432',
    representative: 'BS. Võ Thanh Sơn',
    address: '61 Nguyễn Đình Chiểu, Phường Mũi Né, tỉnh Lâm Đồng',
    procedures: ['1.012273', '1.012280'],
  },
  {
    name: 'Công ty TNHH Thực phẩm Dinh dưỡng Lâm Viên',
    taxCode: '5802345671',
    representative: 'Bùi Thị Kim Ngân',
    address: '3 Hoàng Văn Thụ, Phường Lâm Viên - Đà Lạt, tỉnh Lâm Đồng',
    procedures: ['2.000591', '2.001226', '2.000535'],
  },
  {
    name: 'Hộ kinh doanh Bếp ăn Mũi Né',
    taxCode: '3401122334',
    representative: 'Huỳnh Văn Long',
    address: '220 Võ Nguyên Giáp, Phường Mũi Né, tỉnh Lâm Đồng',
    procedures: ['2.000591'],
  },
] as const;

/** Procedures a person applies for (practice certificates and licences), by processing unit. */
export const PERSON_PROCEDURES = ['1.002952', '1.004616', '1.004611', '1.012263', '1.012264', '1.012265', '1.012266'];

export function demoOrganisation(rng: Rng, procedureCode: string): Extract<Applicant, { kind: 'organisation' }> {
  const fitting = DEMO_ORGANISATIONS.filter((o) => (o.procedures as readonly string[]).includes(procedureCode));
  const o = rng.pick(fitting);
  return {
    kind: 'organisation',
    name: o.name,
    taxCode: o.taxCode,
    representative: o.representative,
    // One stable number per organisation, derived from its tax code.
    phone: `09${o.taxCode.slice(2)}`,
    email: null,
    address: o.address,
  };
}
