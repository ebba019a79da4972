import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula, toCsv } from '../../questions/formats/csv';

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && body[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  expect(row).toEqual([]);
  return rows;
}

describe('CSV', () => {
  it('starts with a byte order mark and ends every row with CRLF', () => {
    const csv = toCsv([['a'], ['b']]);
    expect(csv).toBe('\uFEFF"a"\r\n"b"\r\n');
  });

  it('quotes text, doubles quotes and keeps commas and line breaks inside a field', () => {
    const rows = [['He said "hi", then left', 'line one\nline two', 'Zoë Ñandú 日本']];
    expect(readCsv(toCsv(rows))).toEqual(rows);
  });

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutralizeFormula(`${start}HYPERLINK("http://x")`)).toBe(`'${start}HYPERLINK("http://x")`);
    }
    expect(readCsv(toCsv([['=1+1', '@SUM(A1)', '-2+3', 'plain']]))).toEqual([["'=1+1", "'@SUM(A1)", "'-2+3", 'plain']]);
  });

  it('writes numbers plain and leaves empty cells empty', () => {
    expect(toCsv([[3, null, 0, true]])).toBe('\uFEFF3,,0,TRUE\r\n');
  });

  it('is read back cell for cell by an independent strict RFC 4180 parser', () => {
    const rows = [
      ['name', 'answer', 'score'],
      ['Zoë "Z" Ñandú', 'line one\r\nline two, with a comma', '3'],
      ['=SUM(A1:A2)', '', '0'],
    ];
    const parsed = parse(toCsv(rows), { bom: true, relax_quotes: false, relax_column_count: false, record_delimiter: '\r\n' }) as string[][];
    expect(parsed).toEqual([rows[0], rows[1], ["'=SUM(A1:A2)", '', '0']]);
  });
});
