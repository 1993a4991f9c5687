import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type AxeCore from 'axe-core';
import type { Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { DEMO_PASSWORD } from './browser.js';

/**
 * Steps shared by the reception, online-queue and stale-version journeys: the server's test
 * clock, the API as another client would call it, the menu, a dossier's action form, axe-core.
 */

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG A/AA and best practices) on the page as it is now. */
export async function expectNoViolations(page: Page, where: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof AxeCore };
    const results = await axe.run(document);
    return results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  if (violations.length > 0) console.error(`axe violations on ${where}:`, violations);
  expect(violations, where).toEqual([]);
}

/** Moves the server's clock (TEST_CLOCK); null gives it back the real time. */
export async function setClock(now: string | null): Promise<void> {
  const response = await fetch(`${inject('baseUrl')}/api/test/clock`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ now }),
  });
  expect(response.status).toBe(204);
}

/** A client of the API with its own session, as another program (or another desk) would be. */
export interface ApiClient {
  post: (path: string, body: unknown) => Promise<{ status: number; json: Record<string, unknown> }>;
  get: (path: string) => Promise<{ status: number; json: Record<string, unknown> }>;
}

export async function apiSignIn(username: string): Promise<ApiClient> {
  const base = inject('baseUrl');
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  async function call(method: string, path: string, body?: unknown) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        cookie,
        'Accept-Language': 'vi',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
  }
  return { post: (path, body) => call('POST', path, body), get: (path) => call('GET', path) };
}

export async function openMenu(page: Page, entry: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: entry, exact: true }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
}

export async function textOf(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).first().textContent()) ?? '').trim();
}

export async function actionButtons(page: Page): Promise<string[]> {
  return page.getByTestId('action-buttons').getByRole('button').allTextContents();
}

/** Opens an action's small form from the dossier page, fills it and submits it (confirming if asked). */
export async function submitAction(
  page: Page,
  action: string,
  fill?: (form: Locator) => Promise<void>,
  isIrreversible = false,
): Promise<void> {
  await page.getByTestId('action-buttons').getByRole('button', { name: action, exact: true }).click();
  const form = page.getByTestId('action-form');
  await form.waitFor();
  await fill?.(form);
  await form.getByRole('button', { name: `Xác nhận: ${action}` }).click();
  if (isIrreversible) {
    const dialog = page.getByRole('dialog', { name: `Xác nhận: ${action}` });
    await dialog.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  }
}

/** As submitAction, then waits for the success notice and the new state. */
export async function act(
  page: Page,
  action: string,
  expectedState: string,
  fill?: (form: Locator) => Promise<void>,
  isIrreversible = false,
): Promise<void> {
  await submitAction(page, action, fill, isIrreversible);
  await page
    .getByRole('status')
    .filter({ hasText: `Đã thực hiện: ${action}.` })
    .waitFor();
  await page.getByTestId('dossier-state').filter({ hasText: expectedState }).waitFor();
}

/** A complete dossier of 1.002952 (Chứng chỉ hành nghề dược) for the API, as the lifecycle tests send it. */
export function pharmacistDossier(channel: 'counter' | 'online', name: string, citizenId: string) {
  return {
    procedureCode: '1.002952',
    channel,
    counterId: null,
    applicant: {
      kind: 'person',
      name,
      citizenId,
      dateOfBirth: '1991-02-03',
      phone: '0912345678',
      email: null,
      address: '5 Hùng Vương, phường Xuân Hương, Lâm Đồng',
    },
    documents:
      channel === 'online'
        ? []
        : Array.from({ length: 6 }, (_, ord) => ({
            ord,
            received: true,
            form: ord === 2 ? 'certified_copy' : ord === 5 ? 'copy' : 'original',
            copies: 2,
          })),
    returnMethod: 'counter',
    returnAddress: null,
  };
}

/**
 * A dossier submitted online and accepted by the counter (version 2, state received): it has no
 * paper, so it moves to the unit by the action itself, without a hand-over record (docs/POSTAL.md).
 */
export async function acceptedOnline(api: ApiClient, name: string, citizenId: string) {
  const submitted = await api.post('/api/dossiers', pharmacistDossier('online', name, citizenId));
  expect(submitted.status, JSON.stringify(submitted.json)).toBe(201);
  const accepted = await api.post(`/api/dossiers/${String(submitted.json.id)}/actions`, {
    action: 'accept_online',
    expectedVersion: 1,
  });
  expect(accepted.status, JSON.stringify(accepted.json)).toBe(200);
  return { status: submitted.status, json: accepted.json };
}
