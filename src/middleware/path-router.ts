import { METHOD_NAME_ALL, type Result, type Router, UnsupportedPathError } from 'hono/router';

/**
 * A router for the route table Atrium has: literal segments, `:name` parameters and a trailing `/*`.
 * hono's RegExpRouter refuses the table (a parameter and a literal at the same place, such as
 * `/models/:tableName/:id/history` and `/models/:tableName/:id/:columnName`), so SmartRouter fell back to
 * its TrieRouter, whose general search (parameter patterns, per-node parameter copies, handler sets per
 * score) cost about 20 µs of every request. This one answers the same matches, in the same order, with
 * the same parameters: a tree of segments walked once per request, the matching routes in the order they
 * were added. Any other pattern (a parameter pattern `{…}`, an optional `?`, an inner `*`) is refused with
 * UnsupportedPathError, and SmartRouter then uses the TrieRouter as before. test/app.test.ts compares the
 * two on every route with generated paths.
 */

interface Route<T> {
  order: number;
  method: string;
  handler: T;
  /** Parameter names by segment index (undefined for literal segments). */
  names: (string | undefined)[];
  hasParams: boolean;
}

class Segment<T> {
  readonly literal = new Map<string, Segment<T>>();
  param: Segment<T> | undefined;
  /** Routes ending here. */
  readonly routes: Route<T>[] = [];
  /** Routes ending in `/*` here: they match this path and every path below it. */
  readonly below: Route<T>[] = [];
}

/** hono's splitPath: the segments after the leading slash (an empty path gives one empty segment). */
function segmentsOf(path: string): string[] {
  const parts = path.split('/');
  if (parts[0] === '') parts.shift();
  return parts;
}

export class PathRouter<T> implements Router<T> {
  name = 'PathRouter';
  readonly #root = new Segment<T>();
  #order = 0;

  add(method: string, path: string, handler: T): void {
    const parts = segmentsOf(path === '*' ? '/*' : path);
    const below = parts[parts.length - 1] === '*';
    if (below) parts.pop();
    const names: (string | undefined)[] = [];
    let node = this.#root;
    for (const part of parts) {
      if (/[*{}?]/.test(part) || (part.includes(':') && !/^:[^:]+$/.test(part))) throw new UnsupportedPathError(path);
      if (part.startsWith(':')) {
        names.push(part.slice(1));
        node.param ??= new Segment<T>();
        node = node.param;
      } else {
        names.push(undefined);
        let next = node.literal.get(part);
        if (!next) {
          next = new Segment<T>();
          node.literal.set(part, next);
        }
        node = next;
      }
    }
    const route = { order: this.#order++, method, handler, names, hasParams: names.some((n) => n !== undefined) };
    (below ? node.below : node.routes).push(route);
  }

  match(method: string, path: string): Result<T> {
    const parts = segmentsOf(path);
    const found: Route<T>[] = [];
    // Breadth-first over the segments: the nodes the path reaches so far.
    let nodes: Segment<T>[] = [this.#root];
    for (let i = 0; i < parts.length && nodes.length; i++) {
      const part = parts[i];
      const next: Segment<T>[] = [];
      for (const node of nodes) {
        if (node.below.length) collect(found, node.below, method);
        const literal = node.literal.get(part);
        if (literal) next.push(literal);
        // A parameter takes one non-empty segment.
        if (node.param && part !== '') next.push(node.param);
      }
      nodes = next;
    }
    for (const node of nodes) {
      if (node.below.length) collect(found, node.below, method);
      if (node.routes.length) collect(found, node.routes, method);
    }
    if (found.length > 1) found.sort((a, b) => a.order - b.order);
    const result: [T, Record<string, string>][] = new Array(found.length);
    for (let i = 0; i < found.length; i++) {
      const route = found[i];
      result[i] = [route.handler, route.hasParams ? paramsOf(route, parts) : {}];
    }
    return [result] as unknown as Result<T>;
  }
}

function collect<T>(found: Route<T>[], routes: Route<T>[], method: string): void {
  for (const route of routes) if (route.method === method || route.method === METHOD_NAME_ALL) found.push(route);
}

function paramsOf<T>(route: Route<T>, parts: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  const { names } = route;
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    // The first segment of a name wins, as in hono's routers.
    if (name !== undefined && !Object.hasOwn(params, name)) params[name] = parts[i];
  }
  return params;
}
