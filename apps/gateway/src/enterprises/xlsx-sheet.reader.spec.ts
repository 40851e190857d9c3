import { deflateRawSync } from 'node:zlib';

import { makeEnterprise, makeImportWorkbook } from '@ladder/platform-testing';
import ExcelJS from 'exceljs';

import { ExcelService } from './excel.service';
import { readFirstSheet } from './xlsx-sheet.reader';

const excel = new ExcelService();

async function written(
  build: (wb: ExcelJS.Workbook) => void,
  options?: Partial<ExcelJS.XlsxWriteOptions>,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer(options));
}

/** The fast reader read the file (no fallback) and gave what the exceljs path gives. */
async function expectSameAsExcelJs(file: Buffer): Promise<void> {
  const fast = readFirstSheet(file);
  expect(fast).toBeDefined();
  expect(fast).toEqual(await excel.readSheetWithExcelJs(file));
}

/** A ZIP written by hand (stored or deflated members), for parts exceljs itself never writes. */
function zip(
  parts: Record<string, string | Buffer>,
  opts: { flags?: number; deflate?: boolean } = {},
): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const data = opts.deflate === false ? raw : deflateRawSync(raw);
    const method = opts.deflate === false ? 0 : 8;
    const nameBytes = Buffer.from(name, 'latin1');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(opts.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(0, 14); // CRC not checked by either reader
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(opts.flags ?? 0, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(raw.length, 24);
    cd.writeUInt16LE(nameBytes.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    central.push(cd, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const cdBytes = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(Object.keys(parts).length, 8);
  eocd.writeUInt16LE(Object.keys(parts).length, 10);
  eocd.writeUInt32LE(cdBytes.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cdBytes, eocd]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A workbook of hand-written parts: one sheet (sheet1.xml) unless the parts say otherwise. */
/** A date serial of the 1900 system as the reader gives it (UTC `YYYY-MM-DD`). */
function excelDay(serial: number): string {
  return new Date(Math.round((serial - 25569) * 24 * 3600 * 1000)).toISOString().slice(0, 10);
}

function handWritten(parts: {
  sheetData: string;
  sharedStrings?: string[] | string;
  numFmts?: string;
  cellXfs?: string;
  workbook?: string;
  rels?: string;
  extra?: Record<string, string>;
  sheetTail?: string;
}): Buffer {
  const shared =
    parts.sharedStrings === undefined
      ? undefined
      : typeof parts.sharedStrings === 'string'
        ? parts.sharedStrings
        : `<?xml version="1.0" encoding="UTF-8"?>\r\n<sst ${NS}>${parts.sharedStrings.map((s) => `<si>${s}</si>`).join('')}</sst>`;
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'xl/workbook.xml':
      parts.workbook ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS} ${R_NS}><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      parts.rels ??
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}>${parts.numFmts ?? ''}<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs>${parts.cellXfs ?? '<xf numFmtId="0"/>'}</cellXfs></styleSheet>`,
    ...(shared === undefined ? {} : { 'xl/sharedStrings.xml': shared }),
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS} ${R_NS}><sheetData>${parts.sheetData}</sheetData>${parts.sheetTail ?? ''}</worksheet>`,
    ...parts.extra,
  });
}

describe('readFirstSheet', () => {
  it('should read the rows exactly as exceljs does when the file is the import template the console offers', async () => {
    await expectSameAsExcelJs(await excel.template());
  });

  it('should read the rows exactly as exceljs does when the file holds bench-like import rows', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => {
      const e = makeEnterprise();
      return {
        统一社会信用代码: e.uscc,
        企业名称: `${e.name}  `,
        '所属县（市、区）': e.countyCode,
        行业门类: i % 3 === 0 ? '工业' : 'industry',
        所属产业链: i % 2 === 0 ? '钢铁与装备制造、新材料' : null,
        成立日期: '2015-06-30',
        注册地址: `三明市 <路> & "号" ${i}\n二层`,
        数据年度: 2025,
        '从业人员数（人）': i,
        '营业收入（万元）': `${i}.123456`,
        '研发费用（万元）': i * 1.5,
        '净利润（万元）': -i,
        高新技术企业: i % 2 === 0 ? '是' : '否',
      };
    });
    const file = await makeImportWorkbook(rows);
    await expectSameAsExcelJs(file);
    expect((await excel.parseImport(file)).length).toBe(300);
  });

  it('should read every kind of cell exceljs writes exactly as exceljs reads it back', async () => {
    const file = await written((wb) => {
      const ws = wb.addWorksheet('企业培育库');
      ws.addRow([
        'text',
        '  padded  ',
        '',
        'a & b < c > "d" \'e\'',
        'line\r\nbreak',
        '_x0041_ literal',
        '😀 统一',
        'tab\there',
      ]);
      ws.addRow([0, 1, -2.5, 1e21, 0.1 + 0.2, 123456789012, Number.MAX_SAFE_INTEGER]);
      ws.addRow([true, false, null, undefined, { error: '#N/A' }, { error: '#DIV/0!' }]);
      ws.addRow([
        new Date(Date.UTC(2015, 5, 30)),
        new Date(Date.UTC(1900, 0, 1)),
        new Date(Date.UTC(2025, 11, 31, 23, 59)),
      ]);
      ws.addRow([
        { richText: [{ text: ' rich ' }, { font: { bold: true }, text: 'text ' }] },
        { richText: [{ text: '' }] },
        { formula: '1+1', result: 2 },
        { formula: '1-1', result: 0 },
        { formula: 'A1', result: '  formula text ' },
        { formula: 'A1&""', result: '' },
        { formula: 'TRUE()', result: true },
        { formula: 'FALSE()', result: false },
        { formula: 'NA()', result: { error: '#N/A' } },
        { formula: 'NOW()' },
        { formula: 'DATE(2020,1,2)', result: new Date(Date.UTC(2020, 0, 2)) },
      ]);
      const r6 = ws.addRow([43000, 43000, 43000, 43000, 43000, 43000, 43000, 43000, 43000]);
      const formats = [
        'yyyy-mm-dd',
        'yyyy"年"m"月"d"日"',
        '0.00',
        '[Red]0',
        '"d"0',
        'h:mm',
        '[$-804]yyyy/m/d',
        '@',
        '#,##0',
      ];
      formats.forEach((numFmt, i) => (r6.getCell(i + 1).numFmt = numFmt));
      const styled = ws.getRow(7);
      styled.getCell(1).value = null;
      styled.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
      styled.getCell(3).value = 'after a styled empty cell';
      ws.getRow(9).getCell(30).value = 'far column';
      ws.getRow(12).getCell(2).value = 'row after a gap';
    });
    await expectSameAsExcelJs(file);
  });

  it('should read the file as exceljs does when exceljs writes strings inline and the workbook counts from 1904', async () => {
    const file = await written(
      (wb) => {
        wb.properties.date1904 = true;
        const ws = wb.addWorksheet('S');
        ws.addRow(['plain', '  x ', 'a &amp; b', 'a & b', 42, new Date(Date.UTC(2001, 1, 3))]);
      },
      { useSharedStrings: false },
    );
    await expectSameAsExcelJs(file);
  });

  it('should read hand-written parts (built-in and custom date formats, inline strings, CRLF, entities, comments) as exceljs does', async () => {
    const builtIn = [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47, 31, 57, 2, 49];
    const file = handWritten({
      sharedStrings: [
        '<t>s0</t>',
        '<t xml:space="preserve">  s1&#10;x  </t>',
        '<r><rPr><b/></rPr><t>r1</t></r><r><t xml:space="preserve"> r2 </t></r>',
        '<t/>',
        '<t>_x0041_B&amp;</t>',
      ],
      numFmts:
        '<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="[&gt;=100]0;0"/><numFmt numFmtId="166" formatCode="&quot;y&quot;0"/></numFmts>',
      cellXfs: [
        '<xf numFmtId="0"/>',
        ...builtIn.map((id) => `<xf numFmtId="${id}" applyNumberFormat="1"/>`),
        '<xf numFmtId="164"/>',
        '<xf numFmtId="165"/>',
        '<xf numFmtId="166"/>',
      ].join(''),
      sheetData:
        '<row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>\r\n' +
        `<row r="2">${[...builtIn, 164, 165, 166].map((_, i) => `<c r="${String.fromCharCode(65 + i)}2" s="${i + 1}"><v>43000.5</v></c>`).join('')}</row>` +
        '<row r="3"><c r="A3" t="inlineStr"><is><t>  inline &lt;x&gt; </t></is></c><c r="B3" t="str"><v>a &amp;amp; b</v></c><c r="C3" t="b"><v>1</v></c><c r="D3" t="b"><v>0</v></c><c r="E3" t="e"><v>#REF!</v></c><c r="F3" t="n"><v> 12.5 </v></c><c r="G3" s="1"/><c r="H3"><v></v></c><c r="I3"><!-- note --><v>1<!-- split -->2</v></c></row>' +
        '<row r="4"><c r="A4"><f>1+1</f><v>2</v></c><c r="B4"><f t="shared" ref="B4:B5" si="0">A4</f><v>0</v></c><c r="C4" t="str"><f>A1</f><v> t </v></c><c r="D4" t="e"><f>NA()</f><v>#N/A</v></c><c r="E4" s="1"><f>A4</f><v>43000</v></c><c r="F4"><f>A4</f></c></row>' +
        '<row r="5"><c r="B5"><f t="shared" si="0"/><v>3</v></c></row>' +
        '<row r="7" s="1" customFormat="1"><c r="A7" s="1"/></row>',
    });
    await expectSameAsExcelJs(file);
  });

  it('should read cell attributes in every form XML allows (quotes, spaces, references, any order, other attributes) as exceljs does', async () => {
    const file = handWritten({
      sharedStrings: ['<t>h</t>', '<t>x</t>'],
      cellXfs: '<xf numFmtId="0"/><xf numFmtId="14"/>',
      sheetData:
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c t="s" r="B1"><v>0</v></c><c r=\'C1\' t=\'s\'><v>0</v></c><c r = "D1" t ="s"><v>0</v></c></row>' +
        '<row r="2"><c r="A2" s="1"><v>43000</v></c><c s="1" r="B2" cm="1" vm="2"><v>43001</v></c><c\tr="C2"\ns="1"\r\nt="n"><v>43002</v></c><c r="D2"  s="1"   t="n" ><v>43003</v></c></row>' +
        '<row r="3"><c r="&#65;3" t="&#115;"><v>1</v></c><c r="B3" t="s" ph="1"><v>1</v></c><c xml:space="preserve" r="C3" t="s"><v>1</v></c><c r="D3" t="s" s="0"><v>1</v></c></row>',
    });
    await expectSameAsExcelJs(file);
    expect(readFirstSheet(file)).toEqual([
      { number: 1, cells: [1, 2, 3, 4].map((col) => ({ col, value: 'h' })) },
      { number: 2, cells: [1, 2, 3, 4].map((col) => ({ col, value: excelDay(43000 + col - 1) })) },
      { number: 3, cells: [1, 2, 3, 4].map((col) => ({ col, value: 'x' })) },
    ]);
  });

  it('should read a sheet whose rels target is absolute and which has no shared strings as exceljs does', async () => {
    const file = handWritten({
      rels: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdX" Target="/xl/worksheets/sheet1.xml"/></Relationships>',
      workbook: `<workbook ${NS} ${R_NS}><workbookPr date1904="1"/><sheets><sheet name="S" sheetId="3" r:id="rIdX"/></sheets></workbook>`,
      sheetData: '<row r="2"><c r="A2"><v>7</v></c><c r="B2" t="inlineStr"><is><t>x</t></is></c></row>',
    });
    await expectSameAsExcelJs(file);
  });

  it('should read a stored (not deflated) archive as exceljs does', async () => {
    const file = zip(
      {
        'xl/workbook.xml': `<workbook ${NS} ${R_NS}><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
        'xl/_rels/workbook.xml.rels':
          '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
        'xl/styles.xml': `<styleSheet ${NS}><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
        'xl/worksheets/sheet1.xml': `<worksheet ${NS}><sheetData><row r="1"><c r="A1" s="1"><v>45000</v></c><c r="B1" t="inlineStr"><is><t>b</t></is></c></row></sheetData></worksheet>`,
      },
      { deflate: false },
    );
    await expectSameAsExcelJs(file);
  });

  it('should read the first sheet in the workbook order, as exceljs does, when it is not sheet1.xml', async () => {
    const file = handWritten({
      sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>',
      workbook: `<workbook ${NS} ${R_NS}><sheets><sheet name="B" sheetId="2" r:id="rId2"/><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      rels: '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="worksheets/sheet2.xml"/></Relationships>',
      extra: {
        'xl/worksheets/sheet2.xml': `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData></worksheet>`,
      },
    });
    await expectSameAsExcelJs(file);
    expect(readFirstSheet(file)).toEqual([{ number: 1, cells: [{ col: 1, value: 2 }] }]);
  });

  describe('fallback to exceljs', () => {
    const sheet1 = '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>';

    it.each([
      [
        'merged cells',
        handWritten({
          sheetData: sheet1,
          sheetTail: '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
        }),
      ],
      [
        'a hyperlink',
        handWritten({
          sheetData: sheet1,
          sheetTail: '<hyperlinks><hyperlink ref="A1" r:id="rId9"/></hyperlinks>',
        }),
      ],
      [
        'inline rich text',
        handWritten({ sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><r><t>a</t></r></is></c></row>' }),
      ],
      [
        'phonetic runs in a shared string',
        handWritten({
          sharedStrings: ['<t>a</t><rPh sb="0" eb="1"><t>ア</t></rPh>'],
          sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
        }),
      ],
      [
        'an empty shared string item',
        handWritten({ sharedStrings: [''], sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }),
      ],
      [
        'a shared string index out of range',
        handWritten({
          sharedStrings: ['<t>a</t>'],
          sheetData: '<row r="1"><c r="A1" t="s"><v>5</v></c></row>',
        }),
      ],
      [
        'a cell without an address',
        handWritten({ sheetData: '<row r="1"><c t="inlineStr"><is><t>a</t></is></c></row>' }),
      ],
      ['rows out of order', handWritten({ sheetData: `<row r="2"><c r="A2"><v>1</v></c></row>${sheet1}` })],
      [
        'CDATA',
        handWritten({
          sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[a]]></t></is></c></row>',
        }),
      ],
      [
        'an unknown entity',
        handWritten({ sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>' }),
      ],
      ['a prefixed sheet element', handWritten({ sheetData: '<x:row r="1"/>' })],
      [
        'a first sheet that is not a worksheet part',
        handWritten({
          sheetData: sheet1,
          rels: '<Relationships><Relationship Id="rId1" Target="chartsheets/sheet1.xml"/></Relationships>',
        }),
      ],
      [
        'a date format on a text formula result',
        handWritten({
          cellXfs: '<xf numFmtId="0"/><xf numFmtId="14"/>',
          sheetData: '<row r="1"><c r="A1" s="1" t="str"><f>A2</f><v>x</v></c></row>',
        }),
      ],
    ])('should leave the file to exceljs when it has %s', async (_what, file) => {
      expect(readFirstSheet(file)).toBeUndefined();
    });

    it('should leave an encrypted, a ZIP64-marked or a non-ZIP file to exceljs, with the same message for a bad file', async () => {
      const parts = { 'xl/workbook.xml': '<workbook/>' };
      expect(readFirstSheet(zip(parts, { flags: 1 }))).toBeUndefined();
      const z64 = zip(parts);
      z64.writeUInt32LE(0xffffffff, z64.length - 22 + 16);
      expect(readFirstSheet(z64)).toBeUndefined();
      const garbage = Buffer.from('not a workbook at all, just text');
      expect(readFirstSheet(garbage)).toBeUndefined();
      await expect(excel.parseImport(garbage)).rejects.toThrow(
        '无法读取文件：请上传 .xlsx 格式的企业培育库导入模板',
      );
      await expect(excel.parseImport(Buffer.alloc(0))).rejects.toThrow(
        '无法读取文件：请上传 .xlsx 格式的企业培育库导入模板',
      );
    });

    it('should give the same message as before when the first sheet lacks template columns', async () => {
      const file = await makeImportWorkbook([]);
      const broken = await written((wb) => wb.addWorksheet('S').addRow(['统一社会信用代码', '企业名称']));
      expect(readFirstSheet(broken)).toBeDefined();
      await expect(excel.parseImport(broken)).rejects.toThrow(/^文件缺少必填列：/);
      expect(await excel.parseImport(file)).toEqual([]);
    });
  });
});
