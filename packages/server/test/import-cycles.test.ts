/**
 * The packages' modules form no import cycle, within a package or across them (a sibling package
 * is followed to its `src/index.ts`, as the "source" export condition resolves it). Type-only
 * imports count too: a cycle of types still ties the modules into one knot for the next reader.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PACKAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.tsx?$/.test(name) && !/\.(test|bench)\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

/** The source file an import names, or null for a third-party module. */
function resolveImport(from: string, specifier: string): string | null {
  const sibling = /^@skillbank\/(\w+)(?:\/(\w+))?$/.exec(specifier);
  if (sibling) {
    const [, pkg, sub] = sibling;
    const entry = join(PACKAGES, pkg as string, 'src', sub ? `${sub}/index.ts` : 'index.ts');
    return existsSync(entry) ? entry : null;
  }
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.js$/, '.tsx'),
    join(base, 'index.ts'),
  ])
    if (existsSync(candidate)) return candidate;
  throw new Error(`${relative(PACKAGES, from)} imports ${specifier}, which does not exist`);
}

/** Each module's imports (static `import … from`, `export … from` and `import('…')`). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const files = readdirSync(PACKAGES).flatMap((pkg) =>
    existsSync(join(PACKAGES, pkg, 'src')) ? sources(join(PACKAGES, pkg, 'src')) : [],
  );
  const pattern =
    /(?:^|\n)\s*(?:import|export)[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(pattern)]
      .map((m) => resolveImport(file, (m[1] ?? m[2]) as string))
      .filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The strongly connected components with more than one module, or a module importing itself (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    order.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next))
        low.set(node, Math.min(low.get(node) as number, order.get(next) as number));
    }
    if (low.get(node) === order.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component);
    }
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return found;
}

describe('import graph', () => {
  it('reads every package', () => {
    const graph = importGraph();
    for (const pkg of ['core', 'matcher', 'server'])
      expect([...graph.keys()].some((f) => f.includes(`/${pkg}/src/`))).toBe(true);
  });

  it('has no import cycle in or across the packages', () => {
    const names = cycles(importGraph()).map((c) => c.map((f) => relative(PACKAGES, f)).sort());
    expect(names).toEqual([]);
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(graph).map((c) => c.sort())).toEqual([['a', 'b', 'c']]);
  });
});
