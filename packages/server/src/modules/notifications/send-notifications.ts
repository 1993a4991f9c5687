import nodemailer, { type Transporter } from 'nodemailer';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** A row gives up after this many failed attempts and stays `failed` for staff to see. */
export const MAX_ATTEMPTS = 5;
const BATCH = 20;

export type Mailer = { send(message: { to: string; subject: string; text: string }): Promise<void> };

/** SMTP through nodemailer: `smtp://host:port` (STARTTLS when offered) or `smtps://user:pass@host:port`. */
export function smtpMailer(url: string, from: string): Mailer & { close(): void } {
  const transport: Transporter = nodemailer.createTransport(url);
  return {
    async send({ to, subject, text }) {
      await transport.sendMail({ from, to, subject, text });
    },
    close: () => transport.close(),
  };
}

/**
 * Sends pending notifications of every agency, oldest first. Rows are claimed with FOR UPDATE
 * SKIP LOCKED inside a short transaction per row, so several server processes never send the
 * same message twice, and a crash mid-send leaves the row pending for the next run.
 * Returns how many were sent.
 */
export async function sendPendingNotifications(db: Db, mailer: Mailer, now: () => Date): Promise<number> {
  let sent = 0;
  for (let i = 0; i < BATCH; i++) {
    const outcome = await db.transaction().execute(async (tx) => {
      const row = await tx
        .selectFrom('notification')
        .select(['agency_id', 'id', 'recipient', 'subject', 'body', 'attempts'])
        .where('status', '=', 'pending')
        .orderBy('created_at')
        .limit(1)
        .forUpdate()
        .modifyEnd(sql`SKIP LOCKED`)
        .executeTakeFirst();
      if (!row) return 'empty' as const;
      const key = (q: ReturnType<typeof tx.updateTable<'notification'>>) =>
        q.where('agency_id', '=', row.agency_id).where('id', '=', row.id);
      try {
        await mailer.send({ to: row.recipient, subject: row.subject, text: row.body });
        await key(tx.updateTable('notification'))
          .set({ status: 'sent', sent_at: now(), attempts: row.attempts + 1, last_error: null })
          .execute();
        return 'sent' as const;
      } catch (error) {
        const attempts = row.attempts + 1;
        await key(tx.updateTable('notification'))
          .set({
            status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
            attempts,
            last_error: error instanceof Error ? error.message.slice(0, 500) : String(error),
          })
          .execute();
        return 'failed' as const;
      }
    });
    if (outcome === 'empty') break;
    if (outcome === 'sent') sent += 1;
    // A failure leaves the row pending: stop this run rather than hammer a server that is down.
    if (outcome === 'failed') break;
  }
  return sent;
}
