/**
 * Only `<`, `{`, `}` and top-level import/export can make MDX differ from Markdown. A module of its own, apart from
 * the MDX parser, so that Astro's content loader can ask it without loading the parser.
 */
export const MDX_SIGNIFICANT = /[<{}]|^(?:import|export)[\s{*]/m;
