import { describe, expect, it } from 'vitest';
import { ExceededMaximumExecutionTime } from '../kernel';
import type { WorkbookFile } from '../workbook-file';
import { errorOf, open } from './test-kit';

describe('tabs', () => {
  it('insertSheet adds a tab that becomes the active one', () => {
    const { ss, run } = open();
    run(() => ss.insertSheet('Ads'));
    expect(run(() => [ss.getActiveSheet().getName(), ss.getSheets().map((s) => s.getName())])).toEqual(['Ads', ['Data', 'Ads']]);
  });

  it('insertSheet(name, index) puts the tab at that 0-based position', () => {
    const { ss, run } = open({ sheets: [{ name: 'A' }, { name: 'B' }] });
    run(() => ss.insertSheet('First', 0));
    expect(run(() => [ss.getSheets().map((s) => s.getName()), ss.getSheetByName('First')!.getIndex()])).toEqual([['First', 'A', 'B'], 1]);
  });

  it('insertSheet() names the new tab SheetN', () => {
    const { ss, run } = open();
    expect(run(() => ss.insertSheet().getName())).toBe('Sheet2');
  });

  it('insertSheet with a taken name throws Sheets\' message', () => {
    const { ss, run } = open();
    expect(run(() => errorOf(() => ss.insertSheet('Data')))).toBe('A sheet with the name "Data" already exists. Please enter another name.');
  });

  it('tab names clash regardless of case', () => {
    const { ss, run } = open();
    expect(run(() => errorOf(() => ss.insertSheet('DATA')))).toBe('A sheet with the name "DATA" already exists. Please enter another name.');
  });

  it('a new tab is 1000 rows by 26 columns with a fresh sheet id', () => {
    const { ss, run } = open();
    const [rows, cols, id, firstId] = run(() => {
      const s = ss.insertSheet('New');
      return [s.getMaxRows(), s.getMaxColumns(), s.getSheetId(), ss.getSheets()[0].getSheetId()];
    });
    expect([rows, cols, firstId]).toEqual([1000, 26, 0]);
    expect(id).not.toBe(0);
  });

  // Observed by script authors (several code comments report a lookup that missed on case alone);
  // one comment claims the opposite. The runtime follows the majority: see the runtime README.
  it('getSheetByName matches the name with its letter case', () => {
    const { ss, run } = open({ sheets: [{ name: 'Inventory' }] });
    expect(run(() => [ss.getSheetByName('Inventory')?.getName(), ss.getSheetByName('inventory'), ss.getSheetByName('INVENTORY')])).toEqual(['Inventory', null, null]);
  });

  it('getSheetByName returns null for a missing tab', () => {
    const { ss, run } = open();
    expect(run(() => ss.getSheetByName('Nope'))).toBeNull();
  });

  it('getSheetById finds a tab by its id', () => {
    const { ss, run } = open({ sheets: [{ name: 'A' }, { name: 'B' }] });
    expect(run(() => ss.getSheetById(ss.getSheetByName('B')!.getSheetId())!.getName())).toBe('B');
  });

  it('deleteSheet removes the tab and makes the first one active', () => {
    const { ss, run } = open({ sheets: [{ name: 'A' }, { name: 'B' }] });
    run(() => {
      ss.getSheetByName('B')!.activate();
      ss.deleteSheet(ss.getSheetByName('B')!);
    });
    expect(run(() => [ss.getNumSheets(), ss.getActiveSheet().getName(), ss.getSheetByName('B')])).toEqual([1, 'A', null]);
  });

  it('the last tab cannot be deleted', () => {
    const { ss, run } = open();
    expect(run(() => errorOf(() => ss.deleteSheet(ss.getSheets()[0])))).toBe("You can't remove all the sheets in a document.");
  });

  it('a formula that read a deleted tab shows #REF!', () => {
    const { ss, sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: '=Other!A1' } }, { name: 'Other', cells: { A1: 5 } }] });
    run(() => ss.deleteSheet(ss.getSheetByName('Other')!));
    expect(run(() => sheet('Data').getRange('A1').getValue())).toBe('#REF!');
  });
});

describe('renaming a tab', () => {
  const file: Partial<WorkbookFile> = {
    sheets: [
      { name: 'Data', cells: { A1: '=SUM(Inventory!B2:B)', A2: "=SUM('Inventory'!B2:B3)", A3: '=MyInventory!A1', A4: '="Inventory!B2"' } },
      { name: 'Inventory', cells: { B2: 4, B3: 5 } },
      { name: 'MyInventory', cells: { A1: 'other tab' } },
    ],
  };

  it('formulas referring to the tab follow the new name, quoted when needed', () => {
    const { sheet, run } = open(file);
    run(() => sheet('Inventory').setName('库存 2026'));
    expect(run(() => sheet('Data').getRange('A1:A2').getFormulas())).toEqual([["=SUM('库存 2026'!B2:B)"], ["=SUM('库存 2026'!B2:B3)"]]);
  });

  it('formulas keep computing after the rename', () => {
    const { sheet, run } = open(file);
    run(() => sheet('Inventory').setName('Stock'));
    run(() => sheet('Stock').getRange('B4').setValue(1));
    expect(run(() => sheet('Data').getRange('A1:A2').getValues())).toEqual([[10], [9]]);
  });

  it('a tab whose name ends with the old name and text in quotes are left alone', () => {
    const { sheet, run } = open(file);
    run(() => sheet('Inventory').setName('Stock'));
    expect(run(() => sheet('Data').getRange('A3:A4').getFormulas())).toEqual([['=MyInventory!A1'], ['="Inventory!B2"']]);
  });

  it('renaming onto another tab\'s name throws', () => {
    const { sheet, run } = open(file);
    expect(run(() => errorOf(() => sheet('Inventory').setName('data')))).toBe('A sheet with the name "data" already exists. Please enter another name.');
  });

  it('a tab can change the case of its own name', () => {
    const { sheet, run } = open(file);
    run(() => sheet('Inventory').setName('INVENTORY'));
    expect(run(() => sheet('INVENTORY').getName())).toBe('INVENTORY');
  });
});

describe('named ranges', () => {
  it('setNamedRange then getRangeByName returns that range', () => {
    const { ss, sheet, run } = open({ sheets: [{ name: 'Settings', cells: { B2: 0.3 } }] });
    run(() => ss.setNamedRange('TargetAcos', sheet().getRange('B2')));
    expect(run(() => [ss.getRangeByName('TargetAcos')!.getA1Notation(), ss.getRangeByName('TargetAcos')!.getValue()])).toEqual(['B2', 0.3]);
  });

  it('getRangeByName returns null for an unknown name', () => {
    const { ss, run } = open();
    expect(run(() => ss.getRangeByName('Nope'))).toBeNull();
  });

  it('a named range follows its tab through a rename', () => {
    const { ss, sheet, run } = open({ sheets: [{ name: 'Settings', cells: { B2: 1 } }] });
    run(() => {
      ss.setNamedRange('Target', sheet().getRange('B2'));
      sheet().setName('设置');
    });
    expect(run(() => ss.getRangeByName('Target')!.getSheet().getName())).toBe('设置');
  });

  it('getNamedRanges lists names and removal forgets one', () => {
    const { ss, sheet, run } = open();
    run(() => {
      ss.setNamedRange('A_one', sheet().getRange('A1'));
      ss.setNamedRange('B_two', sheet().getRange('B1:B5'));
      ss.getNamedRanges()[0].remove();
    });
    expect(run(() => ss.getNamedRanges().map((n) => [n.getName(), n.getRange().getA1Notation()]))).toEqual([['B_two', 'B1:B5']]);
  });

  it.each(['A1', '1st', 'has space', 'TRUE'])('refuses the name %j', (name) => {
    const { ss, sheet, run } = open();
    expect(run(() => errorOf(() => ss.setNamedRange(name, sheet().getRange('A1'))))).toMatch(/invalid/);
  });
});

describe('spreadsheet properties', () => {
  it('reports its id, name, url, time zone and locale', () => {
    const { ss, run } = open({ name: 'Store', timeZone: 'Asia/Shanghai', locale: 'zh_CN' });
    expect(run(() => [ss.getId(), ss.getName(), ss.getUrl(), ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale()])).toEqual([
      'id',
      'Store',
      'https://docs.google.com/spreadsheets/d/id/edit',
      'Asia/Shanghai',
      'zh_CN',
    ]);
  });

  it('toast is recorded with its title and timeout', () => {
    const { ss, run } = open();
    run(() => ss.toast('Imported 12 rows', 'Ops Desk', 3));
    expect(ss.toasts).toEqual([{ message: 'Imported 12 rows', title: 'Ops Desk', timeoutSeconds: 3 }]);
  });

  it('toast defaults to no title and 5 seconds', () => {
    const { ss, run } = open();
    run(() => ss.toast('Done'));
    expect(ss.toasts).toEqual([{ message: 'Done', title: '', timeoutSeconds: 5 }]);
  });
});

describe('auth modes', () => {
  it('a custom function may read the document', () => {
    const { app, run } = open({ sheets: [{ name: 'Data', cells: { A1: 5 } }] });
    expect(run(() => app.getActiveSpreadsheet().getRange('Data!A1').getValue(), 'custom-function', 'CUSTOM_FUNCTION')).toBe(5);
  });

  it('a custom function cannot call getUi', () => {
    const { app, run } = open();
    expect(run(() => errorOf(() => app.getUi()), 'custom-function', 'CUSTOM_FUNCTION')).toMatch(/getUi/);
  });

  it('AuthMode.NONE cannot open the document but may build menus (getUi)', () => {
    const { app, run } = open();
    expect(run(() => errorOf(() => app.getActive()), 'simple-trigger', 'NONE')).toMatch(/^You do not have permission to call SpreadsheetApp\.getActive/);
    expect(run(() => errorOf(() => app.getActiveSpreadsheet()), 'simple-trigger', 'NONE')).toMatch(/^You do not have permission to call/);
    expect((run(() => app.getUi(), 'simple-trigger', 'NONE') as unknown as { ui: boolean }).ui).toBe(true);
  });

  it('AuthMode.LIMITED (an enabled add-on\'s onOpen) may write the document', () => {
    const { app, run } = open();
    run(() => app.getActive().getRange('Data!A1').setValue(1), 'simple-trigger', 'LIMITED');
    expect(run(() => app.getActive().getRange('Data!A1').getValue())).toBe(1);
  });

  it('openById and openByUrl are refused (the scope is spreadsheets.currentonly)', () => {
    const { app, run } = open();
    expect(run(() => errorOf(() => app.openById('abc')))).toMatch(/^You do not have permission to call SpreadsheetApp\.openById/);
    expect(run(() => errorOf(() => app.openByUrl('https://docs.google.com/spreadsheets/d/abc')))).toMatch(/^You do not have permission to call SpreadsheetApp\.openByUrl/);
  });

  it('getActiveSheet returns the active tab', () => {
    const { app, ss, run } = open({ sheets: [{ name: 'A' }, { name: 'B' }] });
    run(() => ss.getSheetByName('B')!.activate());
    expect(run(() => app.getActiveSheet().getName())).toBe('B');
  });
});

describe('custom functions are read-only', () => {
  // Every mutating method of Range, Sheet and Spreadsheet, found on the prototypes so that a new
  // one cannot slip past: set*, and the other verbs that change the document.
  const MUTATORS = /^(set|clear|insert|delete|append|add|remove|hide|show|protect|rename|activate|update|auto|toast)/;
  /** Runtime helpers that are not Apps Script methods. */
  const HELPERS = new Set(['protectRange', 'markActive']);
  const targets = () => {
    const opened = open({ sheets: [{ name: 'Data' }, { name: 'Other' }] });
    const sheet = opened.sheet();
    return { opened, objects: { Range: sheet.getRange('A1'), Sheet: sheet, Spreadsheet: opened.ss } as Record<string, object> };
  };
  const labels = Object.entries(targets().objects).flatMap(([cls, target]) => {
    const proto = Object.getPrototypeOf(target) as Record<string, unknown>;
    return Object.getOwnPropertyNames(proto)
      .filter((name) => MUTATORS.test(name) && !HELPERS.has(name) && typeof proto[name] === 'function')
      .map((name) => `${cls}.${name}`);
  });

  it('finds the set* methods of all three classes', () => {
    expect(labels).toEqual(
      expect.arrayContaining(['Range.setValues', 'Range.setValue', 'Range.setFormula', 'Range.setNumberFormat', 'Range.setNote', 'Sheet.setName', 'Sheet.setFrozenRows', 'Sheet.setColumnWidth', 'Spreadsheet.setNamedRange', 'Spreadsheet.setActiveSheet']),
    );
  });

  it.each(labels)('%s throws "You do not have permission to call …"', (label) => {
    const [cls, name] = label.split('.');
    const { opened, objects } = targets();
    const target = objects[cls] as Record<string, (...a: unknown[]) => unknown>;
    expect(opened.run(() => errorOf(() => target[name]()), 'custom-function', 'CUSTOM_FUNCTION')).toMatch(/^You do not have permission to call /);
  });

  it('nothing is written by a refused call', () => {
    const { sheet, run } = open();
    run(() => errorOf(() => sheet().getRange('A1').setValue(1)), 'custom-function', 'CUSTOM_FUNCTION');
    expect(run(() => sheet().getLastRow())).toBe(0);
  });
});

describe('call counting and the time budget', () => {
  it('every call is recorded once under its Apps Script name', () => {
    const { k, app, run } = open();
    const before = k.allCalls.length;
    run(() => app.getActiveSpreadsheet().getRange('Data!A1:B2').getValues());
    expect(k.allCalls.slice(before).map((c) => c.method)).toEqual(['SpreadsheetApp.getActiveSpreadsheet', 'Spreadsheet.getRange', 'Range.getValues']);
  });

  it('bulk reads and writes record how many cells they touched', () => {
    const { k, sheet, run } = open();
    run(() => sheet().getRange('A1:C10').setValues(Array.from({ length: 10 }, () => [1, 2, 3])));
    expect(k.allCalls.at(-1)).toEqual({ method: 'Range.setValues', cells: 30 });
  });

  it('getActiveSheet through SpreadsheetApp is one call', () => {
    const { k, app, run } = open();
    const before = k.allCalls.length;
    run(() => app.getActiveSheet());
    expect(k.allCalls.slice(before).map((c) => c.method)).toEqual(['SpreadsheetApp.getActiveSheet']);
  });

  it('builders, protections, charts and metadata count their calls too', () => {
    const { k, app, ss, sheet, run } = open();
    const tab = sheet();
    const before = k.allCalls.length;
    run(() => {
      app.newDataValidation().requireValueInList(['a']).setAllowInvalid(false).build().getCriteriaType();
      tab.protect().setDescription('d').getDescription();
      tab.newChart().asPieChart().build().getChartId();
      ss.createDeveloperMetadataFinder().withKey('k').find();
    });
    expect(k.allCalls.slice(before).map((c) => c.method)).toEqual([
      'SpreadsheetApp.newDataValidation',
      'DataValidationBuilder.requireValueInList',
      'DataValidationBuilder.setAllowInvalid',
      'DataValidationBuilder.build',
      'DataValidation.getCriteriaType',
      'Sheet.protect',
      'Protection.setDescription',
      'Protection.getDescription',
      'Sheet.newChart',
      'EmbeddedChartBuilder.asPieChart',
      'EmbeddedChartBuilder.build',
      'EmbeddedChart.getChartId',
      'Spreadsheet.createDeveloperMetadataFinder',
      'DeveloperMetadataFinder.withKey',
      'DeveloperMetadataFinder.find',
    ]);
  });

  it('a menu execution that makes enough calls exceeds the 6-minute budget', () => {
    const { sheet, run } = open();
    let calls = 0;
    let error: unknown = null;
    try {
      run(() => {
        const range = sheet().getRange('A1');
        for (;;) {
          range.getValue();
          calls++;
        }
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ExceededMaximumExecutionTime);
    // Range.getValue is modelled at 80 ms: 360 s / 80 ms = 4500 calls.
    expect(calls).toBeGreaterThan(4400);
    expect(calls).toBeLessThan(4500);
  });

  it('a custom function has 30 seconds', () => {
    const { sheet, run } = open();
    let calls = 0;
    expect(() =>
      run(
        () => {
          const range = sheet().getRange('A1');
          for (;;) {
            range.getValue();
            calls++;
          }
        },
        'custom-function',
        'CUSTOM_FUNCTION',
      ),
    ).toThrow('Exceeded maximum execution time');
    expect(calls).toBeLessThan(400);
  });
});

describe('selection', () => {
  it('Range.activate selects the range and makes its tab the active one', () => {
    const { ss, rawSs, run } = open({ sheets: [{ name: 'A' }, { name: 'B' }] });
    run(() => ss.getSheetByName('B')!.getRange('A3:F3').activate());
    expect(run(() => ss.getActiveSheet().getName())).toBe('B');
    expect(rawSs.selection).toEqual({ sheetId: run(() => ss.getSheetByName('B')!.getSheetId()), ranges: ['A3:F3'] });
  });

  it('RangeList.activate selects every range of the list on its tab', () => {
    const { ss, rawSs, run } = open({ sheets: [{ name: 'A' }, { name: 'B' }] });
    run(() => ss.getSheetByName('B')!.getRangeList(['2:2', '5:5']).activate());
    expect(run(() => ss.getActiveSheet().getName())).toBe('B');
    expect(rawSs.selection?.ranges).toEqual(['A2:Z2', 'A5:Z5']);
  });
});
