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

/**
 * A run of text; `lines` clamps it with an ellipsis so long titles never push the layout off the image. satori
 * clamps a block by laying out only its first lines, so no `overflow: hidden`: that would add a mask and a clip path,
 * each drawn by resvg as a layer the size of the card.
 */
export function text(style: OgStyle, content: string, lines?: number): OgElement {
  const clamp: OgStyle = lines === undefined ? {} : { display: 'block', lineClamp: lines };
  return { type: 'div', props: { style: { ...style, ...clamp }, children: content } };
}

/**
 * A box inside a coloured rim, drawn as a box of the rim's colour around it rather than as a CSS border: satori
 * draws a border through nested clip paths, which cost resvg more than all of the card's text. `outer` holds what
 * places the whole (margins, flex sizing); the inner box gets the rest.
 */
export function rimmed(
  rim: { colour: string; width: number; radius: number },
  outer: OgStyle,
  inner: OgStyle,
  ...children: OgNode[]
): OgElement {
  return box(
    { ...outer, backgroundColor: rim.colour, borderRadius: rim.radius, padding: rim.width },
    box({ flexGrow: 1, ...inner, borderRadius: Math.max(0, rim.radius - rim.width) }, ...children),
  );
}
