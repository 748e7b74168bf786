import { describe, expect, it } from 'vitest';
import { hasOpenRange, renameSheetInFormula, shiftFormula, toEngineFormula } from './formula-dialect';

const rows: Record<string, number> = { Inventory: 500, 'My tab': 200, "Bob's": 300, 库存: 80 };
const cols: Record<string, number> = { Inventory: 10 };
const translate = (f: string) =>
  toEngineFormula(
    f,
    (sheet) => (sheet === null ? 1000 : (rows[sheet] ?? -1)),
    (sheet) => (sheet === null ? 26 : (cols[sheet] ?? -1)),
  );

describe('toEngineFormula', () => {
  it.each([
    ['=SUM(A2:A)', '=SUM(A2:A1000)'],
    ['=SUM($B$2:$B)', '=SUM($B$2:$B1000)'],
    ['=SUM(Inventory!C2:C)', '=SUM(Inventory!C2:C500)'],
    ["=SUM('My tab'!C2:C)", "=SUM('My tab'!C2:C200)"],
    ["=SUM('Bob''s'!AB10:AB)", "=SUM('Bob''s'!AB10:AB300)"],
    ['=SUM(库存!B2:B)', '=SUM(库存!B2:B80)'],
    ['=SUM(A2:A, Inventory!B2:B)', '=SUM(A2:A1000, Inventory!B2:B500)'],
    ['=SUM(C2:2)', '=SUM(C2:Z2)'],
    ['=SUM(Inventory!C2:2)', '=SUM(Inventory!C2:J2)'],
  ])('closes the open range in %s', (sheets, engine) => {
    expect(translate(sheets)).toBe(engine);
  });

  it.each(['=SUM(A2:A10)', '=SUM(A:A)', '=SUM(2:5)', '=LOG10(A2)', '=ATAN2(A1, B1)', '=INDEX(A2:B10, 2, 1)'])('leaves %s alone', (f) => {
    expect(translate(f)).toBe(f);
  });

  it('leaves text inside string literals untouched', () => {
    expect(translate('=IF(A2:A="", "see B2:B", "C2:C")')).toBe('=IF(A2:A1000="", "see B2:B", "C2:C")');
  });

  it.each([
    ['="say ""hi"""', '=("say "&CHAR(34)&"hi"&CHAR(34)&"")'],
    ['=HYPERLINK("#gid=1", "Keyword ""lamp"" fell")', '=HYPERLINK("#gid=1", ("Keyword "&CHAR(34)&"lamp"&CHAR(34)&" fell"))'],
    ['=IF(A2:A="", """", "B2:B ""x""")', '=IF(A2:A1000="", (""&CHAR(34)&""), ("B2:B "&CHAR(34)&"x"&CHAR(34)&""))'],
  ])('spells the doubled quotes of %s as CHAR(34), which the engine reads', (sheets, engine) => {
    expect(translate(sheets)).toBe(engine);
  });

  it('reports whether a formula has an open range', () => {
    expect([hasOpenRange('=SUM(A2:A)'), hasOpenRange('=SUM(A2:A9)'), hasOpenRange('="A2:A"')]).toEqual([true, false, false]);
  });
});

describe('renameSheetInFormula', () => {
  it.each([
    ['=Inventory!A1', '=Stock!A1'],
    ["='Inventory'!A1", '=Stock!A1'],
    ['=SUM(Inventory!B2:B, inventory!C2:C)', '=SUM(Stock!B2:B, Stock!C2:C)'],
    ['=MyInventory!A1', '=MyInventory!A1'],
    ['="Inventory!A1"', '="Inventory!A1"'],
  ])('renaming Inventory to Stock turns %s into %s', (before, after) => {
    expect(renameSheetInFormula(before, 'Inventory', 'Stock')).toBe(after);
  });

  it('quotes a new name that needs quotes', () => {
    expect(renameSheetInFormula('=Inventory!A1', 'Inventory', "Bob's stock")).toBe("='Bob''s stock'!A1");
  });

  it('finds a quoted old name', () => {
    expect(renameSheetInFormula("='My tab'!A1+'My tab'!B1", 'My tab', 'Ads')).toBe('=Ads!A1+Ads!B1');
  });
});

describe('shiftFormula', () => {
  it.each([
    ['=A1*2', 1, 0, '=A2*2'],
    ['=A1*$D$1', 2, 0, '=A3*$D$1'],
    ['=$A1+A$1', 1, 1, '=$A2+B$1'],
    ['=SUM(A1:B2)', 1, 1, '=SUM(B2:C3)'],
    ['=SUM(A2:A)', 0, 1, '=SUM(B2:B)'],
    ['=Inventory!A1', 1, 0, '=Inventory!A2'],
    ["='My tab'!A1", 1, 0, "='My tab'!A2"],
    ['=LOG10(A1)', 1, 0, '=LOG10(A2)'],
    ['="A1"&A1', 1, 0, '="A1"&A2'],
    ['=SUM(2:3)', 1, 0, '=SUM(3:4)'],
  ])('%s moved %i down and %i right is %s', (f, dRows, dCols, shifted) => {
    expect(shiftFormula(f, dRows, dCols)).toBe(shifted);
  });
});
