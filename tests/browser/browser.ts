import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const DEMO_PASSWORD = 'motcua-demo';

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/**
 * Debian's chromium with a throw-away profile, pointed at the server of the global setup.
 * The browser's own time zone is UTC on purpose: the UI must still show Vietnam time.
 */
export async function openBrowser(): Promise<BrowserSession> {
  const profile = await mkdtemp(path.join(tmpdir(), 'motcua-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    baseURL: inject('baseUrl'),
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(10_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Starts from a clean, signed-out login page in Vietnamese. */
export async function openLoginPage(session: BrowserSession): Promise<void> {
  await session.context.clearCookies();
  await session.page.goto('/');
  await session.page.evaluate(() => localStorage.clear());
  await session.page.reload();
  await session.page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
}

/** Signs in through the login form (Vietnamese labels) and waits for the role's home page. */
export async function signIn(page: Page, username: string, role: string): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId(`home-${role}`).waitFor();
}

/** The names of the main menu's entries, in order. */
export async function menuEntries(page: Page): Promise<string[]> {
  const menu = page.getByRole('navigation', { name: 'Menu chính' });
  await menu.waitFor();
  return menu.getByRole('link').allTextContents();
}
