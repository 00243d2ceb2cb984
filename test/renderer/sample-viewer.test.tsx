// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../src-renderer/api/ApiProvider.js';
import { DocxView } from '../../src-renderer/viewer/DocxView.js';
import { Markdown } from '../../src-renderer/viewer/markdown.js';
import {
  assertOnlyReadingElements,
  sanitizeSampleHtml,
} from '../../src-renderer/viewer/sample-html.js';
import { SampleViewer } from '../../src-renderer/viewer/SampleViewer.js';
import { essayDocx, PIXEL_PNG_BASE64 } from './docx-fixture.js';
import { ScriptedClient } from './fakes.js';
import { mendHappyDomForDomPurify } from './happy-dom-purify.js';

mendHappyDomForDomPurify();
afterEach(cleanup);

const ESSAY = [
  '# Bridge report',
  '',
  '| Trial | Load (kg) |',
  '| :---- | --------: |',
  '| 1     | 40        |',
  '',
  'See [my source](https://example.org/source "Where I read it").',
  '',
  '```js',
  'const load = 40;',
  '```',
  '',
  '- Load tests',
  '  - Second trial',
  '- Materials',
].join('\n');

/** Every attribute on the page that could run script or style something. */
function riskyAttributes(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll('*')).flatMap((el) =>
    Array.from(el.attributes)
      .map((a) => a.name)
      .filter((name) => name.startsWith('on') || name === 'style' || name === 'id')
      .map((name) => `${el.tagName.toLowerCase()}[${name}]`),
  );
}

describe('Markdown samples', () => {
  it('shows a table, a link, a code block and a nested list', () => {
    const { container } = render(<Markdown source={ESSAY} />);
    // Below the page's own headings.
    expect(screen.getByRole('heading', { level: 3, name: 'Bridge report' })).toBeTruthy();

    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Trial' })).toBeTruthy();
    const load = within(table).getByRole('cell', { name: '40' });
    // Alignment by class: the CSP refuses style attributes.
    expect(load.className).toBe('sample-align-right');

    const link = screen.getByRole('link', { name: 'my source' });
    expect(link.getAttribute('href')).toBe('https://example.org/source');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('title')).toBe('https://example.org/source');

    const code = container.querySelector('pre > code');
    expect(code?.textContent).toBe('const load = 40;\n');
    expect(code?.hasAttribute('class')).toBe(false);

    const outer = screen.getByText('Load tests').closest('li')!;
    const inner = within(outer).getByRole('list');
    expect(within(inner).getByRole('listitem').textContent).toBe('Second trial');
    expect(screen.getAllByRole('listitem').map((li) => li.firstChild?.textContent?.trim())).toEqual(
      ['Load tests', 'Second trial', 'Materials'],
    );
    expect(riskyAttributes(container)).toEqual([]);
  });

  it('a link goes nowhere when clicked, by mouse, middle button or keyboard', () => {
    render(<Markdown source="[my source](https://example.org/source)" />);
    const link = screen.getByRole('link', { name: 'my source' });
    // fireEvent returns false when the default action (navigation) was prevented.
    expect(fireEvent.click(link)).toBe(false);
    expect(fireEvent(link, new MouseEvent('auxclick', { bubbles: true, cancelable: true }))).toBe(
      false,
    );
  });

  it('shows raw HTML as text and never makes script, handlers or outside pictures of it', () => {
    const source = [
      '<script>window.hacked = 1</script>',
      '',
      '<img src=x onerror="window.hacked = 1">',
      '',
      '[click](javascript:alert(1)) and [home](#/sessions)',
      '',
      '![remote](http://tracker.example/p.png)',
      '',
      `![chart](data:image/png;base64,${PIXEL_PNG_BASE64})`,
    ].join('\n');
    const { container } = render(<Markdown source={source} />);
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByText('<script>window.hacked = 1</script>')).toBeTruthy();
    expect(screen.getByText('<img src=x onerror="window.hacked = 1">')).toBeTruthy();
    expect(riskyAttributes(container)).toEqual([]);
    // Not links: a script address is left as typed, an in-page address loses it.
    expect(screen.queryByRole('link', { name: 'click' })).toBeNull();
    expect(container.textContent).toContain('[click](javascript:alert(1))');
    expect(container.querySelector('a[href]')).toBeNull();
    // Only the picture carried in the file is drawn; the outside one is named.
    const pictures = Array.from(container.querySelectorAll('img'));
    expect(pictures.map((img) => img.getAttribute('alt'))).toEqual(['chart']);
    expect(pictures[0]!.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(screen.getByText('[picture: remote]')).toBeTruthy();
  });
});

describe('the sanitizer', () => {
  it('keeps reading elements only, without handlers, styles, ids, classes or app addresses', () => {
    const fragment = sanitizeSampleHtml(
      [
        '<p onclick="x()" style="color:red" id="root" class="notice">Claim</p>',
        '<a href="/api/samples.content">server</a><a href="#/sessions">screen</a>',
        '<a href="https://example.org" target="_blank">web</a>',
        '<img src="/api/samples.content" alt="server picture">',
        '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="svg">',
        '<object data="x"></object><embed src="x"><form><input name="x"></form>',
        '<svg><script>alert(1)</script></svg><style>body{}</style>',
      ].join(''),
    );
    const box = document.createElement('div');
    box.append(fragment);
    expect(riskyAttributes(box)).toEqual([]);
    // The only classes left are ours: the notes standing in for the two pictures.
    expect(Array.from(box.querySelectorAll('[class]')).map((e) => e.className)).toEqual([
      'sample-missing-picture',
      'sample-missing-picture',
    ]);
    expect(box.querySelector('object, embed, form, input, svg, script, style')).toBeNull();
    const links = Array.from(box.querySelectorAll('a'));
    expect(
      links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('target')]),
    ).toEqual([
      ['server', null, null],
      ['screen', null, null],
      ['web', 'https://example.org', null],
    ]);
    expect(box.querySelector('img')).toBeNull();
    expect(box.textContent).toContain('[picture: server picture]');
    expect(box.textContent).toContain('[picture: svg]');
  });
});

describe('the check after the sanitizer', () => {
  const fragmentOf = (html: string) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content;
  };

  it('refuses what a sanitizer that did nothing would hand back', () => {
    expect(() => assertOnlyReadingElements(fragmentOf('<p onclick="x()">a</p>'))).toThrow(
      /onclick/,
    );
    expect(() => assertOnlyReadingElements(fragmentOf('<p>a</p><script>x</script>'))).toThrow(
      /script/,
    );
    expect(() => assertOnlyReadingElements(fragmentOf('<a href="#/sessions">a</a>'))).toThrow(
      /href/,
    );
    expect(() => assertOnlyReadingElements(fragmentOf('<img src="/api/x" alt="">'))).toThrow(/src/);
    expect(() => assertOnlyReadingElements(fragmentOf('<p class="notice">a</p>'))).toThrow(/class/);
  });

  it('passes what the sanitizer makes', () => {
    expect(() =>
      assertOnlyReadingElements(
        sanitizeSampleHtml('<table><tr><td>1</td></tr></table><a href="https://example.org">w</a>'),
      ),
    ).not.toThrow();
  });
});

describe('Word samples', () => {
  it('keeps headings, nested lists, tables, pictures and links, and shows HTML-like text as text', async () => {
    const { container } = render(<DocxView bytes={essayDocx()} />);
    expect(
      // The first conversion loads mammoth, which takes a moment.
      await screen.findByRole(
        'heading',
        { level: 3, name: 'Why the bridge held' },
        { timeout: 10_000 },
      ),
    ).toBeTruthy();

    const outer = screen.getByText('Load tests').closest('li')!;
    expect(within(within(outer).getByRole('list')).getByRole('listitem').textContent).toBe(
      'Second trial',
    );
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Trial', 'Load (kg)', '1', '40']);
    const picture = screen.getByRole('img', { name: 'Bar chart of loads' });
    expect(picture.getAttribute('src')).toBe(`data:image/png;base64,${PIXEL_PNG_BASE64}`);
    // A picture linked from the web is not fetched; its place and words stay.
    expect(screen.getByText('[picture: Photo from the web]')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'my source' }).getAttribute('rel')).toBe(
      'noopener noreferrer',
    );
    expect(screen.getByText('<script>alert(1)</script>')).toBeTruthy();
    expect(container.querySelector('script')).toBeNull();
    expect(riskyAttributes(container)).toEqual([]);
  });

  it('says so when the file is not a Word document', async () => {
    render(<DocxView bytes={new TextEncoder().encode('not a zip')} />);
    expect(
      await screen.findByText('This Word document could not be read.', {}, { timeout: 10_000 }),
    ).toBeTruthy();
  });
});

describe('SampleViewer', () => {
  it('shows a Markdown sample formatted, as a rater receives it', async () => {
    const client = new ScriptedClient({}).on('samples.content', () => ({
      mediaType: 'text/markdown',
      base64: Buffer.from(ESSAY).toString('base64'),
    }));
    render(
      <ApiProvider client={client}>
        <SampleViewer
          sampleId="smp_1"
          sessionId="ses_1"
          kind="markdown"
          mediaType="text/markdown"
          label="Sample K7Q2"
        />
      </ApiProvider>,
    );
    const region = await screen.findByRole('region', { name: /Sample K7Q2/ }, { timeout: 5_000 });
    expect(within(region).getByRole('table')).toBeTruthy();
    expect(within(region).getByRole('link', { name: 'my source' })).toBeTruthy();
    expect(client.calls[0]).toEqual({
      method: 'samples.content',
      input: { sampleId: 'smp_1', sessionId: 'ses_1' },
    });
  });
});
