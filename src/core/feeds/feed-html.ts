import sanitizeHtml from 'sanitize-html';

const ALLOWED_TAGS = [...sanitizeHtml.defaults.allowedTags, 'img', 'h1', 'h2', 'del', 'ins', 'sup', 'sub', 'input'];

/** Makes a link absolute: feed readers resolve relative links against the feed, not the page, and break them. */
function absolute(value: string | undefined, siteUrl: string): string | undefined {
  if (value === undefined || value === '') return value;
  try {
    return new URL(value, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString();
  } catch {
    return undefined;
  }
}

/**
 * The HTML that goes into `content:encoded`: no scripts, styles or event handlers (readers differ in what they strip),
 * and every link and image absolute.
 */
export function toFeedHtml(html: string, siteUrl: string): string {
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
        attribs: { ...attribs, ...(attribs.href ? { href: absolute(attribs.href, siteUrl) ?? '' } : {}) },
      }),
      img: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, ...(attribs.src ? { src: absolute(attribs.src, siteUrl) ?? '' } : {}) },
      }),
    },
  }).trim();
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Plain text of a piece of HTML, for `<description>`; the XML writer escapes it, so entities are decoded here. */
export function toPlainText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}
