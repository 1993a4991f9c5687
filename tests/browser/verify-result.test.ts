import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, openLoginPage, signIn, type BrowserSession } from './browser.js';
import { expectNoViolations } from './journey-helpers.js';

/** Runs axe-core (WCAG A/AA and best practices) on the page as it is now; as in catalog.test.ts. */

/**
 * A citizen scans the QR code of a signed demo result, opens its verification page without
 * signing in, and checks the file they hold: the original matches, an altered copy does not.
 */
let session: BrowserSession;
let dir: string;
let original: string;
let altered: string;
let verifyPath: string;
let number: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'motcua-verify-'));
  const base = inject('baseUrl');
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'vanthu', password: 'motcua-demo' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const list = (await (await fetch(`${base}/api/results`, { headers: { cookie } })).json()) as {
    items: { id: string; number: string; title: string; status: string; verifyUrl: string }[];
  };
  // The pharmacist's licence: a person's, so the public page masks the name.
  const result = list.items.find((r) => r.status === 'valid' && r.title === 'CHỨNG CHỈ HÀNH NGHỀ DƯỢC');
  if (!result) throw new Error('the demo has no signed result');
  number = result.number;
  const pdf = Buffer.from(
    await (await fetch(`${base}/api/results/${result.id}/pdf`, { headers: { cookie } })).arrayBuffer(),
  );
  original = path.join(dir, 'ket-qua.pdf');
  await writeFile(original, pdf);
  const copy = Buffer.from(pdf);
  const at = copy.indexOf('/Title');
  copy[at + 1] = 'X'.charCodeAt(0); // one byte inside the signed range
  altered = path.join(dir, 'ket-qua-da-sua.pdf');
  await writeFile(altered, copy);
  // The QR code printed on the page is the way in: decode it from the rendered page.
  execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', original, path.join(dir, 'page')]);
  const qr = execFileSync('zbarimg', ['--quiet', '--raw', path.join(dir, 'page.png')], { encoding: 'utf8' }).trim();
  expect(qr).toBe(result.verifyUrl);
  verifyPath = new URL(qr).pathname;
  expect(verifyPath).toBe(`/verify/${result.id}`);
  session = await openBrowser();
});

afterAll(async () => {
  await session?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('verifying a signed result through its QR code', () => {
  it('shows the details without sign-in, and tells the original from an altered copy', async () => {
    const { page } = session;
    await page.goto(verifyPath);
    await page.getByRole('heading', { level: 1, name: 'Xác thực kết quả giải quyết thủ tục hành chính' }).waitFor();
    await expect(page.getByTestId('verify-number').textContent()).resolves.toBe(number);
    await expect(page.getByTestId('verify-status').textContent()).resolves.toBe('Còn hiệu lực');
    expect(await page.getByTestId('verify-details').textContent()).toContain('Sở Y tế tỉnh Lâm Đồng');
    expect(await page.getByTestId('verify-holder').textContent()).toMatch(/^\S+( \S\**)+$/u);

    await page.getByLabel('Tệp cần kiểm tra').setInputFiles(original);
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await expect(page.getByTestId('check-match').textContent()).resolves.toContain('khớp với bản gốc');

    await page.getByLabel('Tệp cần kiểm tra').setInputFiles(altered);
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await expect(page.getByTestId('check-mismatch').textContent()).resolves.toContain('KHÔNG trùng');
    expect(await readFile(original)).not.toEqual(await readFile(altered));
    await expectNoViolations(page, 'verification page');
  });

  it('says so for an unknown code', async () => {
    const { page } = session;
    await page.goto('/verify/00000000-0000-4000-8000-000000000000');
    await page.getByTestId('verify-not-found').waitFor();
  });

  it('shows the administrator the certificate with its Vietnamese names, and the results register to staff', async () => {
    const { page } = session;
    await openLoginPage(session);
    await signIn(page, 'quantri', 'administrator');
    await page.getByRole('link', { name: 'Chữ ký số và mẫu kết quả' }).click();
    const details = page.getByTestId('certificate-details');
    await details.waitFor();
    expect(await details.textContent()).toContain('CN=Sở Y tế tỉnh Lâm Đồng, O=UBND tỉnh Lâm Đồng, C=VN');
    await expect(page.getByLabel('Tiêu đề văn bản').inputValue()).resolves.toBeTruthy();
    await expectNoViolations(page, 'signing page');

    await openLoginPage(session);
    await signIn(page, 'vanthu', 'records_officer');
    await page.getByRole('link', { name: 'Kết quả đã ban hành' }).click();
    await page.getByRole('table', { name: 'Kết quả theo số vào sổ, mới nhất trước' }).getByText(number).waitFor();
    await expectNoViolations(page, 'results register');
    // From the register to the dossier, whose page lists its signed result too.
    const row = page.getByRole('row').filter({ hasText: number });
    await row.getByRole('link').first().click();
    await expect(page.getByTestId('dossier-results').textContent()).resolves.toContain(number);
  });
});
