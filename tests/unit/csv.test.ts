import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/domain/csv';
import { members } from '../../src/domain/resources';
import { toCsv as listCsv } from '../../src/app/forms/exporter';
import { toCsv as cardCsv, type Column } from '../../src/app/dashboard/format';

const FORMULAS = ['=HYPERLINK("http://x";"clic")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\r=1'];

describe('CSV cells', () => {
  it('neutralise any text a spreadsheet would run as a formula, with a leading apostrophe', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+33 5 61 00 00 00')).toBe("'+33 5 61 00 00 00");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('=HYPERLINK("http://x";"clic")')).toBe(`"'=HYPERLINK(""http://x"";""clic"")"`);
    expect(csvCell('Sainte-Croix-Volvestre')).toBe('Sainte-Croix-Volvestre');
  });

  it('keep the numbers the application formats as numbers, with a decimal comma in French', () => {
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(0.5)).toBe('0,5');
    expect(csvCell(0.5, { decimalComma: false })).toBe('0.5');
    expect(csvCell(null)).toBe('');
  });

  it('apply to every list export', () => {
    const records = FORMULAS.map((name, i) => ({ id: i + 1, name, college: 3, kind: 'commune', status: 'actif', contribution: -5 }));
    const csv = listCsv(members, records, {}, ['id', 'contribution', 'name']);
    const lines = csv.split('\r\n').slice(1);
    expect(lines).toHaveLength(FORMULAS.length);
    for (const [i, line] of lines.entries()) expect(line, FORMULAS[i]).toMatch(new RegExp(`^${i + 1};-5;"?'`));
  });

  it('apply to every dashboard card export', () => {
    const columns: Column<{ name: string; n: number }>[] = [
      { key: 'name', header: 'Nom', cell: (r) => r.name },
      { key: 'n', header: 'Nombre', cell: (r) => String(r.n), raw: (r) => r.n, numeric: true },
    ];
    const csv = cardCsv(columns, FORMULAS.map((name) => ({ name, n: -1.5 })));
    for (const line of csv.trim().split('\r\n').slice(1)) {
      expect(line.replace(/^"/, '')).toMatch(/^'/);
      expect(line.endsWith(';-1,5')).toBe(true);
    }
  });
});
