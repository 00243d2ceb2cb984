// A small Word document with what a student's essay holds: a heading, a nested bulleted list, a
// table, a picture in the file, a picture linked from the web, a hyperlink, and text that looks
// like HTML. Built with fflate, as Word lays the parts out.
import { strToU8, zipSync } from 'fflate';

const NS = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"',
].join(' ');

/** A 1x1 PNG. */
export const PIXEL_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const paragraph = (content: string, props = '') => `<w:p><w:pPr>${props}</w:pPr>${content}</w:p>`;
const bullet = (text: string, level: number) =>
  paragraph(run(text), `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr>`);
const cell = (text: string) => `<w:tc>${paragraph(run(text))}</w:tc>`;
const picture = (relation: string, attribute: 'r:embed' | 'r:link', description: string) =>
  `<w:r><w:drawing><wp:inline><wp:docPr id="1" name="Picture" descr="${description}"/>` +
  '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
  `<pic:pic><pic:blipFill><a:blip ${attribute}="${relation}"/></pic:blipFill></pic:pic>` +
  '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';

const BODY = [
  paragraph(run('Why the bridge held'), '<w:pStyle w:val="Heading1"/>'),
  paragraph(run('My claim rests on three points.')),
  bullet('Load tests', 0),
  bullet('Second trial', 1),
  bullet('Materials', 0),
  `<w:tbl><w:tr>${cell('Trial')}${cell('Load (kg)')}</w:tr><w:tr>${cell('1')}${cell('40')}</w:tr></w:tbl>`,
  paragraph(picture('rIdImage', 'r:embed', 'Bar chart of loads')),
  paragraph(picture('rIdRemote', 'r:link', 'Photo from the web')),
  paragraph(`<w:hyperlink r:id="rIdLink">${run('my source')}</w:hyperlink>`),
  paragraph(run('&lt;script&gt;alert(1)&lt;/script&gt;')),
].join('');

const NUMBERING =
  `<w:numbering ${NS}><w:abstractNum w:abstractNumId="0">` +
  '<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>' +
  '<w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>' +
  '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';

const RELATIONSHIPS =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rIdImage" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>' +
  '<Relationship Id="rIdRemote" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://tracker.example/photo.png" TargetMode="External"/>' +
  '<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/source" TargetMode="External"/>' +
  '<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
  '</Relationships>';

export function essayDocx(): Uint8Array {
  const xml = (text: string) => strToU8(`<?xml version="1.0" encoding="UTF-8"?>${text}`);
  return zipSync({
    '[Content_Types].xml': xml(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Default Extension="png" ContentType="image/png"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': xml(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    ),
    'word/_rels/document.xml.rels': xml(RELATIONSHIPS),
    'word/numbering.xml': xml(NUMBERING),
    'word/media/image1.png': Uint8Array.from(Buffer.from(PIXEL_PNG_BASE64, 'base64')),
    'word/document.xml': xml(`<w:document ${NS}><w:body>${BODY}</w:body></w:document>`),
  });
}
