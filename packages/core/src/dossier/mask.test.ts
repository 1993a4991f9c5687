import { describe, expect, it } from 'vitest';
import { maskCitizenId, maskOrganisationName, maskPersonName } from './mask.js';

describe('maskPersonName', () => {
  it.each([
    ['Nguyễn Văn An', 'Nguyễn V** A*'],
    ['Trần Thị Bưu', 'Trần T** B**'],
    ['Lê Thị Hồng Nhung', 'Lê T** H*** N****'],
    ['Đặng Đức Đạt', 'Đặng Đ** Đ**'],
    ['Lan', 'L**'], // a one-word name is all given name
    ['Đặng', 'Đ***'], // 4 letters, however its diacritics are stored
    ['  Nguyễn   Văn\tAn  ', 'Nguyễn V** A*'], // extra spaces collapse
    ['Phạm Nguyễn Thảo Vy', 'Phạm N***** T*** V*'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (name, expected) => {
    expect(maskPersonName(name)).toBe(expected);
  });

  it('counts a decomposed Vietnamese letter as one letter', () => {
    const decomposed = 'Nguyễn Văn Đặng'.normalize('NFD');
    expect(decomposed.length).toBeGreaterThan('Nguyễn Văn Đặng'.length);
    expect(maskPersonName(decomposed)).toBe('Nguyễn V** Đ***');
  });

  it('never shows more than the family name and one letter per later word', () => {
    const masked = maskPersonName('Hoàng Minh Khôi');
    expect(masked).not.toMatch(/Minh|Khôi/);
    expect(masked.length).toBe('Hoàng Minh Khôi'.length);
  });
});

describe('maskOrganisationName', () => {
  it('shows the registered name, which is public, with spaces tidied', () => {
    expect(maskOrganisationName('Nhà thuốc  Minh Châu ')).toBe('Nhà thuốc Minh Châu');
    expect(maskOrganisationName('Hộ kinh doanh Nguyễn Văn An')).toBe('Hộ kinh doanh Nguyễn Văn An');
    expect(maskOrganisationName('Công ty TNHH Dược phẩm Hà Nội'.normalize('NFD'))).toBe(
      'Công ty TNHH Dược phẩm Hà Nội',
    );
  });
});

describe('maskCitizenId', () => {
  it.each([
    ['001234567123', '*********123'], // 12-digit CCCD
    ['012345678', '******678'], // 9-digit CMND
    ['001 234 567 123', '*********123'], // typed with spaces
    ['1234', '*234'],
    ['123', '***'], // too short to show any of it
    ['', ''],
  ])('%j → %j', (id, expected) => {
    expect(maskCitizenId(id)).toBe(expected);
  });
});
