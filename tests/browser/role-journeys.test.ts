import { ROLE_LABELS, type Role } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { menuEntries, openBrowser, openLoginPage, signIn, type BrowserSession } from './browser.js';

/**
 * What each demo account must see. Written out rather than derived from the permission table,
 * so a wrong grant in core or a wrong filter in the web shows up here.
 */
/** Every staff member reads the procedure catalog (catalog:read). */
const CATALOG = ['Danh mục thủ tục', 'Quyết định công bố', 'Kiểm tra đầy đủ thông tin'];
/** Every staff member sees the agency and its calendar. */
const COMMON = ['Đơn vị', 'Lịch làm việc', ...CATALOG];
/** Roles that read dossiers (dossier:read) have the queues, the tracking book and the results first. */
const DOSSIERS = ['Hồ sơ', 'Sổ theo dõi hồ sơ', 'Kết quả đã ban hành'];
/** The postal channel: hand-over records (handover:read), pickups (pickup:read), remittance. */
const HANDOVERS = 'Bàn giao';
const POSTAL = [HANDOVERS, 'Thu gom hồ sơ', 'Đối soát thu hộ'];
/** Escalations (escalation:read) and the channel figures (report:read) follow the dossier pages. */
const ESCALATIONS = 'Vướng mắc';
const FIGURES = 'Số liệu theo kênh';

const JOURNEYS: readonly { username: string; role: Role; menu: readonly string[] }[] = [
  {
    username: 'quantri',
    role: 'administrator',
    menu: ['Trang chủ', 'Chữ ký số và mẫu kết quả', ...COMMON, 'Người dùng', 'Nhật ký hệ thống'],
  },
  {
    username: 'buudien',
    role: 'counter_clerk',
    menu: [
      'Trang chủ',
      'Tiếp nhận hồ sơ',
      ...DOSSIERS,
      ...POSTAL,
      'Giao không thành công',
      ESCALATIONS,
      FIGURES,
      ...COMMON,
    ],
  },
  { username: 'buuta', role: 'courier', menu: ['Trang chủ', HANDOVERS, 'Thu gom hồ sơ', ...COMMON] },
  { username: 'chuyenvien', role: 'specialist', menu: ['Trang chủ', ...DOSSIERS, ...COMMON] },
  {
    username: 'truongphong',
    role: 'unit_head',
    menu: ['Trang chủ', ...DOSSIERS, HANDOVERS, ...COMMON, 'Người dùng'],
  },
  { username: 'lanhdao', role: 'leader', menu: ['Trang chủ', ...DOSSIERS, FIGURES, ...COMMON, 'Người dùng'] },
  { username: 'vanthu', role: 'records_officer', menu: ['Trang chủ', ...DOSSIERS, HANDOVERS, ...COMMON] },
  { username: 'daumoi', role: 'focal_officer', menu: ['Trang chủ', ...DOSSIERS, ESCALATIONS, FIGURES, ...COMMON] },
];

describe('each demo role signs in, sees its home and menu, and signs out', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(JOURNEYS)('$username ($role)', async ({ username, role, menu }) => {
    const { page } = browser;
    await openLoginPage(browser);
    await signIn(page, username, role);

    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.textContent()).toBe(ROLE_LABELS[role].vi);
    expect(await page.getByTestId(`home-${role}`).getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await menuEntries(page)).toEqual(menu);
    const home = page.getByRole('link', { name: 'Trang chủ' });
    expect(await home.getAttribute('aria-current')).toBe('page');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Bạn đã đăng xuất.' }).waitFor();
    // The server ended the session too: a reload does not bring the user back.
    await page.reload();
    await page.getByLabel('Tên đăng nhập').waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
  });
});
