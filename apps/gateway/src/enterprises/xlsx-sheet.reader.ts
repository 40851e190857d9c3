import { ZipEntries } from './zip-entries.reader';

/** A cell as the import reads it (what `cellValue` in excel.service.ts reduces an exceljs cell value to). */
export type SheetCell = string | number | boolean | null;

/** A row of the first sheet that has at least one cell with a value, its cells in column order. */
export interface SheetRow {
  readonly number: number;
  readonly cells: ReadonlyArray<{ readonly col: number; readonly value: SheetCell }>;
}

/** Thrown inside the reader when the file is outside what it knows exactly; the caller then uses exceljs. */
class NotSure extends Error {}

function notSure(): never {
  throw new NotSure();
}

/** exceljs's built-in number formats that it knows by code (`lib/xlsx/defaultnumformats.js`, entries with `f`). */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** exceljs's `utils.isDateFmt`: a format is a date format when, outside [..] and "..", it has y m d h M s or b. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

const ENTITY = /&(#[0-9]+|#x[0-9a-fA-F]+|lt|gt|amp|quot|apos)?;?/g;

/** XML character data as a conforming parser (saxes, under exceljs) delivers it. */
function decodeText(raw: string): string {
  let s = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (s.includes('&')) s = s.replace(ENTITY, decodeEntity);
  return s;
}

function decodeEntity(match: string, name: string | undefined): string {
  if (!name || !match.endsWith(';')) notSure();
  switch (name) {
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'amp':
      return '&';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
    default: {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) notSure();
      return String.fromCodePoint(code);
    }
  }
}

const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** An attribute value that needs normalising or references replaced (most need neither). */
const SPECIAL_IN_ATTRIBUTE = /[&\r\n\t]/;

/** Only XML white space between `from` and `to`. */
function onlySpace(raw: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = raw.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

function attributes(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!raw) return out;
  ATTRIBUTE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let covered = 0;
  while ((m = ATTRIBUTE.exec(raw)) !== null) {
    if (!onlySpace(raw, covered, m.index)) notSure();
    covered = ATTRIBUTE.lastIndex;
    const [, key = '', doubleQuoted, singleQuoted = ''] = m;
    const value = doubleQuoted ?? singleQuoted;
    // Attribute-value normalisation (white space → space) before references are replaced, as XML defines it.
    out.set(key, SPECIAL_IN_ATTRIBUTE.test(value) ? decodeText(value.replace(/\r\n?|[\n\t]/g, ' ')) : value);
  }
  if (!onlySpace(raw, covered, raw.length)) notSure();
  return out;
}

/** A cell's attributes the reader uses. */
interface CellAttributes {
  r?: string;
  s?: string;
  t?: string;
}

/**
 * `attributes(raw)` for a cell's start tag, reduced to `r`, `s` and `t`, without a map or a regular expression when
 * the tag is in the plain form spreadsheets write (`r="B2" s="3" t="s"`: names straight before `=`, double quotes,
 * nothing to normalise or decode in the values, nothing named twice); anything else goes through `attributes`.
 */
function cellAttributes(raw: string): CellAttributes {
  const out: CellAttributes = {};
  const n = raw.length;
  let i = 0;
  for (;;) {
    while (i < n) {
      const c = raw.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      i++;
    }
    if (i >= n) return out;
    const eq = raw.indexOf('=', i);
    if (eq <= i || raw.charCodeAt(eq + 1) !== 34 /* " */) return generalCellAttributes(raw);
    for (let k = i; k < eq; k++) {
      const c = raw.charCodeAt(k);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 34 || c === 39) return generalCellAttributes(raw);
    }
    const close = raw.indexOf('"', eq + 2);
    if (close < 0) return generalCellAttributes(raw);
    for (let k = eq + 2; k < close; k++) {
      const c = raw.charCodeAt(k);
      if (c === 38 /* & */ || c === 13 || c === 10 || c === 9) return generalCellAttributes(raw);
    }
    const name = eq - i === 1 ? raw[i] : '';
    if (name === 'r' || name === 's' || name === 't') {
      if (out[name] !== undefined) return generalCellAttributes(raw);
      out[name] = raw.slice(eq + 2, close);
    }
    i = close + 1;
  }
}

function generalCellAttributes(raw: string): CellAttributes {
  const a = attributes(raw);
  return { r: a.get('r'), s: a.get('s'), t: a.get('t') };
}

const OPEN = 1;
const CLOSE = 2;
const TEXT = 3;

/** A small pull tokenizer for the parts of a workbook; anything it does not understand is `NotSure`. */
class XmlScanner {
  pos: number;
  name = '';
  attrs = '';
  selfClosing = false;
  text = '';

  constructor(
    private readonly xml: string,
    from = 0,
    private readonly end = xml.length,
  ) {
    this.pos = from;
  }

  /** 0 at the end, OPEN, CLOSE (also right after a self-closing OPEN) or TEXT (raw, not decoded). */
  next(): number {
    const xml = this.xml;
    if (this.selfClosing) {
      this.selfClosing = false;
      return CLOSE;
    }
    for (;;) {
      if (this.pos >= this.end) return 0;
      if (xml.charCodeAt(this.pos) !== 60 /* < */) {
        const lt = xml.indexOf('<', this.pos);
        const stop = lt < 0 || lt > this.end ? this.end : lt;
        this.text = xml.slice(this.pos, stop);
        this.pos = stop;
        return TEXT;
      }
      const c = xml.charCodeAt(this.pos + 1);
      if (c === 63 /* ? */) {
        const close = xml.indexOf('?>', this.pos + 2);
        if (close < 0) notSure();
        this.pos = close + 2;
        continue;
      }
      if (c === 33 /* ! */) {
        // Comments are invisible to exceljs (the text around them joins up); CDATA and DOCTYPE are not ours.
        if (!xml.startsWith('<!--', this.pos)) notSure();
        const close = xml.indexOf('-->', this.pos + 4);
        if (close < 0) notSure();
        this.pos = close + 3;
        continue;
      }
      const gt = this.tagEnd(this.pos + 1);
      if (c === 47 /* / */) {
        this.name = xml.slice(this.pos + 2, gt).trim();
        this.pos = gt + 1;
        return CLOSE;
      }
      let body = xml.slice(this.pos + 1, gt);
      this.pos = gt + 1;
      if (body.endsWith('/')) {
        this.selfClosing = true;
        body = body.slice(0, -1);
      }
      let space = -1;
      for (let i = 0; i < body.length; i++) {
        const ch = body.charCodeAt(i);
        if (ch === 32 || ch === 9 || ch === 10 || ch === 13) {
          space = i;
          break;
        }
      }
      this.name = space < 0 ? body : body.slice(0, space);
      this.attrs = space < 0 ? '' : body.slice(space + 1);
      if (this.name === '') notSure();
      return OPEN;
    }
  }

  /** The `>` closing the tag that starts at `from`, skipping quoted attribute values (they may hold `>`). */
  private tagEnd(from: number): number {
    const xml = this.xml;
    let quote = 0;
    for (let i = from; i < this.end; i++) {
      const c = xml.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 62 /* > */) return i;
      else if (c === 34 /* " */ || c === 39 /* ' */) quote = c;
      else if (c === 60 /* < */) notSure();
    }
    return notSure();
  }

  /** The name of the tag just read (a method: the scanner moves on under the caller's feet). */
  tag(): string {
    return this.name;
  }

  /** Skip the rest of the element just opened (its children and text). */
  skipElement(): void {
    let depth = 1;
    for (;;) {
      const t = this.next();
      if (t === 0) notSure();
      if (t === OPEN) depth++;
      else if (t === CLOSE && --depth === 0) return;
    }
  }

  /** The text of the element just opened, which must contain text (and comments) only. */
  elementText(): string {
    let out = '';
    for (;;) {
      const t = this.next();
      if (t === TEXT) out += this.text;
      else if (t === CLOSE) return out;
      else notSure();
    }
  }
}

/** exceljs's TextXform: the text of `<t>`, with `_xHHHH_` escapes (upper-case hex) replaced. */
function sharedText(raw: string): string {
  const s = decodeText(raw);
  return s.includes('_x')
    ? s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : s;
}

/**
 * The shared strings as the import reads them: a plain `<si><t>…</t></si>` is its text, rich text `<si><r>…</r>…</si>`
 * is the runs' texts joined (what `cellValue` does with exceljs's `richText`). Anything else (phonetic runs, an empty
 * `<si/>`, a mix) is `undefined`: a cell using it sends the file to exceljs.
 */
function readSharedStrings(xml: string): Array<string | undefined> {
  const out: Array<string | undefined> = [];
  const s = new XmlScanner(xml);
  let t: number;
  let inSst = false;
  while ((t = s.next()) !== 0) {
    if (t === TEXT) continue;
    if (t === CLOSE) {
      if (s.name === 'sst' && inSst) inSst = false;
      else notSure();
      continue;
    }
    if (!inSst) {
      if (s.name !== 'sst') notSure();
      inSst = true;
      continue;
    }
    if (s.name !== 'si') notSure();
    out.push(readSi(s));
  }
  return out;
}

function readSi(s: XmlScanner): string | undefined {
  let plain: string | undefined;
  let runs: string[] | undefined;
  let odd = false;
  for (;;) {
    const t = s.next();
    if (t === TEXT) continue;
    if (t === CLOSE) break; // </si>
    if (s.name === 't' && plain === undefined && runs === undefined) plain = sharedText(s.elementText());
    else if (s.name === 'r' && plain === undefined) {
      const run = readRun(s);
      if (run === undefined) odd = true;
      else (runs ??= []).push(run);
    } else {
      odd = true;
      s.skipElement();
    }
  }
  if (odd) return undefined;
  if (plain !== undefined) return plain;
  return runs === undefined ? undefined : runs.join('');
}

function readRun(s: XmlScanner): string | undefined {
  let text: string | undefined;
  let odd = false;
  for (;;) {
    const t = s.next();
    if (t === TEXT) continue;
    if (t === CLOSE) break; // </r>
    if (s.name === 't' && text === undefined) text = sharedText(s.elementText());
    else if (s.name === 'rPr' && text === undefined) s.skipElement();
    else {
      odd = true;
      s.skipElement();
    }
  }
  return odd ? undefined : text;
}

/** For each cell style (`cellXfs` index), whether exceljs reads a number in it as a date. */
function readDateStyles(xml: string): boolean[] {
  const formats = new Map<number, string>();
  const styles: boolean[] = [];
  const s = new XmlScanner(xml);
  const stack: string[] = [];
  let t: number;
  while ((t = s.next()) !== 0) {
    if (t === TEXT) continue;
    if (t === CLOSE) {
      stack.pop();
      continue;
    }
    const parent = stack[stack.length - 1];
    if (s.name === 'numFmt' && parent === 'numFmts') {
      const a = attributes(s.attrs);
      const code = a.get('formatCode');
      if (code === undefined) notSure();
      formats.set(parseInt(a.get('numFmtId') ?? '', 10), code.replace(/[\\](.)/g, '$1'));
    } else if (s.name === 'xf' && parent === 'cellXfs') {
      const id = parseInt(attributes(s.attrs).get('numFmtId') ?? '', 10);
      styles.push(id ? isDateFormat(formats.get(id) || BUILT_IN_FORMATS[id]) : false);
    }
    stack.push(s.name);
  }
  if (styles.length === 0) notSure();
  return styles;
}

/** The part of the first sheet in the workbook's order, as exceljs finds it (or NotSure). */
function firstSheetPart(zip: ZipEntries): { part: string; date1904: boolean } {
  const workbook = zip.text('xl/workbook.xml') ?? notSure();
  const rels = zip.text('xl/_rels/workbook.xml.rels') ?? notSure();
  let firstRid: string | undefined;
  let sheets = 0;
  const ids = new Set<string>();
  let date1904 = false;
  const s = new XmlScanner(workbook);
  let t: number;
  while ((t = s.next()) !== 0) {
    if (t !== OPEN) continue;
    if (s.name === 'sheet') {
      const a = attributes(s.attrs);
      const id = a.get('sheetId') ?? notSure();
      if (!/^[1-9][0-9]*$/.test(id) || ids.has(id)) notSure();
      ids.add(id);
      if (sheets++ === 0) firstRid = a.get('r:id') ?? notSure();
    } else if (s.name === 'workbookPr') {
      date1904 = attributes(s.attrs).get('date1904') === '1';
    }
  }
  if (firstRid === undefined) notSure();
  let target: string | undefined;
  const r = new XmlScanner(rels);
  while ((t = r.next()) !== 0) {
    if (t === OPEN && r.name === 'Relationship') {
      const a = attributes(r.attrs);
      if (a.get('Id') === firstRid) target = a.get('Target');
    }
  }
  if (target === undefined) notSure();
  const part = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
  if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(part) || !zip.has(part)) notSure();
  return { part, date1904 };
}

function columnNumber(address: string): number {
  let col = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else break;
  }
  if (i === 0 || i > 3 || !/^[0-9]+$/.test(address.slice(i))) notSure();
  return col;
}

/** exceljs's `xmlDecode` (applied once more to `t="str"` values). */
function xmlDecodeAgain(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return c;
    }
  });
}

function excelDate(serial: number, date1904: boolean): string {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  if (Number.isNaN(d.getTime())) notSure(); // exceljs's path would throw on toISOString
  return d.toISOString().slice(0, 10);
}

interface SheetContext {
  readonly shared: ReadonlyArray<string | undefined> | undefined;
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** One `<c>` (its start tag just read) → present (iterated by exceljs's eachCell) with its value, or undefined. */
function readCell(s: XmlScanner, ctx: SheetContext): { col: number; value: SheetCell } | undefined {
  const a = cellAttributes(s.attrs);
  const address = a.r ?? notSure();
  const col = columnNumber(address);
  const type = a.t;
  const styleText = a.s;
  const styleId = styleText ? parseInt(styleText, 10) : 0;
  let formula: string | undefined;
  let shareType: string | undefined;
  let value: string | undefined;
  let seenValue = false;
  for (;;) {
    const t = s.next();
    if (t === TEXT) continue;
    if (t === CLOSE) break; // </c>
    switch (s.name) {
      case 'f': {
        if (formula !== undefined || shareType !== undefined) notSure();
        shareType = attributes(s.attrs).get('t');
        const text = decodeText(s.elementText());
        formula = text === '' ? undefined : text;
        break;
      }
      case 'v': {
        if (seenValue) notSure();
        seenValue = true;
        const text = decodeText(s.elementText());
        value = text === '' ? undefined : text;
        break;
      }
      case 'is': {
        if (seenValue) notSure();
        seenValue = true;
        let text = '';
        let ts = 0;
        for (;;) {
          const u = s.next();
          if (u === TEXT) continue;
          if (u === CLOSE) break; // </is>
          if (s.tag() !== 't' || ts++ > 0) notSure();
          text += decodeText(s.elementText());
        }
        value = text === '' ? undefined : text;
        break;
      }
      default:
        notSure();
    }
  }
  const isDate = styleId ? (ctx.dateStyles[styleId] ?? false) : false;
  if (formula || shareType) {
    // exceljs keeps only a truthy cached result (FormulaValue copies truthy fields); `cellValue` reads `result`.
    if (value === undefined) return { col, value: null };
    let result: string | number | boolean | null;
    if (type === 'str') result = xmlDecodeAgain(value);
    else if (type === 'b') result = parseInt(value, 10) !== 0;
    else if (type === 'e') {
      if (isDate) notSure();
      return { col, value: null };
    } else result = parseFloat(value);
    if (isDate) {
      if (typeof result !== 'number') notSure();
      return { col, value: excelDate(result, ctx.date1904) };
    }
    if (!result) return { col, value: null };
    return { col, value: typeof result === 'string' ? result.trim() : result };
  }
  if (value === undefined) return undefined; // a Null or Merge cell: not iterated
  switch (type) {
    case 's': {
      const text = ctx.shared?.[parseInt(value, 10)];
      if (text === undefined) notSure();
      return { col, value: text.trim() };
    }
    case 'str':
      return { col, value: xmlDecodeAgain(value).trim() };
    case 'inlineStr':
      return { col, value: value.trim() };
    case 'b':
      return { col, value: parseInt(value, 10) !== 0 };
    case 'e':
      return { col, value: null };
    default: {
      const n = parseFloat(value);
      return { col, value: isDate ? excelDate(n, ctx.date1904) : n };
    }
  }
}

function readRows(xml: string, ctx: SheetContext): SheetRow[] {
  // Merged cells (slaves read the master's value) and hyperlinks (a cell's value becomes { text, hyperlink }): exceljs.
  if (xml.includes('<mergeCell') || xml.includes('<hyperlink')) notSure();
  const start = xml.indexOf('<sheetData');
  if (start < 0) notSure();
  const s = new XmlScanner(xml, start);
  if (s.next() !== OPEN || s.name !== 'sheetData') notSure();
  const rows: SheetRow[] = [];
  let lastRow = 0;
  for (;;) {
    const t = s.next();
    if (t === TEXT) continue;
    if (t === CLOSE) break; // </sheetData>
    if (t !== OPEN || s.tag() !== 'row') notSure();
    const number = parseInt(attributes(s.attrs).get('r') ?? notSure(), 10);
    if (!(number > lastRow)) notSure();
    lastRow = number;
    const cells: Array<{ col: number; value: SheetCell }> = [];
    let lastCol = 0;
    for (;;) {
      const u = s.next();
      if (u === TEXT) continue;
      if (u === CLOSE) break; // </row>
      if (s.tag() !== 'c') notSure();
      const cell = readCell(s, ctx);
      if (!cell) continue;
      if (cell.col <= lastCol) notSure();
      lastCol = cell.col;
      cells.push(cell);
    }
    if (cells.length > 0) rows.push({ number, cells });
  }
  return rows;
}

/**
 * The first sheet of an .xlsx read directly (ZIP with node:zlib, the XML parts scanned), giving exactly the rows and
 * cell values the exceljs path gives — or `undefined` when the file is anything this reader is not sure about
 * (formulas read from elsewhere, merged cells, hyperlinks, phonetic or inline rich text, ZIP64, encryption, another
 * layout of parts…), in which case the caller reads it with exceljs as before.
 */
export function readFirstSheet(file: Buffer): SheetRow[] | undefined {
  try {
    const zip = ZipEntries.open(file);
    if (!zip) return undefined;
    const { part, date1904 } = firstSheetPart(zip);
    const sheet = zip.text(part) ?? notSure();
    const stylesXml = zip.text('xl/styles.xml') ?? notSure();
    const sharedXml = zip.has('xl/sharedStrings.xml')
      ? (zip.text('xl/sharedStrings.xml') ?? notSure())
      : undefined;
    const ctx: SheetContext = {
      shared: sharedXml === undefined ? undefined : readSharedStrings(sharedXml),
      dateStyles: readDateStyles(stylesXml),
      date1904,
    };
    return readRows(sheet, ctx);
  } catch (error) {
    if (error instanceof NotSure || error instanceof Error) return undefined;
    throw error;
  }
}
