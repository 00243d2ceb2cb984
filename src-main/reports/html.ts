// The shell every report shares: one self-contained HTML document (inline CSS, no script, no
// remote content) that reads on screen and prints to A4 or Letter with page breaks.

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Tagged template that escapes every interpolated value unless it is already `Html`. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = string | number | Html | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!;
  });
  return new Html(out);
}

/** Markup that is trusted as is (the SVG charts, which ECharts escapes itself). */
export function trusted(markup: string): Html {
  return new Html(markup);
}

// The report may not load or run anything: the CSP says so even if a value slipped through.
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; }
.report { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; color: #1d1d1f;
  font-size: 11pt; line-height: 1.4; margin: 0 auto; max-width: 190mm; padding: 12mm 0; }
h1 { font-size: 20pt; margin: 0 0 4pt; }
h2 { font-size: 14pt; margin: 18pt 0 6pt; border-bottom: 1.5pt solid #3a5a8c; padding-bottom: 2pt; }
h3 { font-size: 12pt; margin: 12pt 0 4pt; }
p { margin: 4pt 0; }
.subtitle { color: #4a4a4f; margin: 0 0 10pt; }
.note { color: #4a4a4f; font-size: 9.5pt; }
.copy { display: inline-block; border: 1pt solid #8c3a3a; color: #8c3a3a; padding: 1pt 6pt;
  font-size: 9pt; font-weight: bold; text-transform: uppercase; letter-spacing: 0.5pt; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 12pt; margin: 6pt 0; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt; font-size: 9.5pt; }
caption { text-align: left; font-weight: bold; padding-bottom: 3pt; }
th, td { border: 0.75pt solid #b9b9be; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: #eef1f6; }
th.wide { width: 40%; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr { break-inside: avoid; }
.why { display: block; white-space: normal; color: #4a4a4f; font-size: 8.5pt; }
.chart { margin: 6pt 0 10pt; break-inside: avoid; }
.chart svg { max-width: 100%; height: auto; }
.flag { border-left: 3pt solid #8c3a3a; padding-left: 6pt; }
.sample { break-inside: avoid; }
.page-break { break-before: page; }
ul { margin: 4pt 0; padding-left: 16pt; }
@page { size: A4; margin: 14mm 14mm 16mm; }
@media print {
  .report { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
}
`;

export function reportDocument(title: string, body: Html): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main class="report">
${body.value}
</main>
</body>
</html>
`;
}
