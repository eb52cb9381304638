/**
 * Finds, in the server's source, every text that can reach a problem+json answer, so a
 * unit test can check that each has a Chinese wording (src/server/i18n/problem-messages).
 *
 * It reads the TypeScript syntax trees of src/ (tests left out) and collects: the message
 * of every `new DomainError(code, message)`; every `message:`, `detail:` and zod's `error:` property;
 * the texts of zod checks (`.refine(f, '…')`, `.regex(r, '…')`, `.max(n, '…')`…); the
 * strings pushed on a `problems` list; and `problem(status, code, detail)`. A message
 * built from a function's parameter (`missing(what)`, `requireOpen(c, what)`) follows the
 * parameter to every call of the function; a message returned by a function follows its
 * `return`s. A template literal becomes its shape: `A {} complaint {}.`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundMessage {
  /** A literal text, or a template's shape with `{}` for each substitution. */
  text: string;
  isShape: boolean;
  /** A piece passed through a parameter into a shape's hole (`takes no new remedy`). */
  fragmentOf?: { shape: string; hole: number };
  where: string;
}

/**
 * Folders whose texts never reach an HTTP answer (the command line, demo data, jobs), and files
 * that already write both languages themselves (notification texts).
 */
const outOfScope = [
  /^src\/server\/i18n\//,
  /^src\/server\/presenters\/notification-presenter\.ts$/,
  /^src\/cli\//,
  /^src\/demo\//,
  /^src\/jobs\//,
  /^src\/config\.ts$/,
  /^src\/triage-model\//,
];
/** zod checks whose last argument may be our message: `.max(2000, '…')`, `z.email('…')`. */
const zodMessageMethods = new Set([
  'refine',
  'regex',
  'min',
  'max',
  'length',
  'startsWith',
  'endsWith',
  'includes',
]);
const zodMessageOnlyMethods = new Set([
  'email',
  'uuid',
  'url',
  'datetime',
  'nonempty',
  'int',
  'positive',
  'nonnegative',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

type FunctionLike = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression;

export function scanMessages(root: string): FoundMessage[] {
  const files = sourceFiles(join(root, 'src')).map((path) => {
    const text = readFileSync(path, 'utf8');
    return {
      path: relative(root, path),
      source: ts.createSourceFile(path, text, ts.ScriptTarget.ES2023, true),
    };
  });
  // Every named function of the project: `function f() {}` and `const f = () => …`.
  const functions = new Map<string, FunctionLike[]>();
  const calls = new Map<string, ts.CallExpression[]>();
  /** Per file, the names it defines or imports from our own modules: `text()` is ours, drizzle's is not. */
  const ownNames = new Map<ts.SourceFile, Set<string>>();
  const remember = <T>(map: Map<string, T[]>, key: string, value: T) =>
    map.set(key, [...(map.get(key) ?? []), value]);
  for (const { path, source } of files) {
    // Functions out of scope are not followed either: the i18n folder returns Chinese.
    const isOutOfScope = outOfScope.some((pattern) => pattern.test(path));
    const names = new Set<string>();
    ownNames.set(source, names);
    const visit = (node: ts.Node): void => {
      if (
        ts.isImportDeclaration(node) &&
        ts.isStringLiteral(node.moduleSpecifier) &&
        node.moduleSpecifier.text.startsWith('.') &&
        node.importClause?.namedBindings &&
        ts.isNamedImports(node.importClause.namedBindings)
      ) {
        for (const element of node.importClause.namedBindings.elements) names.add(element.name.text);
      }
      if (ts.isFunctionDeclaration(node) && node.name) names.add(node.name.text);
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) names.add(node.name.text);
      if (ts.isFunctionDeclaration(node) && node.name && !isOutOfScope) {
        remember(functions, node.name.text, node);
      }
      if (
        !isOutOfScope &&
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        node.initializer &&
        (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
      ) {
        remember(functions, node.name.text, node.initializer);
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        remember(calls, node.expression.text, node);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }

  const found: FoundMessage[] = [];
  const where = (node: ts.Node) => {
    const source = node.getSourceFile();
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    return `${relative(root, source.fileName)}:${line}`;
  };
  const enclosingFunction = (node: ts.Node): { fn: FunctionLike; name: string } | null => {
    for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
      if (ts.isFunctionDeclaration(at) && at.name) return { fn: at, name: at.name.text };
      if ((ts.isArrowFunction(at) || ts.isFunctionExpression(at)) && ts.isVariableDeclaration(at.parent)) {
        const name = at.parent.name;
        if (ts.isIdentifier(name)) return { fn: at, name: name.text };
      }
    }
    return null;
  };
  /** The arguments every call gives to the parameter `name` of the function around `node`. */
  const argumentsOf = (node: ts.Identifier): ts.Expression[] | null => {
    for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
      if (ts.isFunctionDeclaration(at) || ts.isArrowFunction(at) || ts.isFunctionExpression(at)) {
        const index = at.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === node.text);
        if (index < 0) continue;
        const named = enclosingFunction(at.parameters[index]!);
        if (!named) return [];
        return (calls.get(named.name) ?? [])
          .filter((call) => ownNames.get(call.getSourceFile())?.has(named.name))
          .flatMap((call) => (call.arguments[index] ? [call.arguments[index]] : []));
      }
    }
    return null;
  };
  const seen = new Set<ts.Node>();
  type Hole = FoundMessage['fragmentOf'];
  const collect = (expression: ts.Expression, fragmentOf?: Hole): void => {
    if (seen.has(expression)) return;
    seen.add(expression);
    const node = ts.isParenthesizedExpression(expression) ? expression.expression : expression;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      found.push({
        text: node.text,
        isShape: false,
        ...(fragmentOf ? { fragmentOf } : {}),
        where: where(node),
      });
    } else if (ts.isTemplateExpression(node)) {
      const shape = node.head.text + node.templateSpans.map((span) => `{}${span.literal.text}`).join('');
      found.push({ text: shape, isShape: true, ...(fragmentOf ? { fragmentOf } : {}), where: where(node) });
      node.templateSpans.forEach((span, hole) => {
        if (ts.isIdentifier(span.expression)) {
          for (const argument of argumentsOf(span.expression) ?? []) collect(argument, { shape, hole });
        }
      });
    } else if (ts.isConditionalExpression(node)) {
      collect(node.whenTrue, fragmentOf);
      collect(node.whenFalse, fragmentOf);
    } else if (
      ts.isBinaryExpression(node) &&
      (node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
        node.operatorToken.kind === ts.SyntaxKind.BarBarToken)
    ) {
      collect(node.left, fragmentOf);
      collect(node.right, fragmentOf);
    } else if (ts.isIdentifier(node)) {
      for (const argument of argumentsOf(node) ?? []) collect(argument, fragmentOf);
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      for (const fn of functions.get(node.expression.text) ?? []) {
        if (ts.isArrowFunction(fn) && !ts.isBlock(fn.body)) collect(fn.body, fragmentOf);
        const visitReturns = (inner: ts.Node): void => {
          if (ts.isReturnStatement(inner) && inner.expression) collect(inner.expression, fragmentOf);
          if (!ts.isFunctionLike(inner)) ts.forEachChild(inner, visitReturns);
        };
        if (fn.body) ts.forEachChild(fn.body, visitReturns);
      }
    }
  };

  for (const { path, source } of files) {
    if (outOfScope.some((pattern) => pattern.test(path))) continue;
    const visit = (node: ts.Node): void => {
      if (
        ts.isNewExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'DomainError'
      ) {
        const message = node.arguments?.[1];
        if (message) collect(message);
      }
      if (
        ts.isPropertyAssignment(node) &&
        ts.isIdentifier(node.name) &&
        ['message', 'detail', 'error'].includes(node.name.text)
      ) {
        collect(node.initializer);
      }
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const method = node.expression.name.text;
        const last = node.arguments[node.arguments.length - 1];
        if (zodMessageMethods.has(method) && node.arguments.length >= 2 && last && isText(last)) {
          collect(last);
        }
        if (zodMessageOnlyMethods.has(method) && last && isText(last)) collect(last);
        if (
          method === 'push' &&
          ts.isIdentifier(node.expression.expression) &&
          node.expression.expression.text === 'problems'
        ) {
          for (const argument of node.arguments) if (isText(argument)) collect(argument);
        }
      }
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'problem'
      ) {
        const detail = node.arguments[2];
        if (detail) collect(detail);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function isText(node: ts.Node): boolean {
  return (
    ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)
  );
}
