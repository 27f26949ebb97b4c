/**
 * The site's icon: a shield in the site's accent colour, with no tick or cross that would say more than "security".
 * Drawn from site.yaml, so that a project's colour reaches the browser tab and bookmarks without an image of its own;
 * SVG, which every current browser takes as an icon, at any size.
 */
export function siteIconSvg(accent: string): string {
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">',
    `<path d="M16 1.5 3.5 6v9.2c0 7.6 5.3 13.3 12.5 15.3 7.2-2 12.5-7.7 12.5-15.3V6z" fill="${accent}"/>`,
    '<path d="M16 6.2 8.2 9v6.3c0 4.9 3.3 8.7 7.8 10.1 4.5-1.4 7.8-5.2 7.8-10.1V9z" fill="none" stroke="#fff" stroke-width="2.4" stroke-linejoin="round"/>',
    '</svg>\n',
  ].join('');
}
