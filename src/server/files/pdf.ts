/**
 * A small, valid PDF (one A4 page of Helvetica text), for the demonstration's CVs and the tests: real
 * files that a PDF reader opens, with the cross-reference table at the right byte offsets. Text is
 * written in WinAnsi, which holds French letters (é, è, à, ç, œ…).
 */
const encoder = (text: string) => Uint8Array.from([...text].map((c) => winAnsi(c)));

/** WinAnsi code of a character (Latin-1 for most, a few typographic marks elsewhere), « ? » when absent. */
function winAnsi(c: string): number {
  const special: Record<string, number> = { '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, 'œ': 0x9c, 'Œ': 0x8c, '€': 0x80, '…': 0x85, '\u202f': 0xa0 };
  const code = c.charCodeAt(0);
  if (special[c] !== undefined) return special[c];
  return code < 0x100 ? code : 0x3f;
}

const escapePdfText = (line: string) => line.replace(/[\\()]/g, (m) => `\\${m}`);

export function simplePdf(lines: readonly string[], title = 'Document'): Uint8Array {
  const content = ['BT', '/F1 12 Tf', '16 TL', '56 790 Td', ...lines.map((l) => `(${escapePdfText(l)}) '`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${encoder(content).length} >>\nstream\n${content}\nendstream`,
    `<< /Title (${escapePdfText(title)}) /Producer (Maillage) >>`,
  ];
  let body = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((object, k) => {
    offsets.push(encoder(body).length);
    body += `${k + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = encoder(body).length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return encoder(body);
}
