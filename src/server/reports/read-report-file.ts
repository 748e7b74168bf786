/**
 * A report file's bytes to parsed records, with Apps Script's own services: the core decides how
 * to read the bytes (charset or XLSX); `Blob.getDataAsString(charset)` decodes text, and XLSX is
 * read with `Utilities.unzip` and `XmlService` — no spreadsheet library in the bundle.
 */
import { parseReportTable, parseReportText, planDecoding, type FailedReport, type ParseContext, type ReportOutcome } from '../../core/reports/parse-report';
import { isDateFormat, sheetTable, type XlsxCell, type XlsxContext, type XlsxRow } from '../../core/reports/xlsx';
import type { Cell } from '../../core/reports/table';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Parses a report file from its bytes (`Byte[]` as Apps Script gives them, e.g. from base64Decode). */
export function readReportFile(fileName: string, bytes: number[], context: Omit<ParseContext, 'fileName'> = {}): ReportOutcome {
  const ctx: ParseContext = { ...context, fileName };
  const plan = planDecoding(bytes, fileName);
  if ('ok' in plan) return plan;
  if (plan.read === 'xlsx') {
    const table = readXlsxTable(bytes, fileName);
    return 'ok' in table ? table : parseReportTable(table.rows, ctx);
  }
  const text = Utilities.newBlob(bytes).getDataAsString(plan.charset);
  return parseReportText(text, ctx, plan.charset);
}

/** The first sheet of an XLSX file as a table, or why it cannot be read. */
export function readXlsxTable(bytes: number[], fileName: string): { rows: Cell[][] } | FailedReport {
  const broken = (detail: string): FailedReport => ({ ok: false, problem: { key: 'problem.brokenXlsx', params: { file: fileName, detail } } });
  let parts: GoogleAppsScript.Base.Blob[];
  try {
    parts = Utilities.unzip(Utilities.newBlob(bytes, 'application/zip', fileName));
  } catch (e) {
    return broken(errorText(e));
  }
  const byName: Record<string, GoogleAppsScript.Base.Blob> = {};
  for (const part of parts) byName[String(part.getName()).replace(/^\/+/, '')] = part;
  const xml = (name: string): GoogleAppsScript.XML_Service.Element | null => {
    const part = byName[name];
    return part ? XmlService.parse(part.getDataAsString('UTF-8')).getRootElement() : null;
  };
  try {
    const main = XmlService.getNamespace(MAIN);
    const workbook = xml('xl/workbook.xml');
    if (!workbook) return broken('xl/workbook.xml');
    const sheetPath = firstSheetPath(workbook, xml('xl/_rels/workbook.xml.rels'), main);
    const sheet = xml(sheetPath);
    if (!sheet) return broken(sheetPath);
    const pr = workbook.getChild('workbookPr', main)?.getAttribute('date1904')?.getValue();
    const context: XlsxContext = {
      sharedStrings: sharedStrings(xml('xl/sharedStrings.xml'), main),
      dateStyles: dateStyles(xml('xl/styles.xml'), main),
      date1904: pr === '1' || pr === 'true',
    };
    return { rows: sheetTable(sheetRows(sheet, main), context) };
  } catch (e) {
    return broken(errorText(e));
  }
}

// The first <sheet> of the workbook, through its relationship (sheet1.xml when there is none).
function firstSheetPath(workbook: GoogleAppsScript.XML_Service.Element, rels: GoogleAppsScript.XML_Service.Element | null, main: GoogleAppsScript.XML_Service.Namespace): string {
  const fallback = 'xl/worksheets/sheet1.xml';
  const first = workbook.getChild('sheets', main)?.getChildren('sheet', main)[0];
  const id = first?.getAttribute('id', XmlService.getNamespace('r', DOC_RELS))?.getValue();
  if (!id || !rels) return fallback;
  for (const rel of rels.getChildren('Relationship', XmlService.getNamespace(PKG_RELS))) {
    if (rel.getAttribute('Id')?.getValue() !== id) continue;
    const target = rel.getAttribute('Target')?.getValue() ?? '';
    return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  }
  return fallback;
}

// <si> is a <t>, or rich-text runs <r><t>; phonetic runs (<rPh>) are not part of the text.
function sharedStrings(sst: GoogleAppsScript.XML_Service.Element | null, main: GoogleAppsScript.XML_Service.Namespace): string[] {
  if (!sst) return [];
  return sst.getChildren('si', main).map((si) => {
    const t = si.getChild('t', main);
    if (t) return t.getText();
    return si
      .getChildren('r', main)
      .map((r) => r.getChildText('t', main) ?? '')
      .join('');
  });
}

function dateStyles(styles: GoogleAppsScript.XML_Service.Element | null, main: GoogleAppsScript.XML_Service.Namespace): Set<number> {
  const out = new Set<number>();
  if (!styles) return out;
  const custom: Record<number, string> = {};
  for (const f of styles.getChild('numFmts', main)?.getChildren('numFmt', main) ?? []) {
    custom[Number(f.getAttribute('numFmtId')?.getValue())] = f.getAttribute('formatCode')?.getValue() ?? '';
  }
  styles
    .getChild('cellXfs', main)
    ?.getChildren('xf', main)
    .forEach((xf, i) => {
      const id = Number(xf.getAttribute('numFmtId')?.getValue() ?? 0);
      if (isDateFormat(id, custom[id])) out.add(i);
    });
  return out;
}

function sheetRows(sheet: GoogleAppsScript.XML_Service.Element, main: GoogleAppsScript.XML_Service.Namespace): XlsxRow[] {
  const data = sheet.getChild('sheetData', main);
  if (!data) return [];
  return data.getChildren('row', main).map((row) => {
    const r = row.getAttribute('r')?.getValue();
    const cells: XlsxCell[] = row.getChildren('c', main).map((c) => {
      const is = c.getChild('is', main);
      return {
        ref: c.getAttribute('r')?.getValue() ?? null,
        type: c.getAttribute('t')?.getValue() ?? null,
        style: Number(c.getAttribute('s')?.getValue() ?? 0),
        value: c.getChildText('v', main),
        inline: is ? is.getValue() : null,
      };
    });
    return { index: r ? Number(r) : null, cells };
  });
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
