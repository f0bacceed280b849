import nodemailer, { type Transporter } from 'nodemailer';
import QRCode from 'qrcode';
import type { OutboxAttachment } from '@/db/schema';
import { readEnv } from '@/lib/env';
import { claimNextEmail, markEmailFailed, markEmailSent } from './mutations';
import { openSecrets, revealSecrets } from './secrets';

/**
 * Sends queued emails through SMTP when SMTP_URL is set (e.g.
 * smtp://user:pass@mail.example.cn:587). Without it, emails stay in the outbox,
 * where admins read them (/admin/outbox). Runs after the change that queued them
 * has committed, and again on start-up and every minute for anything left over.
 */
let transporter: Transporter | null = null;
let transporterUrl: string | undefined;
let running: Promise<number> | null = null;
let again = false;

function transport(): Transporter | null {
  const url = readEnv().SMTP_URL;
  if (!url) return null;
  if (!transporter || transporterUrl !== url) {
    transporter = nodemailer.createTransport(url);
    transporterUrl = url;
  }
  return transporter;
}

async function materialize(attachment: OutboxAttachment) {
  const content = attachment.qrText
    ? await QRCode.toBuffer(attachment.qrText, { errorCorrectionLevel: 'M', margin: 4, scale: 8 })
    : Buffer.from(attachment.base64 ?? '', 'base64');
  return { filename: attachment.filename, contentType: attachment.contentType, content, cid: attachment.cid };
}

async function drain(): Promise<number> {
  const smtp = transport();
  if (!smtp) return 0;
  const from = readEnv().MAIL_FROM;
  let sent = 0;
  for (let email = claimNextEmail(); email; email = claimNextEmail()) {
    try {
      // The private links go back in only here, on their way out (lib/mail/secrets.ts).
      const secrets = email.secrets ? openSecrets(email.secrets) : [];
      await smtp.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: revealSecrets(email.text, secrets),
        html: email.html ? revealSecrets(email.html, secrets) : undefined,
        attachments: await Promise.all((email.attachments ?? []).map(materialize)),
      });
      markEmailSent(email.id);
      sent += 1;
    } catch (error) {
      markEmailFailed(email.id, error instanceof Error ? error.message : String(error));
    }
  }
  return sent;
}

/** Sends what is queued; a call during a run makes that run look again before it ends. */
export function deliverOutbox(): Promise<number> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    let sent = 0;
    do {
      again = false;
      sent += await drain();
    } while (again);
    return sent;
  })().finally(() => {
    running = null;
  });
  return running;
}

/** After a commit: send in the background, never failing the request that queued the email. */
export function deliverOutboxSoon(): void {
  setImmediate(() => {
    deliverOutbox().catch((error) => console.error('outbox delivery failed', error));
  });
}
