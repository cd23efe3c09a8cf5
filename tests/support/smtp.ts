import type { AddressInfo } from 'node:net';
// smtp-server 3.21 (Nov. 2026; MIT; Nodemailer's own SMTP server, maintained with it, ships its own
// TypeScript declarations, so no @types package): a real SMTP server inside the test process, which the
// worker reaches over TCP through nodemailer, as it would a provider's. Tests only (devDependency).
import { SMTPServer } from 'smtp-server';

/** A message as the SMTP server received it, with what the tests read of it decoded. */
export interface ReceivedMail {
  /** The envelope: MAIL FROM and RCPT TO, as the client sent them. */
  from: string;
  to: string[];
  /** The raw message (headers and MIME body). */
  raw: string;
  headers: Record<string, string>;
  subject: string;
  /** The text part, decoded. */
  text: string;
  attachments: { fileName: string; contentType: string; content: Buffer }[];
}

/** What the server answers to a message's DATA: accept it, or refuse it with an SMTP code. */
export type Verdict = 'accept' | { code: number; message: string };

export interface TestSmtpServer {
  url: string;
  port: number;
  /** The messages accepted, in order. */
  received: ReceivedMail[];
  /** How many messages were refused. */
  refused: number;
  /** Decides the answer to each message (default: accept all). */
  verdict: () => Verdict;
  /** When set, the answer to the nth message (1-based, counted from when it is set) waits for this. */
  hold?: (n: number) => Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts an SMTP server on a free port of 127.0.0.1 (no TLS, no authentication). `onMessage` is told of
 * every accepted message (the e2e setup writes each one as a .eml file, for test files in other processes).
 */
export async function startSmtpServer(onMessage?: (mail: ReceivedMail) => void): Promise<TestSmtpServer> {
  const state = {
    received: [] as ReceivedMail[],
    refused: 0,
    verdict: (): Verdict => 'accept',
    hold: undefined as ((n: number) => Promise<void>) | undefined,
    held: 0,
  };
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on the loopback: STARTTLS would need a certificate nodemailer trusts.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        if (state.hold) await state.hold(++state.held);
        const verdict = state.verdict();
        if (verdict !== 'accept') {
          state.refused++;
          const error = Object.assign(new Error(verdict.message), { responseCode: verdict.code });
          return callback(error);
        }
        const raw = Buffer.concat(chunks).toString('latin1');
        const mail: ReceivedMail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          ...parseMessage(raw),
        };
        state.received.push(mail);
        onMessage?.(mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    get received() {
      return state.received;
    },
    get refused() {
      return state.refused;
    },
    get verdict() {
      return state.verdict;
    },
    set verdict(v) {
      state.verdict = v;
    },
    get hold() {
      return state.hold;
    },
    set hold(h) {
      state.hold = h;
      state.held = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// ---- A small MIME reader: what nodemailer writes (RFC 5322 headers, RFC 2047 words, multipart, QP, base64) ----

function splitHeaders(raw: string) {
  const end = raw.search(/\r?\n\r?\n/);
  const head = end < 0 ? raw : raw.slice(0, end);
  const body = end < 0 ? '' : raw.slice(end).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

/** `=?UTF-8?Q?...?=` and `=?UTF-8?B?...?=` words, decoded and joined (whitespace between two words dropped). */
export function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[QqBb]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : qpBytes(text.replace(/_/g, ' ')).toString('utf8'),
    );
}

function qpBytes(text: string): Buffer {
  const soft = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(soft.charCodeAt(i) & 0xff);
  }
  return Buffer.from(bytes);
}

function decodeBody(body: string, encoding = ''): Buffer {
  const e = encoding.toLowerCase();
  if (e === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (e === 'quoted-printable') return qpBytes(body);
  return Buffer.from(body, 'latin1');
}

function param(header: string | undefined, name: string): string | undefined {
  const match = header?.match(new RegExp(`${name}\\*?=("([^"]*)"|[^;\\s]+)`, 'i'));
  return match ? decodeWords(match[2] ?? match[1]) : undefined;
}

/** A raw message (headers and MIME body, as received or read back from a .eml file), decoded. */
export function parseMessage(raw: string): Omit<ReceivedMail, 'from' | 'to' | 'raw'> {
  const { headers, body } = splitHeaders(raw);
  const result = { headers, subject: decodeWords(headers.subject ?? ''), text: '', attachments: [] as ReceivedMail['attachments'] };
  const walk = (partHeaders: Record<string, string>, partBody: string) => {
    const type = partHeaders['content-type'] ?? 'text/plain';
    const boundary = param(type, 'boundary');
    if (/^multipart\//i.test(type) && boundary) {
      const parts = partBody.split(`--${boundary}`).slice(1);
      for (const part of parts) {
        if (part.startsWith('--')) break;
        const { headers: h, body: b } = splitHeaders(part.replace(/^\r?\n/, ''));
        walk(h, b.replace(/\r?\n$/, ''));
      }
      return;
    }
    const bytes = decodeBody(partBody, partHeaders['content-transfer-encoding']);
    const disposition = partHeaders['content-disposition'];
    if (disposition?.startsWith('attachment') || (!/^text\/plain/i.test(type) && result.text)) {
      result.attachments.push({ fileName: param(disposition, 'filename') ?? param(type, 'name') ?? '', contentType: type.split(';')[0], content: bytes });
    } else if (/^text\/plain/i.test(type) && !result.text) result.text = bytes.toString('utf8').replace(/\r\n/g, '\n');
  };
  walk(headers, body);
  return result;
}
