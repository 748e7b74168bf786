import { describe, expect, it } from 'vitest';
import { FakeUtilities, MAX_SLEEP_MS } from './utilities';
import { kernelAt, realmKit } from './test-kit';

function setup() {
  const kernel = kernelAt();
  const state = { nextUuid: 1 };
  const kit = realmKit();
  return { kernel, state, u: kit.view(new FakeUtilities(kernel, state, kit.deps), 'Utilities') };
}

const MON_10_UTC = new Date('2026-03-02T10:00:00Z');
const MON_20_UTC = new Date('2026-03-02T20:00:00Z');

describe('Utilities.parseCsv', () => {
  it('keeps quoted delimiters, doubled quotes and embedded newlines (RFC 4180)', () => {
    const { u } = setup();
    expect(u.parseCsv('sku,"name, long","say ""hi"""\n"A1","two\nlines",3\n')).toEqual([
      ['sku', 'name, long', 'say "hi"'],
      ['A1', 'two\nlines', '3'],
    ]);
  });

  it('returns every field as a string, empty fields included', () => {
    expect(setup().u.parseCsv('1,,TRUE,')).toEqual([['1', '', 'TRUE', '']]);
  });

  it('splits records on CRLF as on LF', () => {
    expect(setup().u.parseCsv('a,b\r\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('uses another delimiter when given (tab-separated reports)', () => {
    expect(setup().u.parseCsv('a\tb,c\n', '\t')).toEqual([['a', 'b,c']]);
  });

  it('throws on a quote that is never closed', () => {
    expect(() => setup().u.parseCsv('a,"b\n')).toThrow('Could not parse text.');
  });
});

describe('Utilities.formatDate (Java SimpleDateFormat, any IANA zone)', () => {
  it('formats the same instant in Asia/Shanghai and America/Los_Angeles', () => {
    const { u } = setup();
    const pattern = 'yyyy-MM-dd HH:mm:ss z Z XXX';
    expect(u.formatDate(MON_10_UTC, 'Asia/Shanghai', pattern)).toBe('2026-03-02 18:00:00 CST +0800 +08:00');
    expect(u.formatDate(MON_10_UTC, 'America/Los_Angeles', pattern)).toBe('2026-03-02 02:00:00 PST -0800 -08:00');
  });

  it('puts an evening UTC instant on different calendar days in Shanghai and Los Angeles', () => {
    const { u } = setup();
    expect(u.formatDate(MON_20_UTC, 'Asia/Shanghai', 'EEEE yyyy-MM-dd')).toBe('Tuesday 2026-03-03');
    expect(u.formatDate(MON_20_UTC, 'America/Los_Angeles', 'EEEE yyyy-MM-dd')).toBe('Monday 2026-03-02');
  });

  it('uses daylight time in a Los Angeles summer', () => {
    expect(setup().u.formatDate(new Date('2026-07-01T12:00:00Z'), 'America/Los_Angeles', 'HH:mm z Z zzzz')).toBe('05:00 PDT -0700 Pacific Daylight Time');
  });

  it('formats month and day names, 12-hour clocks and AM/PM', () => {
    const { u } = setup();
    expect(u.formatDate(MON_10_UTC, 'America/Los_Angeles', 'EEE, MMM d, yy h:mm a')).toBe('Mon, Mar 2, 26 2:00 AM');
    expect(u.formatDate(MON_10_UTC, 'Asia/Shanghai', 'MMMM dd, hh a')).toBe('March 02, 06 PM');
  });

  it('prints quoted text literally and two quotes as one', () => {
    expect(setup().u.formatDate(MON_10_UTC, 'UTC', "'Week' w', day' D 'at' HH 'o''clock'")).toBe("Week 10, day 61 at 10 o'clock");
  });

  it('prints milliseconds with S and SSS', () => {
    expect(setup().u.formatDate(new Date('2026-03-02T10:00:00.007Z'), 'UTC', 'ss.SSS|S')).toBe('00.007|7');
  });

  it('prints X as Z for UTC', () => {
    expect(setup().u.formatDate(MON_10_UTC, 'UTC', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-03-02T10:00:00Z');
  });

  it('accepts Java custom zones such as GMT+8', () => {
    expect(setup().u.formatDate(MON_10_UTC, 'GMT+8', 'HH:mm z')).toBe('18:00 GMT+08:00');
  });

  it('formats in GMT for a zone id it does not know, as Java does', () => {
    expect(setup().u.formatDate(MON_10_UTC, 'Asia/Beijing', 'HH:mm')).toBe('10:00');
  });

  // Expected values are what Java's SimpleDateFormat prints with Locale.US (Sunday-first weeks,
  // week 1 is the week holding 1 January), checked against a JDK.
  it('puts the last days of December in week 1 of the next week-year, as Java does', () => {
    const { u } = setup();
    const pattern = 'yyyy-MM-dd YYYY-ww D';
    expect(u.formatDate(new Date('2026-12-26T20:00:00Z'), 'America/Los_Angeles', pattern)).toBe('2026-12-26 2026-52 360');
    expect(u.formatDate(new Date('2026-12-27T20:00:00Z'), 'America/Los_Angeles', pattern)).toBe('2026-12-27 2027-01 361');
    expect(u.formatDate(new Date('2026-12-31T20:00:00Z'), 'America/Los_Angeles', pattern)).toBe('2026-12-31 2027-01 365');
    expect(u.formatDate(new Date('2026-12-26T20:00:00Z'), 'Asia/Shanghai', pattern)).toBe('2026-12-27 2027-01 361');
    expect(u.formatDate(new Date('2027-01-03T20:00:00Z'), 'America/Los_Angeles', pattern)).toBe('2027-01-03 2027-02 3');
    expect(u.formatDate(new Date('2028-12-31T12:00:00Z'), 'UTC', pattern)).toBe('2028-12-31 2029-01 366');
  });

  it('prints Java\'s long zone names with zzzz', () => {
    const { u } = setup();
    expect(u.formatDate(MON_10_UTC, 'Asia/Taipei', 'zzzz (z)')).toBe('Taipei Standard Time (CST)');
    expect(u.formatDate(MON_10_UTC, 'Asia/Shanghai', 'zzzz (z)')).toBe('China Standard Time (CST)');
    expect(u.formatDate(MON_10_UTC, 'Asia/Hong_Kong', 'zzzz (z)')).toBe('Hong Kong Standard Time (HKT)');
    expect(u.formatDate(MON_10_UTC, 'America/Los_Angeles', 'zzzz (z)')).toBe('Pacific Standard Time (PST)');
    expect(u.formatDate(MON_10_UTC, 'GMT', 'zzzz (z)')).toBe('Greenwich Mean Time (GMT)');
    expect(u.formatDate(MON_10_UTC, 'Asia/Beijing', 'zzzz (z)')).toBe('Greenwich Mean Time (GMT)');
    expect(u.formatDate(MON_10_UTC, 'GMT+8', 'zzzz (z)')).toBe('GMT+08:00 (GMT+08:00)');
  });

  it('rejects a pattern letter Java does not know', () => {
    expect(() => setup().u.formatDate(MON_10_UTC, 'UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
  });

  it('rejects a date that is not a Date', () => {
    expect(() => setup().u.formatDate('2026-03-02' as never, 'UTC', 'yyyy')).toThrow(/don't match the method signature for Utilities.formatDate/);
  });
});

describe('Utilities.formatString', () => {
  it.each([
    [['%s has %d items', 'Shop', 3], 'Shop has 3 items'],
    [['%.2f', 3.14159], '3.14'],
    [['%05d', 42], '00042'],
    [['%05d', -42], '-0042'],
    [['%-6s|', 'abc'], 'abc   |'],
    [['%11.6f', 3.14159], '   3.141590'],
    [['%+d%%', 5], '+5%'],
    [['%x', 255], 'ff'],
  ] as const)('formats %j as %j', (args, expected) => {
    const [template, ...rest] = args;
    expect(setup().u.formatString(template, ...rest)).toBe(expected);
  });
});

describe('Utilities bytes, blobs and sleep', () => {
  it('decodes base64 to signed bytes (−128…127), as Apps Script does', () => {
    expect(setup().u.base64Decode('/+8=')).toEqual([-1, -17]);
  });

  it('encodes signed bytes and text to base64, web-safe keeping the padding', () => {
    const { u } = setup();
    expect(u.base64Encode([-5, -1])).toBe('+/8=');
    expect(u.base64EncodeWebSafe([-5, -1])).toBe('-_8=');
    expect(u.base64Encode('运营')).toBe(Buffer.from('运营').toString('base64'));
    expect(u.base64DecodeWebSafe('-_8=')).toEqual([-5, -1]);
  });

  it('refuses text that is not base64', () => {
    expect(() => setup().u.base64Decode('not base64!')).toThrow('Could not decode string.');
  });

  it('computes digests as signed bytes', () => {
    const { u } = setup();
    const md5 = u.computeDigest(u.DigestAlgorithm.MD5, 'abc');
    expect(md5).toHaveLength(16);
    expect(md5[0]).toBe(0x90 - 256);
    expect(u.computeDigest(u.DigestAlgorithm.SHA_256, 'abc')).toHaveLength(32);
  });

  it('round-trips a blob through gzip and ungzip', () => {
    const { u } = setup();
    const blob = u.newBlob('库存,120\n', 'text/csv', 'inventory.csv');
    const zipped = u.gzip(blob);
    expect(zipped.getContentType()).toBe('application/x-gzip');
    expect(zipped.getName()).toBe('inventory.csv.gz');
    const back = u.ungzip(zipped);
    expect(back.getDataAsString()).toBe('库存,120\n');
    expect(back.getName()).toBe('inventory.csv');
  });

  it('returns blob bytes signed', () => {
    expect(setup().u.newBlob('é').getBytes()).toEqual([-61, -87]);
  });

  it('makes deterministic version-4 UUIDs', () => {
    const a = setup().u;
    const b = setup().u;
    const first = a.getUuid();
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b.getUuid()).toBe(first);
    expect(a.getUuid()).not.toBe(first);
  });

  it('sleep charges simulated time to the execution', () => {
    const { kernel, u } = setup();
    const { execution } = kernel.run('menu', 'FULL', () => u.sleep(2_000));
    expect(execution.usedMs).toBeGreaterThanOrEqual(2_000);
  });

  it('sleep refuses more than 300,000 ms', () => {
    expect(() => setup().u.sleep(MAX_SLEEP_MS + 1)).toThrow('Invalid argument: milliseconds');
  });
});
