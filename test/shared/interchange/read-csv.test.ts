import { describe, expect, it } from 'vitest';
import { readCsv } from '@shared/interchange/read-csv';
import { InterchangeError, type RawCell, type RawWorkbook } from '@shared/interchange/types';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const withBom = (bytes: Uint8Array, bom: number[]): Uint8Array => {
  const out = new Uint8Array(bom.length + bytes.length);
  out.set(bom);
  out.set(bytes, bom.length);
  return out;
};

const utf16 = (text: string, littleEndian: boolean): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
};

const rowsOf = (input: Uint8Array | string, fileName = 'team.csv'): RawCell[][] => {
  const book = readCsv(input, fileName);
  expect(book.sheets).toHaveLength(1);
  return book.sheets[0]!.rows;
};

/** The InterchangeError a call throws (failing the test when it throws something else or nothing). */
const errorOf = (fn: () => unknown): InterchangeError => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InterchangeError);
    return error as InterchangeError;
  }
  throw new Error('expected an InterchangeError, nothing was thrown');
};

describe('readCsv: the table', () => {
  it('reads a comma-separated matrix as trimmed text, one sheet named after the file', () => {
    const book: RawWorkbook = readCsv(
      'Name,Role,FTE,Python\nAna Lima , Data scientist,1,3\nBo,Data engineer,0.5,\n',
      'team.csv',
    );
    expect(book).toEqual({
      fileName: 'team.csv',
      format: 'csv',
      sheets: [
        {
          name: 'team',
          rows: [
            ['Name', 'Role', 'FTE', 'Python'],
            ['Ana Lima', 'Data scientist', '1', '3'],
            ['Bo', 'Data engineer', '0.5', null],
          ],
        },
      ],
    });
  });

  it('names the file by its base name, whatever folder it came from', () => {
    expect(readCsv('a\n', 'C:\\Users\\me\\Team skills.v2.csv')).toMatchObject({
      fileName: 'Team skills.v2.csv',
      sheets: [{ name: 'Team skills.v2' }],
    });
    expect(readCsv('a\n', '/home/me/team.csv').fileName).toBe('team.csv');
  });

  it('detects a semicolon delimiter and keeps decimal commas as text', () => {
    expect(rowsOf('Name;FTE;SQL\r\nAna;0,8;3\r\nBo;1;2\r\n')).toEqual([
      ['Name', 'FTE', 'SQL'],
      ['Ana', '0,8', '3'],
      ['Bo', '1', '2'],
    ]);
  });

  it('detects a tab delimiter', () => {
    expect(rowsOf('Name\tSQL\tSpark\nAna\t3\t2\n')).toEqual([
      ['Name', 'SQL', 'Spark'],
      ['Ana', '3', '2'],
    ]);
  });

  it("follows Excel's sep= first line (and drops it, as Excel does)", () => {
    expect(rowsOf('sep=;\nName;Notes\nAna;a,b,c\n')).toEqual([
      ['Name', 'Notes'],
      ['Ana', 'a,b,c'],
    ]);
  });

  it('reads a single-column file', () => {
    expect(rowsOf('Name\nAna\nBo')).toEqual([['Name'], ['Ana'], ['Bo']]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks (one row each)', () => {
    expect(rowsOf('Name,Notes,SQL\n"Lima, Ana","says ""hi""\r\nand more",3\nBo,"x\ry",2\n')).toEqual([
      ['Name', 'Notes', 'SQL'],
      ['Lima, Ana', 'says "hi"\nand more', '3'],
      ['Bo', 'x\ny', '2'],
    ]);
  });

  it('reads CRLF, LF, CR and mixed line breaks alike', () => {
    const expected = [
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ];
    expect(rowsOf('a,b\r\n1,2\r\n3,4\r\n')).toEqual(expected);
    expect(rowsOf('a,b\n1,2\n3,4')).toEqual(expected);
    expect(rowsOf('a,b\r1,2\r3,4\r')).toEqual(expected);
    expect(rowsOf('a,b\r\n1,2\n3,4\r')).toEqual(expected);
  });

  it('pads ragged rows, drops trailing empty rows and columns, keeps leading and inner empty rows', () => {
    expect(rowsOf('\n\nName,SQL,,\nAna,3,2\nBo\n\n  , ,\nCy,1,,,\n,,,\n\n')).toEqual([
      [null, null, null],
      [null, null, null],
      ['Name', 'SQL', null],
      ['Ana', '3', '2'],
      ['Bo', null, null],
      [null, null, null],
      [null, null, null],
      ['Cy', '1', null],
    ]);
  });

  it('removes the apostrophe the apostrophe rule added, and only that one', () => {
    // '' and ''=x are how an export writes a text the user typed as ' and '=x.
    const text = ["'=SUM(1),'+1,'-2,'@x,'=", "'hello,',it's,'',''=x", '"\'line\n=two",=raw,-3,+4'].join('\n');
    expect(rowsOf(text)).toEqual([
      ['=SUM(1)', '+1', '-2', '@x', '='],
      ["'hello", "'", "it's", "'", "'=x"],
      ['line\n=two', '=raw', '-3', '+4', null],
    ]);
  });

  it('reads UTF-8 with and without a byte order mark, and text passed as a string', () => {
    const text = 'Name;Team\nJosé Müller;Équipe\n';
    const expected = [
      ['Name', 'Team'],
      ['José Müller', 'Équipe'],
    ];
    expect(rowsOf(utf8(text))).toEqual(expected);
    expect(rowsOf(withBom(utf8(text), [0xef, 0xbb, 0xbf]))).toEqual(expected);
    expect(rowsOf(`\uFEFF${text}`)).toEqual(expected);
    expect(rowsOf(text)).toEqual(expected);
  });

  it('reads UTF-16 with a byte order mark (Excel\'s "Unicode text": tab-separated)', () => {
    const text = 'Name\tSQL\r\nJosé\t3\r\nZoë 🚀\t\r\n';
    const expected = [
      ['Name', 'SQL'],
      ['José', '3'],
      ['Zoë 🚀', null],
    ];
    expect(rowsOf(utf16(text, true))).toEqual(expected);
    expect(rowsOf(utf16(text, false))).toEqual(expected);
  });

  it('ignores a trailing DOS end-of-file mark', () => {
    expect(rowsOf('a,b\r\n1,2\r\n\x1a')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('readCsv: files it refuses', () => {
  it('an unterminated quoted field, at the line where the field starts', () => {
    const error = errorOf(() => readCsv('Name,Notes\nAna,"ok\nstill ok",3\nBo,"never closed\nCy,1\n', 'team.csv'));
    expect(error.message).toBe('team.csv: line 4: unterminated quoted field');
    expect(error.problem).toEqual({ fileName: 'team.csv', where: 'line 4', message: 'unterminated quoted field' });
  });

  it('text after the closing quote of a quoted field', () => {
    expect(errorOf(() => readCsv('a,b\n"Lima" Jr,3\n', 'team.csv')).message).toBe(
      'team.csv: line 2: a quoted field has text after its closing quote',
    );
  });

  it('counts the sep= line when naming the line', () => {
    expect(errorOf(() => readCsv('sep=,\na,b\n"x,1\n', 't.csv')).message).toBe(
      't.csv: line 3: unterminated quoted field',
    );
  });

  it('binary data (control characters), at its line', () => {
    expect(errorOf(() => readCsv(utf8('a,b\r\n1,2\r\n3\u0000,4\r\n'), 'team.csv')).message).toBe(
      'team.csv: line 3: the file holds binary data, not CSV text',
    );
    expect(errorOf(() => readCsv('a\u0001b', 'team.csv')).problem.where).toBe('line 1');
  });

  it('text that is not UTF-8 (an "ANSI" export), at its line', () => {
    // "José" in Windows-1252: é is the single byte 0xE9.
    const bytes = new Uint8Array([...utf8('Name;SQL\r\nAna;3\r\nJos'), 0xe9, ...utf8(';2\r\n')]);
    const error = errorOf(() => readCsv(bytes, 'team.csv'));
    expect(error.message).toBe(
      'team.csv: line 3: not valid UTF-8 text (byte 0xE9); save the file as "CSV UTF-8" and try again',
    );
    // A sequence cut short at the end of the file.
    expect(errorOf(() => readCsv(new Uint8Array([0x61, 0x0a, 0xc3]), 'x.csv')).message).toBe(
      'x.csv: line 2: not valid UTF-8 text (byte 0xC3); save the file as "CSV UTF-8" and try again',
    );
    // An encoded surrogate (CESU-8) is not UTF-8 either.
    expect(errorOf(() => readCsv(new Uint8Array([0x61, 0xed, 0xa0, 0x80]), 'x.csv')).problem.where).toBe('line 1');
  });

  it('UTF-16 that is cut short or holds a lone surrogate', () => {
    const cut = utf16('a\tb\r\nc', true).subarray(0, 11);
    expect(errorOf(() => readCsv(cut, 'u.txt')).message).toBe('u.txt: line 2: not valid UTF-16 text');
    const lone = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x00, 0xd8, 0x62, 0x00]);
    expect(errorOf(() => readCsv(lone, 'u.txt')).message).toBe('u.txt: line 1: not valid UTF-16 text');
  });

  it('an empty file: no bytes, only a byte order mark, only blanks and delimiters', () => {
    for (const input of [new Uint8Array(0), new Uint8Array([0xef, 0xbb, 0xbf]), '', '\r\n\r\n', ' , \n\t\n,,,']) {
      const error = errorOf(() => readCsv(input, 'team.csv'));
      expect(error.message).toBe('team.csv: the file is empty');
      expect(error.problem.where).toBeUndefined();
    }
  });

  it('a file over 50 MB, before decoding it', () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1).fill(0x61);
    expect(errorOf(() => readCsv(big, 'big.csv')).message).toBe(
      'big.csv: the file is too large (50.1 MB; the limit is 50 MB)',
    );
    expect(errorOf(() => readCsv(new Uint8Array(60 * 1024 * 1024), 'big.csv')).message).toBe(
      'big.csv: the file is too large (60 MB; the limit is 50 MB)',
    );
  });

  it('an Excel workbook or an old .xls given as CSV', () => {
    expect(errorOf(() => readCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'team.csv')).message).toBe(
      'team.csv: this is an Excel workbook or another zip file, not CSV text',
    );
    expect(
      errorOf(() => readCsv(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'team.csv')).message,
    ).toBe('team.csv: this is an old Excel workbook (.xls) or another binary file, not CSV text');
  });

  it('a table that would be absurdly large once padded (one stray far-away cell)', () => {
    const text = `a\n${'\n'.repeat(200_000)}${','.repeat(60)}x\n`;
    expect(errorOf(() => readCsv(text, 'team.csv')).message).toBe(
      'team.csv: the table is too large to import (200002 rows × 61 columns; at most 10,000,000 cells)',
    );
  });
});
