import { describe, expect, it } from 'vitest';
import { FakeHtmlService } from './html-service';
import { kernelAt, realmKit } from './test-kit';

const FILES: Record<string, string> = {
  Sidebar: '<h1><?= title ?></h1><script>var boot = <?!= boot ?>;</script>',
  List: '<ul><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?></ul>',
  Raw: '<p><?= x ?></p>',
};

function setup(globals: object = {}) {
  const kernel = kernelAt();
  const kit = realmKit();
  // From the bundle's realm the add-on's globals are its vm context's, as under gas-local.
  const scope = kit.context ? Object.assign(kit.context, globals) : globals;
  const html = kit.view(new FakeHtmlService(kernel, { ...kit.deps, files: (name) => FILES[name] ?? null, globals: () => scope }), 'HtmlService');
  return { kernel, html };
}

describe('HtmlService templates', () => {
  it('HTML-escapes <?= ?> output: & < > " \'', () => {
    const t = setup().html.createTemplate('<p><?= v ?></p>');
    t.v = `<b title="x">Tom & Jerry's</b>`;
    expect(t.evaluate().getContent()).toBe('<p>&lt;b title=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;</p>');
  });

  it('prints <?!= ?> output raw', () => {
    const t = setup().html.createTemplateFromFile('Sidebar');
    t.title = 'Ops <Desk>';
    t.boot = '{"a":1}';
    expect(t.evaluate().getContent()).toBe('<h1>Ops &lt;Desk&gt;</h1><script>var boot = {"a":1};</script>');
  });

  it('runs <? ?> code, including loops that span scriptlets', () => {
    const t = setup().html.createTemplateFromFile('List');
    t.items = ['a', '<b>'];
    expect(t.evaluate().getContent()).toBe('<ul><li>a</li><li>&lt;b&gt;</li></ul>');
  });

  it('lets template code call the add-on\'s globals', () => {
    const globals = { include: (name: string) => `<style>/* ${name} */</style>` };
    const t = setup(globals).html.createTemplate('<?!= include("Stylesheet") ?>');
    expect(t.evaluate().getContent()).toBe('<style>/* Stylesheet */</style>');
  });

  it('lets template variables shadow globals', () => {
    const t = setup({ x: 'global' }).html.createTemplateFromFile('Raw');
    t.x = 'variable';
    expect(t.evaluate().getContent()).toBe('<p>variable</p>');
  });

  it('offers output.append inside scriptlets', () => {
    expect(setup().html.createTemplate('<? output.append("<i>raw</i>"); output.appendUntrusted("<i>"); ?>').evaluate().getContent()).toBe('<i>raw</i>&lt;i&gt;');
  });

  it('fails like JavaScript on a variable that was never assigned', () => {
    expect(() => setup().html.createTemplateFromFile('Raw').evaluate()).toThrow(/x is not defined/);
  });

  it('prints null and undefined as nothing', () => {
    const t = setup().html.createTemplate('[<?= a ?>|<?!= b ?>]');
    t.a = null;
    t.b = undefined;
    expect(t.evaluate().getContent()).toBe('[|]');
  });

  it('throws "No HTML file named X was found." for a missing file', () => {
    const { html } = setup();
    expect(() => html.createTemplateFromFile('Nope')).toThrow('No HTML file named Nope was found.');
    expect(() => html.createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
  });

  it('leaves scriptlets unevaluated in createHtmlOutputFromFile', () => {
    expect(setup().html.createHtmlOutputFromFile('Raw').getContent()).toBe('<p><?= x ?></p>');
  });

  it('exposes the compiled code and raw source', () => {
    const t = setup().html.createTemplateFromFile('Raw');
    expect(t.getRawContent()).toBe('<p><?= x ?></p>');
    expect(t.getCode()).toContain('output.appendUntrusted((x');
  });
});

describe('HtmlOutput', () => {
  it('chains setters and reads them back', () => {
    const out = setup()
      .html.createHtmlOutput('<p>a</p>')
      .append('<p>b</p>')
      .setTitle('运营操盘台')
      .setWidth(400)
      .setHeight(300)
      .setSandboxMode(setup().html.SandboxMode.IFRAME)
      .setFaviconUrl('https://example.com/i.png');
    expect([out.getContent(), out.getTitle(), out.getWidth(), out.getHeight(), out.getFaviconUrl()]).toEqual([
      '<p>a</p><p>b</p>',
      '运营操盘台',
      400,
      300,
      'https://example.com/i.png',
    ]);
  });

  it('accepts only the documented meta tags', () => {
    const out = setup().html.createHtmlOutput();
    out.addMetaTag('viewport', 'width=device-width');
    expect(out.getMetaTags().map((t) => t.getName())).toEqual(['viewport']);
    expect(() => out.addMetaTag('description', 'x')).toThrow(/Invalid argument/);
  });

  it('counts each call through the kernel', () => {
    const { kernel, html } = setup();
    const { execution } = kernel.run('menu', 'FULL', () => {
      const t = html.createTemplateFromFile('Raw');
      t.x = 1;
      return t.evaluate().setTitle('t');
    });
    expect(execution.calls.map((c) => c.method)).toEqual(['HtmlService.createTemplateFromFile', 'HtmlTemplate.evaluate', 'HtmlOutput.setTitle']);
  });
});
