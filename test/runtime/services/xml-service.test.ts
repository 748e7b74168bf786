import { describe, expect, it } from 'vitest';
import { FakeXmlService } from './xml-service';
import { kernelAt } from './test-kit';

const xml = () => new FakeXmlService(kernelAt());
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
  <sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" r:id="x"><v>12.5</v></c></row><row r="2"/></sheetData>
</worksheet>`;

describe('XmlService.parse', () => {
  it('finds namespaced children only with their namespace (JDOM)', () => {
    const s = xml();
    const root = s.parse(SHEET).getRootElement();
    const ns = s.getNamespace(MAIN);
    expect(root.getChildren('sheetData')).toEqual([]);
    expect(root.getChild('sheetData')).toBeNull();
    expect(root.getChild('sheetData', ns)!.getChildren('row', ns)).toHaveLength(2);
  });

  it('reads attributes without a namespace, and prefixed ones with theirs', () => {
    const s = xml();
    const c = s.parse(SHEET).getRootElement().getChild('sheetData', s.getNamespace(MAIN))!.getChild('row', s.getNamespace(MAIN))!.getChildren('c', s.getNamespace(MAIN))[1];
    expect(c.getAttribute('r')!.getValue()).toBe('B1');
    expect(c.getAttribute('id')).toBeNull();
    expect(c.getAttribute('id', s.getNamespace('r', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'))!.getValue()).toBe('x');
  });

  it('does not list namespace declarations as attributes', () => {
    const root = xml().parse(SHEET).getRootElement();
    expect(root.getAttributes()).toEqual([]);
  });

  it('gives an element its own text with getText and all descendant text with getValue', () => {
    const root = xml().parse('<si>a<r><t>b</t></r><![CDATA[<c>]]>&amp;</si>').getRootElement();
    expect(root.getText()).toBe('a<c>&');
    expect(root.getValue()).toBe('ab<c>&');
    expect(root.getChildText('r')).toBe('');
    expect(root.getChildText('missing')).toBeNull();
  });

  it('keeps whitespace inside text (xml:space="preserve")', () => {
    expect(xml().parse('<t xml:space="preserve">  two  spaces </t>').getRootElement().getText()).toBe('  two  spaces ');
  });

  it('names elements and namespaces as written', () => {
    const root = xml().parse('<x:a xmlns:x="urn:x"><x:b/></x:a>').getRootElement();
    expect([root.getName(), root.getQualifiedName(), root.getNamespace()!.getURI(), root.getNamespace()!.getPrefix()]).toEqual(['a', 'x:a', 'urn:x', 'x']);
    expect(root.getNamespace('x')!.getURI()).toBe('urn:x');
    expect(root.getNamespace('y')).toBeNull();
  });

  it.each([
    ['text before the root', 'junk<a/>'],
    ['an unclosed tag', '<a><b></a>'],
    ['no root', ''],
    ['an unknown entity', '<a>&nbsp;</a>'],
  ])('refuses XML with %s with "Error on line N"', (_name, text) => {
    expect(() => xml().parse(text)).toThrow(/^Error on line \d+: /);
  });

  it('counts its calls', () => {
    const kernel = kernelAt();
    const s = new FakeXmlService(kernel);
    kernel.run('menu', 'FULL', () => s.parse('<a/>').getRootElement());
    expect(kernel.allCalls.map((c) => c.method)).toEqual(['XmlService.parse', 'Document.getRootElement']);
  });
});
