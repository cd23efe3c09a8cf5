/**
 * One CSV cell as French spreadsheets read it (`;`-separated files): quoted when it holds `;`, `"` or
 * a line break, and neutralised when it could run as a formula. A text starting with `=`, `+`, `-`, `@`,
 * a tab or a carriage return is taken for a formula by Excel and LibreOffice (`=HYPERLINK("http://…";
 * "clic")` in a candidate's name would become a link; `@SUM(A1)` would compute), so it gets a leading
 * apostrophe, which the spreadsheet shows as text (OWASP « CSV injection »). Numbers the application
 * formats itself (`-2`, `0,5`) are not texts typed by someone and stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined, options: { decimalComma?: boolean } = {}): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'number'
      ? options.decimalComma === false
        ? String(value)
        : String(value).replace('.', ',')
      : FORMULA_START.test(value)
        ? `'${value}`
        : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
