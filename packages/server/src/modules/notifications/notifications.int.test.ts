import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierDriver, reception } from '../../../test/dossier-driver.js';
import { createTestApp, signIn, type TestApp } from '../../../test/test-app.js';
import { sendPendingNotifications } from './send-notifications.js';

/** A real SMTP server on loopback that keeps what it receives. */
type Received = { to: string; subject: string; text: string };
let smtp: SMTPServer;
let port = 0;
const inbox: Received[] = [];
let refuse = false;

let t: TestApp;
let d: ReturnType<typeof dossierDriver>;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, callback) {
      callback(refuse ? new Error('mailbox unavailable') : undefined);
      void address;
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          inbox.push({
            to: session.envelope.rcptTo[0]?.address ?? '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as { port: number }).port;
  t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}` });
  for (const u of ['buudien', 'truongphong', 'chuyenvien', 'lanhdao']) cookies[u] = await signIn(t.app, u);
  d = dossierDriver(t, cookies);
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => smtp.close(resolve));
});

const APOLOGY = 'Xin lỗi ông/bà: hồ sơ cần thẩm định thực tế tại nhà thuốc nên chưa có kết quả đúng hẹn.';

async function approvedApology(email: string | null) {
  t.clock.set(new Date('2026-01-12T00:00:00Z'));
  const body = reception();
  body.applicant.email = email;
  const id = await d.underReview(body);
  t.clock.set(new Date('2026-02-02T02:00:00Z'));
  const drafted = await d.act('chuyenvien', id, 'draft_apology', 3, {
    newDueAt: '2026-02-13T10:00:00Z',
    note: APOLOGY,
  });
  expect(drafted.statusCode, drafted.body).toBe(200);
  const approved = await d.act('lanhdao', id, 'extend_deadline', 4, {});
  expect(approved.statusCode, approved.body).toBe(200);
  await t.app.deliverNotifications?.();
  return approved.json() as { id: string; code: string; notifications: unknown[] };
}

describe('the applicant is told of an approved apology by email', () => {
  it('sends the apology and the new appointment through SMTP once, and shows it as sent', async () => {
    const dossier = await approvedApology('ngoc.tran@example.vn');
    // The approval's own answer (returned by its update) lists the notice it queued.
    expect(dossier.notifications).toMatchObject([{ kind: 'apology', recipient: 'ngoc.tran@example.vn' }]);
    const mail = inbox.find((m) => m.subject.includes(dossier.code));
    expect(mail).toBeDefined();
    expect(mail!.to).toBe('ngoc.tran@example.vn');
    expect(mail!.subject).toBe(`Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ ${dossier.code}`);
    expect(mail!.text).toContain(APOLOGY);
    expect(mail!.text).toContain('Ngày hẹn trả kết quả mới: 17:00 ngày 13/02/2026.');
    const detail = (await d.get('chuyenvien', dossier.id)).json();
    expect(detail.notifications).toMatchObject([
      { kind: 'apology', status: 'sent', recipient: 'ngoc.tran@example.vn' },
    ]);
    // A second delivery run sends nothing again.
    expect(
      await sendPendingNotifications(t.db, { send: () => Promise.reject(new Error('no')) }, () => new Date()),
    ).toBe(0);
    expect(inbox.filter((m) => m.subject.includes(dossier.code))).toHaveLength(1);
  });

  it('keeps the message pending when the mail server refuses, and sends it on retry', async () => {
    refuse = true;
    const dossier = await approvedApology('le.van.b@example.vn');
    const pending = (await d.get('chuyenvien', dossier.id)).json().notifications[0];
    expect(pending).toMatchObject({ status: 'pending', attempts: 1 });
    refuse = false;
    await t.app.deliverNotifications?.();
    const sent = (await d.get('chuyenvien', dossier.id)).json().notifications[0];
    expect(sent).toMatchObject({ status: 'sent', attempts: 2 });
    expect(inbox.some((m) => m.to === 'le.van.b@example.vn')).toBe(true);
  });

  it('writes no email for an applicant without an address (the public lookup tells them)', async () => {
    const dossier = await approvedApology(null);
    expect((await d.get('chuyenvien', dossier.id)).json().notifications).toEqual([]);
  });
});
