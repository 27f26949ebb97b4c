import sanitizeHtml from 'sanitize-html';

const ALLOWED_TAGS = [...sanitizeHtml.defaults.allowedTags, 'img', 'h1', 'h2', 'del', 'ins', 'sup', 'sub', 'input'];

/**
 * Makes a link absolute against the page the HTML is shown on, as the browser does there: feed readers resolve
 * relative links against the feed, or not at all, and break them.
 */
function absolute(value: string | undefined, pageUrl: string): string | undefined {
  if (value === undefined || value === '') return value;
  try {
    return new URL(value, pageUrl).toString();
  } catch {
    return undefined;
  }
}

/**
 * The HTML that goes into `content:encoded`: no scripts, styles or event handlers (readers differ in what they strip),
 * and every link and image absolute, resolved against `pageUrl`, the address of the page that shows the same HTML.
 */
export function toFeedHtml(html: string, pageUrl: string): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title'],
      img: ['src', 'alt', 'width', 'height'],
      input: ['type', 'checked', 'disabled'],
      th: ['align', 'scope'],
      td: ['align'],
      ol: ['start'],
      code: ['class'],
    },
    allowedSchemes: ['https', 'http', 'mailto'],
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, ...(attribs.href ? { href: absolute(attribs.href, pageUrl) ?? '' } : {}) },
      }),
      img: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, ...(attribs.src ? { src: absolute(attribs.src, pageUrl) ?? '' } : {}) },
      }),
    },
  }).trim();
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The first paragraph of a piece of HTML as plain text: the short `<description>` of an item. */
export function leadText(html: string): string {
  const first = /<p>([\s\S]*?)<\/p>/.exec(html)?.[1];
  return toPlainText(first ?? html);
}

/** Plain text of a piece of HTML, for `<description>`; the XML writer escapes it, so entities are decoded here. */
export function toPlainText(html: string): string {
  // Block ends become spaces so that paragraphs and list items do not run together.
  const spaced = html.replace(/<\/(?:p|li|h[1-6]|td|th|tr|div|pre|blockquote)>|<br\s*\/?>/g, (tag) => `${tag} `);
  return sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} })
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}
