/*
 * The components an MDX body uses and the ones it defines. Bulletin gives bodies no components of its own, so a
 * capitalised tag such as <Callout> must be imported or exported by the body itself; otherwise the page cannot be
 * drawn, and Astro says so only once the build has reached that page, without naming the file or the line.
 */

/** The few fields of the mdast and estree nodes this module reads. */
interface TreeNode {
  type: string;
  name?: string | null;
  children?: TreeNode[];
  position?: { start: { line: number } };
  data?: object;
}

interface EstreeNode {
  type: string;
  [field: string]: unknown;
}

export interface UndefinedComponent {
  name: string;
  /** 1-based line within the body. */
  line: number | undefined;
}

const isNode = (value: unknown): value is EstreeNode =>
  typeof value === 'object' && value !== null && typeof (value as EstreeNode).type === 'string';

/** Every name a pattern binds: `a`, `{ a, b: c }`, `[d, ...e]`. */
function boundNames(pattern: unknown, into: Set<string>): void {
  if (!isNode(pattern)) return;
  if (pattern.type === 'Identifier') into.add(String(pattern.name));
  else if (pattern.type === 'ObjectPattern')
    for (const property of pattern.properties as EstreeNode[]) boundNames(property.value ?? property.argument, into);
  else if (pattern.type === 'ArrayPattern') for (const element of pattern.elements as unknown[]) boundNames(element, into);
  else if (pattern.type === 'RestElement') boundNames(pattern.argument, into);
  else if (pattern.type === 'AssignmentPattern') boundNames(pattern.left, into);
}

/** The keys of `export const components = { Note, Warning: … }`, through which Astro hands a body its components. */
function componentsExportKeys(declaration: EstreeNode, into: Set<string>): boolean {
  if (declaration.type !== 'VariableDeclaration') return false;
  for (const declarator of declaration.declarations as EstreeNode[]) {
    const id = declarator.id as EstreeNode;
    if (id.type !== 'Identifier' || id.name !== 'components') continue;
    const init = declarator.init as EstreeNode | null;
    // A components object that is not written out as a literal cannot be read here; trust it.
    if (init?.type !== 'ObjectExpression') return true;
    for (const property of init.properties as EstreeNode[]) {
      const key = property.key as EstreeNode | undefined;
      if (property.type === 'SpreadElement') return true;
      if (key?.type === 'Identifier') into.add(String(key.name));
      else if (key?.type === 'Literal') into.add(String(key.value));
    }
  }
  return false;
}

/** The names the body's import and export statements bring into scope; undefined when they cannot all be known. */
function definedNames(tree: TreeNode): Set<string> | undefined {
  const names = new Set<string>();
  for (const node of tree.children ?? []) {
    if (node.type !== 'mdxjsEsm') continue;
    const program = (node.data as { estree?: EstreeNode | null } | undefined)?.estree;
    for (const statement of (program?.body as EstreeNode[] | undefined) ?? []) {
      if (statement.type === 'ImportDeclaration') {
        for (const specifier of statement.specifiers as EstreeNode[]) boundNames(specifier.local, names);
      } else if (statement.type === 'ExportNamedDeclaration' && isNode(statement.declaration)) {
        const declaration = statement.declaration;
        if (componentsExportKeys(declaration, names)) return undefined;
        if (declaration.type === 'VariableDeclaration') {
          for (const declarator of declaration.declarations as EstreeNode[]) boundNames(declarator.id, names);
        } else boundNames(declaration.id, names);
      }
    }
  }
  return names;
}

/** `Callout` of `<Callout>`, `Tabs` of `<Tabs.Item>`; undefined for an HTML element (`<details>`, `<my-widget>`). */
function componentName(tag: string | null | undefined): string | undefined {
  const root = tag?.split('.')[0];
  return root && /^[A-Z_$]/.test(root) && !root.includes(':') && !root.includes('-') ? root : undefined;
}

/** The first component used in `nodes` or below them, in document order, that `defined` lacks. */
function firstUndefined(nodes: readonly TreeNode[], defined: ReadonlySet<string>): UndefinedComponent | undefined {
  for (const node of nodes) {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = componentName(node.name);
      if (name && !defined.has(name)) return { name: node.name ?? name, line: node.position?.start.line };
    }
    const inside = firstUndefined(node.children ?? [], defined);
    if (inside) return inside;
  }
  return undefined;
}

/** The first component the body uses without defining it, if any. */
export function findUndefinedComponent(tree: TreeNode): UndefinedComponent | undefined {
  const defined = definedNames(tree);
  return defined && firstUndefined(tree.children ?? [], defined);
}
