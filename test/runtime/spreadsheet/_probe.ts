import { HyperFormula } from 'hyperformula';
const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
hf.addSheet('Data'); hf.addSheet('My tab');
const t = (f: string) => { try { hf.setCellContents({ sheet: 0, row: 0, col: 5 }, [[f]]); console.log(f, '→', hf.getCellValue({ sheet: 0, row: 0, col: 5 }), hf.getCellSerialized({ sheet: 0, row: 0, col: 5 })); } catch (e) { console.log(f, 'THROWS', (e as Error).message); } };
hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [[1], [2], [3]]);
hf.setCellContents({ sheet: 1, row: 0, col: 0 }, [[10], [20]]);
t('=SUM(A:A)'); t('=SUM(1:2)'); t('=SUM(A1:2)'); t("=SUM('My tab'!A1:A5)"); t("=SUM('Data'!A1:A5)");
hf.setCellContents({ sheet: 0, row: 5, col: 0 }, [["=SUM('My tab'!A:A)"]]);
hf.renameSheet(1, 'Other');
console.log(hf.getCellSerialized({ sheet: 0, row: 5, col: 0 }), hf.getCellValue({ sheet: 0, row: 5, col: 0 }));
hf.setCellContents({ sheet: 0, row: 6, col: 0 }, [["=Missing!A1"]]);
console.log(hf.getCellValue({ sheet: 0, row: 6, col: 0 }));
hf.addSheet('Missing'); hf.setCellContents({ sheet: 2, row: 0, col: 0 }, [[7]]);
console.log('after add', hf.getCellValue({ sheet: 0, row: 6, col: 0 }));
console.log(hf.getSheetDimensions(0));
hf.setCellContents({ sheet: 0, row: 0, col: 7 }, [["'TRUE"], ["'12%"], ["'2026-01-01"], ["'"], ["''x"]]);
console.log(hf.getSheetSerialized(0).map(r => r[7]), hf.getSheetValues(0).map(r=>r[7]));
// spill + clear
hf.setCellContents({ sheet: 0, row: 0, col: 9 }, [["=SEQUENCE(5)"]]);
console.log(hf.getSheetDimensions(0));
try { hf.setCellContents({ sheet: 0, row: 2, col: 9 }, [[null]]); console.log('cleared spill cell ok', hf.getCellValue({ sheet: 0, row: 0, col: 9 })); } catch (e) { console.log('spill clear throws', (e as Error).message); }
try { hf.setCellContents({ sheet: 0, row: 2, col: 9 }, [[5]]); console.log('write in spill ok', hf.getCellValue({ sheet: 0, row: 0, col: 9 })); } catch (e) { console.log('spill write throws', (e as Error).message); }
