// The one gate between a student's file turned into HTML (Markdown, Word) and the page: only
// reading elements survive, nothing can run, load from elsewhere or navigate, and the result fits
// the page's own outline and its CSP (no style attributes, no ids, no classes but our own).
import DOMPurify from 'dompurify';
import type { DOMPurify as Purifier } from 'dompurify';

const TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code',
  'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'mark', 'small',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'a', 'img', 'span',
]; // prettier-ignore

const ATTRIBUTES = ['href', 'title', 'alt', 'src', 'colspan', 'rowspan', 'start', 'class'];

/** Where a link may point: the web and mail. Relative and in-page addresses would be the app's. */
const LINK_TARGET = /^(?:https?:|mailto:)/i;

/** Pictures carried inside the file itself, in a format every browser draws without script. */
const PICTURE_SOURCE = /^data:image\/(?:png|jpeg|gif|webp|bmp);base64,[a-z0-9+/=\s]*$/i;

const XHTML = 'http://www.w3.org/1999/xhtml';
const MISSING_PICTURE_CLASS = 'sample-missing-picture';

/** Table cell alignment (markdown.tsx turns Markdown's style attributes into these). */
const ALIGN_CLASS = /^sample-align-(?:left|center|right)$/;

// Student headings sit below the page's own h1 and h2.
const HEADING_SHIFT: Record<string, string> = {
  H1: 'h3',
  H2: 'h4',
  H3: 'h5',
  H4: 'h6',
  H5: 'h6',
  H6: 'h6',
};

let purifier: Purifier | null = null;

function samplePurifier(): Purifier {
  if (purifier) return purifier;
  const made = DOMPurify(window);
  made.addHook('afterSanitizeAttributes', (element) => {
    const classes = (element.getAttribute('class') ?? '').split(/\s+/);
    const ours = classes.filter((c) => ALIGN_CLASS.test(c));
    if (ours.length > 0) element.setAttribute('class', ours.join(' '));
    else element.removeAttribute('class');
    if (element.tagName === 'A') {
      const href = element.getAttribute('href')?.trim() ?? null;
      if (href !== null && !LINK_TARGET.test(href)) element.removeAttribute('href');
      element.removeAttribute('target');
      element.setAttribute('rel', 'noopener noreferrer');
      // Links do not open (SampleHtml.tsx); hovering still shows where one points.
      if (element.hasAttribute('href')) element.setAttribute('title', href ?? '');
    }
    if (element.tagName === 'IMG') {
      const src = element.getAttribute('src');
      if (src !== null && !PICTURE_SOURCE.test(src)) element.removeAttribute('src');
    }
  });
  purifier = made;
  return made;
}

/**
 * The sanitized content as a fragment, to be inserted as nodes (never re-serialized and parsed
 * again, which is how sanitized HTML gets mutated into something else). Throws where the browser
 * cannot run the sanitizer: the caller then shows the file as text.
 */
export function sanitizeSampleHtml(html: string): DocumentFragment {
  const purify = samplePurifier();
  if (!purify.isSupported) throw new Error('This browser cannot show formatted student work.');
  const fragment = purify.sanitize(html, {
    ALLOWED_TAGS: TAGS,
    ALLOWED_ATTR: ATTRIBUTES,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOWED_URI_REGEXP: LINK_TARGET,
    RETURN_DOM_FRAGMENT: true,
  });
  shiftHeadings(fragment);
  replaceUnshownPictures(fragment);
  assertOnlyReadingElements(fragment);
  return fragment;
}

const ALLOWED_TAGS = new Set(TAGS);
const ALLOWED_ATTRIBUTES = new Set([...ATTRIBUTES, 'rel']);
const OUR_CLASSES = (value: string) =>
  value === MISSING_PICTURE_CLASS || value.split(' ').every((c) => ALIGN_CLASS.test(c));

/**
 * A second, independent look at the result: DOMPurify hands content back untouched where the DOM
 * does not behave as it expects (it says so only in some of those cases), so anything off the
 * lists here is refused rather than shown.
 */
export function assertOnlyReadingElements(root: ParentNode): void {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const tag = element.localName;
    if (element.namespaceURI !== XHTML || !ALLOWED_TAGS.has(tag)) {
      throw new Error(`Refused to show a <${tag}> from student work.`);
    }
    for (const { name, value } of Array.from(element.attributes)) {
      const fine =
        ALLOWED_ATTRIBUTES.has(name) &&
        (name !== 'href' || LINK_TARGET.test(value)) &&
        (name !== 'src' || PICTURE_SOURCE.test(value)) &&
        (name !== 'class' || OUR_CLASSES(value));
      if (!fine) throw new Error(`Refused to show ${name}= on a <${tag}> from student work.`);
    }
  }
}

function shiftHeadings(fragment: DocumentFragment): void {
  for (const heading of Array.from(fragment.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const shifted = heading.ownerDocument.createElement(HEADING_SHIFT[heading.tagName]!);
    shifted.append(...Array.from(heading.childNodes));
    heading.replaceWith(shifted);
  }
}

/** A picture from elsewhere (a web address, a file beside the document) is named, not loaded. */
function replaceUnshownPictures(fragment: DocumentFragment): void {
  for (const img of Array.from(fragment.querySelectorAll('img'))) {
    if (img.hasAttribute('src')) continue;
    const note = img.ownerDocument.createElement('span');
    note.className = MISSING_PICTURE_CLASS;
    const alt = (img.getAttribute('alt') ?? '').trim();
    note.textContent = alt === '' ? '[a picture Concord does not show]' : `[picture: ${alt}]`;
    img.replaceWith(note);
  }
}
