// Session packages made by someone hostile: a sample code that is a path ("../PWNED", "a/b"),
// and samples that are active content (an SVG or a web page with a script), lie about their
// kind, or are zip bombs. A code that is not Concord's becomes a fresh code on import (what
// `samples export` then does with codes is in test/cli/samples-export-paths.test.ts); a sample's
// kind and media type come from its bytes, and anything that is not a supported kind refuses
// the whole package, changing nothing.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src-main/domain/errors.js';
import { DOCX_MEDIA_TYPE, SAMPLE_CODE_PATTERN } from '../../src-main/domain/sample.js';
import { scoringFixture, tempApps } from '../helpers/workspace.js';
import { makeDocx, pngWithMetadata } from '../formats/samples/helpers.js';
import { docxBomb } from '../formats/samples/zip-bombs.js';
import { rowCounts } from '../fuzz/workspace-rows.js';
import { packageWith } from './hostile-package.js';

const temp = tempApps();

const text = (body: string): Uint8Array => new TextEncoder().encode(body);
const essay = (n: number) => text(`Essay ${n}: the footbridge is the better plan.`);

/** Imports `bytes` into a fresh workspace, expecting a refusal that changes nothing. */
async function refusal(bytes: Uint8Array): Promise<Error> {
  const target = temp();
  scoringFixture(target.services);
  const before = rowCounts(target.store);
  let thrown: unknown;
  try {
    await target.services.exchange.importPackage(bytes, 'evil.concord');
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(InputError);
  expect(rowCounts(target.store)).toEqual(before);
  return thrown as Error;
}

describe('a sample code from a package never becomes a path', () => {
  it('recodes "../PWNED" and "a/b" to fresh Concord codes on import, and lists them', async () => {
    const target = temp();
    const report = await target.services.exchange.importPackage(
      packageWith(temp(), [
        { code: '../PWNED', kind: 'text', mediaType: 'text/plain', bytes: essay(1) },
        { code: 'a/b', kind: 'text', mediaType: 'text/plain', bytes: essay(2) },
        { code: 'S-\u001b[2J', kind: 'text', mediaType: 'text/plain', bytes: essay(3) },
      ]),
      'evil.concord',
    );
    // The report quotes a code safely: the escape sequence is shown, not sent to a terminal.
    expect(report.recoded.map((r) => r.from)).toEqual(['../PWNED', 'a/b', 'S-\\x1b[2J']);
    for (const { to } of report.recoded) expect(to).toMatch(SAMPLE_CODE_PATTERN);
    const codes = target.services.samples.list().map((s) => s.code);
    expect(codes).toHaveLength(5);
    for (const code of codes) expect(code).toMatch(SAMPLE_CODE_PATTERN);
    expect(codes).toEqual(expect.arrayContaining(report.recoded.map((r) => r.to)));
  });
});

describe('a package sample is what its bytes are, never what the package says', () => {
  const SVG =
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">' +
    '<script>fetch("/api/samples.identity")</script></svg>';
  const HTML = '<!DOCTYPE html><html><body><script>alert(document.domain)</script></body></html>';
  // The fixture's package holds two samples: the hostile one is session.samples.2.

  it('refuses an SVG with a script declared image/svg+xml, naming the sample and field', async () => {
    const error = await refusal(
      packageWith(temp(), [
        { code: 'S-SVGA', kind: 'image', mediaType: 'image/svg+xml', bytes: text(SVG) },
      ]),
    );
    expect(error.message).toMatch(
      /field "session\.samples\.2\.mediaType": .*sample "S-SVGA": is not a media type of a sample Concord supports/,
    );
  });

  it('refuses the same SVG declared as a PNG: the bytes decide', async () => {
    const error = await refusal(
      packageWith(temp(), [
        { code: 'S-SVGB', kind: 'image', mediaType: 'image/png', bytes: text(SVG) },
      ]),
    );
    expect(error.message).toMatch(
      /field "session\.samples\.2\.kind": sample "S-SVGB" \(declared image\): .*starts like a web page or XML/,
    );
  });

  it('refuses a web page declared text/html, and declared text/plain', async () => {
    expect(
      (
        await refusal(
          packageWith(temp(), [
            { code: 'S-HTMA', kind: 'text', mediaType: 'text/html', bytes: text(HTML) },
          ]),
        )
      ).message,
    ).toMatch(/field "session\.samples\.2\.mediaType": .*sample "S-HTMA"/);
    expect(
      (
        await refusal(
          packageWith(temp(), [
            { code: 'S-HTMB', kind: 'text', mediaType: 'text/plain', bytes: text(HTML) },
          ]),
        )
      ).message,
    ).toMatch(/sample "S-HTMB" \(declared text\): .*starts like a web page or XML/);
  });

  it('refuses a PNG declared image/svg+xml', async () => {
    const png = pngWithMetadata('Maya Okafor', 8, 6);
    expect(
      (
        await refusal(
          packageWith(temp(), [
            { code: 'S-PNGA', kind: 'image', mediaType: 'image/svg+xml', bytes: png },
          ]),
        )
      ).message,
    ).toMatch(/field "session\.samples\.2\.mediaType": .*is not a media type/);
  });

  it('refuses bytes of another kind than declared: a PNG as text, text as a PDF', async () => {
    const png = pngWithMetadata('Maya Okafor', 8, 6);
    expect(
      (
        await refusal(
          packageWith(temp(), [
            { code: 'S-PNGB', kind: 'text', mediaType: 'text/plain', bytes: png },
          ]),
        )
      ).message,
    ).toMatch(
      /sample "S-PNGB" is declared text \(text\/plain\), but its bytes are image \(image\/png\)/,
    );
    expect(
      (
        await refusal(
          packageWith(temp(), [
            { code: 'S-PDFA', kind: 'pdf', mediaType: 'application/pdf', bytes: essay(3) },
          ]),
        )
      ).message,
    ).toMatch(/sample "S-PDFA" is declared pdf .* but its bytes are text/);
  });

  it('refuses a Word zip bomb inside a package, from its directory', async () => {
    const error = await refusal(
      packageWith(temp(), [
        {
          code: 'S-DCXA',
          kind: 'docx',
          mediaType: DOCX_MEDIA_TYPE,
          bytes: docxBomb(300),
        },
      ]),
    );
    expect(error.message).toMatch(
      /sample "S-DCXA" \(declared docx\): .*refused: this entry expands to 300 MB/,
    );
  });

  it('refuses a Word file whose zip directory lies about a size, before a rater opens it', async () => {
    const error = await refusal(
      packageWith(temp(), [
        { code: 'S-DCXB', kind: 'docx', mediaType: DOCX_MEDIA_TYPE, bytes: docxBomb(300, 4096) },
      ]),
    );
    expect(error.message).toMatch(
      /sample "S-DCXB" \(declared docx\): .*refused: it expands to more than the 4096 bytes its zip directory declares/,
    );
  });

  it('accepts a genuine Word document', async () => {
    const target = temp();
    await target.services.exchange.importPackage(
      packageWith(temp(), [
        { code: 'S-DCXC', kind: 'docx', mediaType: DOCX_MEDIA_TYPE, bytes: makeDocx() },
      ]),
    );
    expect(target.store.samples.get('hostile-sample-0')).toMatchObject({
      code: 'S-DCXC',
      kind: 'docx',
      mediaType: DOCX_MEDIA_TYPE,
    });
  });

  it('stores the media type the bytes give: a PNG declared image/jpeg is stored as image/png', async () => {
    const target = temp();
    const png = pngWithMetadata('Maya Okafor', 8, 6);
    await target.services.exchange.importPackage(
      packageWith(temp(), [
        { code: 'S-PNGC', kind: 'image', mediaType: 'image/jpeg', bytes: png },
        { code: 'S-MDMA', kind: 'markdown', mediaType: 'text/markdown', bytes: text('# Essay') },
      ]),
    );
    const stored = target.store.samples.get('hostile-sample-0')!;
    expect(stored).toMatchObject({ code: 'S-PNGC', kind: 'image', mediaType: 'image/png' });
    expect(target.store.samples.get('hostile-sample-1')).toMatchObject({
      kind: 'markdown',
      mediaType: 'text/markdown',
    });
  });
});
