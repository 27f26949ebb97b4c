/**
 * A satori node as plain data: the shape React.createElement returns, built without React so that a tree can be
 * hashed for the cache and posted to a worker as it is.
 */
export type OgStyle = Record<string, string | number>;

export interface OgElement {
  type: 'div';
  props: { style: OgStyle; children?: OgNode | OgNode[] };
}

export type OgNode = OgElement | string;

/** A flex container: satori lays out only flex boxes, and needs `display: flex` on any box with several children. */
export function box(style: OgStyle, ...children: OgNode[]): OgElement {
  return { type: 'div', props: { style: { display: 'flex', ...style }, children } };
}

/** A run of text; `lines` clamps it with an ellipsis so long titles never push the layout off the image. */
export function text(style: OgStyle, content: string, lines?: number): OgElement {
  const clamp: OgStyle = lines === undefined ? {} : { display: 'block', lineClamp: lines, overflow: 'hidden' };
  return { type: 'div', props: { style: { ...style, ...clamp }, children: content } };
}
