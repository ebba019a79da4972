/**
 * @module
 * CSV that spreadsheets open correctly: RFC 4180 (every field quoted, quotes doubled, CRLF line ends),
 * UTF-8 with a byte order mark so Excel reads accents, and formula injection neutralised: a text cell
 * starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so a student
 * named "=HYPERLINK(...)" stays text.
 *
 * @example
 * ```ts
 * toCsv([['name', 'score'], ['=1+1', 3]]); // '\uFEFF"name","score"\r\n"\'=1+1",3\r\n'
 * ```
 */

export type CsvCell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One text cell as a spreadsheet must see it: never a formula. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(cell: CsvCell): string {
  if (cell === null) return '';
  // Numbers we write ourselves are plain; only text from people can carry a formula.
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return `"${neutralizeFormula(cell).replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
