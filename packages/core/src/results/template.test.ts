import { describe, expect, it } from 'vitest';
import { fillTemplate, formatRegisterNumber, unknownPlaceholders, type ResultValues } from './template.js';

const values: ResultValues = {
  'applicant.name': 'Nguyễn Văn An',
  'applicant.idNumber': '001234567890',
  'applicant.address': 'Đà Lạt',
  'procedure.name': 'Cấp Chứng chỉ hành nghề dược',
  'procedure.code': '1.002952',
  'dossier.code': '000.00.31.H36-261123-0001',
  'result.number': '12/2026/CCHND-SYT',
  'result.issuedAt': '23/11/2026',
  'agency.name': 'Sở Y tế tỉnh Lâm Đồng',
};

describe('result templates', () => {
  it('fills every known placeholder, spaces inside braces allowed', () => {
    expect(fillTemplate('Cấp cho {{ applicant.name }} số {{result.number}}', values)).toBe(
      'Cấp cho Nguyễn Văn An số 12/2026/CCHND-SYT',
    );
  });

  it('leaves unknown placeholders visible and names them', () => {
    expect(fillTemplate('{{applicant.age}}', values)).toBe('{{applicant.age}}');
    expect(unknownPlaceholders('{{applicant.age}} {{dossier.code}} {{x}}')).toEqual(['applicant.age', 'x']);
  });

  it('writes register numbers as number/year/symbol', () => {
    expect(formatRegisterNumber(123, 2026, 'CCHND-SYT')).toBe('123/2026/CCHND-SYT');
  });
});

describe('revoking a signed result', () => {
  it('is the leader’s alone, as is reissuing', async () => {
    const { ROLES } = await import('../roles.js');
    const { hasPermission } = await import('../permissions.js');
    expect(ROLES.filter((r) => hasPermission(r, 'result:revoke'))).toEqual(['leader']);
    expect(ROLES.filter((r) => hasPermission(r, 'result:reissue'))).toEqual(['leader']);
  });
});
