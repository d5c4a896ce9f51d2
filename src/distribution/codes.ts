/**
 * Delivery codes: every receipt and label carries a QR code `JB:<edisi>:<id penerima>`, which the
 * courier scans on delivery; the phone's scanner app exports the codes one per line, and
 * `jurnal distribute record <edisi> --pindaian <berkas>` records them (parseScans).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Incoming } from './tracking.js';

export const CODE_PREFIX = 'JB';
/** Modules of white around the code, as the QR standard asks (4); 2 still scans on white paper. */
export const QR_QUIET_ZONE = 2;
/** The marked-content tag around a drawn code, so a test (or a preflight) can find it in the page. */
export const QR_TAG = 'JBKode';

export function deliveryCode(edition: string, recipient: string): string {
  return `${CODE_PREFIX}:${edition}:${recipient}`;
}

/**
 * A scanner app's export → records of received copies. Tolerates a BOM, CRLF, blank lines and spaces
 * around a code. A line that is not this edition's code is an error at file:line:1; whether the
 * recipient belongs to the edition is checked by applyRecords, as for every other record.
 */
export function parseScans(text: string, file: string, edition: string, received: { date: string; explicit: boolean }): { incoming: Incoming[]; diagnostics: Diagnostic[] } {
  const incoming: Incoming[] = [];
  const diagnostics: Diagnostic[] = [];
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const line = raw.replace(/^[\s\ufeff]+|[\s\ufeff]+$/g, '');
    if (!line) return;
    const position = { line: i + 1, column: 1 };
    const shown = [...line].length > 60 ? `${[...line].slice(0, 59).join('')}…` : line;
    const match = /^JB:([^:\s]+):(\S+)$/i.exec(line);
    if (!match) {
      diagnostics.push({ file, position, rule: 'pindaian-bukan-kode', severity: 'error', message: `"${shown}" bukan kode tanda terima Jurnal Balangan`, hint: `kode di tanda terima dan label berbentuk ${deliveryCode(edition, '<id penerima>')}; pindai ulang kodenya, atau catat dengan id penerima` });
      return;
    }
    const [, codeEdition, id] = match;
    if (codeEdition !== edition) {
      diagnostics.push({ file, position, rule: 'pindaian-edisi-lain', severity: 'error', message: `kode "${shown}" untuk edisi ${codeEdition}, bukan edisi ${edition}`, hint: `catat dengan "jurnal distribute record ${codeEdition} --pindaian …", atau hapus baris ini` });
      return;
    }
    incoming.push({ id: id!, where: { file, position }, fromImport: true, outcome: { kind: 'received', date: received.date, explicitDate: received.explicit } });
  });
  if (incoming.length === 0 && diagnostics.length === 0) {
    diagnostics.push({ file, rule: 'pindaian-kosong', severity: 'error', message: 'berkas pindaian tidak berisi kode', hint: 'ekspor hasil pindaian dari aplikasi pemindai sebagai teks, satu kode per baris' });
  }
  return { incoming, diagnostics };
}
