#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpus of the xlsx fuzz target: small workbooks with
shared and inline strings, rich text, dates, booleans, gaps and two
sheets, as SpreadsheetML by hand.  Run it from tests/fuzz."""

import os
import zipfile

MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

WORKBOOK = (f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><workbookPr date1904="{{date1904}}"/>'
            '<sheets><sheet name="空白" sheetId="1" r:id="rId1"/>'
            '<sheet name="数据" sheetId="2" r:id="rId2"/></sheets></workbook>')
RELS = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>')
STYLES = (f'<styleSheet xmlns="{MAIN}"><numFmts count="1">'
          '<numFmt numFmtId="164" formatCode="yyyy/m/d\\ h:mm"/></numFmts>'
          '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>')
STRINGS = (f'<sst xmlns="{MAIN}" count="4" uniqueCount="4"><si><t>作品名称</t></si>'
           '<si><t>发布时间</t></si><si><t>播放量</t></si>'
           '<si><r><rPr><b/></rPr><t>春节</t></r><r><t xml:space="preserve"> 特辑</t></r>'
           '<rPh sb="0" eb="1"><t>しゅん</t></rPh></si></sst>')
EMPTY = f'<worksheet xmlns="{MAIN}"><sheetData/></worksheet>'
SHEET = (f'<worksheet xmlns="{MAIN}"><sheetData>'
         '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="D2" t="s"><v>2</v></c></row>'
         '<row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" s="2"><v>45000.75</v></c>'
         '<c r="C3" t="b"><v>1</v></c><c r="D3"><v>1234</v></c></row>'
         '<row r="5"><c r="A5" t="inlineStr"><is><t>内联 &amp; 文本</t></is></c><c r="B5" s="1"><v>61</v></c>'
         '<c r="C5" t="e"><v>#DIV/0!</v></c><c r="D5" t="str"><v>5</v></c></row>'
         '</sheetData></worksheet>')


def write(name, date1904=0, strings=True):
    with zipfile.ZipFile(os.path.join('corpus', 'xlsx', name), 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr('xl/workbook.xml', WORKBOOK.format(date1904=date1904))
        z.writestr('xl/_rels/workbook.xml.rels', RELS)
        z.writestr('xl/styles.xml', STYLES)
        if strings:
            z.writestr('xl/sharedStrings.xml', STRINGS)
        z.writestr('xl/worksheets/sheet1.xml', EMPTY)
        z.writestr('xl/worksheets/sheet2.xml', SHEET)


os.makedirs(os.path.join('corpus', 'xlsx'), exist_ok=True)
write('workbook.xlsx')
write('date1904.xlsx', date1904=1)
write('no-strings.xlsx', strings=False)
