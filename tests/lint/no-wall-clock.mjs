// ESLint rule for the test suites: no test may assert how long something took, and none
// may sleep a fixed time waiting for something to happen. CI runs on a busy 2-core machine;
// a stopwatch in a test turns load into a red build. A test waits for the condition it is
// about (expect.poll, a locator, waitForFunction, an event) and asserts the mechanism; a
// speed promise belongs in `npm run bench` (percentiles beside a baseline).
//
// Flagged:
// - `x.waitForTimeout(…)` (Playwright's fixed sleep);
// - `await new Promise((r) => setTimeout(r, n))` outside a loop (inside a loop it is the
//   interval of a poll or the pace of a load, which waits for nothing);
// - `setTimeout` from `timers/promises` (the same sleep, imported);
// - an ordering matcher (toBeLessThan, toBeGreaterThan…, toBeCloseTo) whose subject or
//   bound comes from the clock: Date.now(), performance.now(), process.hrtime(), or a
//   variable computed from one (followed through assignments, scope-aware).

const CLOCK_CALLS = new Set(['Date.now', 'performance.now', 'process.hrtime', 'process.hrtime.bigint']);
const ORDER_MATCHERS = new Set(['toBeLessThan', 'toBeLessThanOrEqual', 'toBeGreaterThan', 'toBeGreaterThanOrEqual', 'toBeCloseTo']);
const LOOPS = new Set(['WhileStatement', 'DoWhileStatement', 'ForStatement', 'ForOfStatement', 'ForInStatement']);
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

function calleeName(node) {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') {
    const object = calleeName(node.object);
    return object ? `${object}.${node.property.name}` : null;
  }
  return null;
}

/** `node` and every node below it, nested functions included. */
function* walk(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const key of Object.keys(node)) {
    if (key === 'parent') continue;
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) yield* walk(child);
    else if (value && typeof value.type === 'string') yield* walk(value);
  }
}

function enclosingFunction(node) {
  let current = node.parent;
  while (current && !FUNCTIONS.has(current.type)) current = current.parent;
  return current;
}

/** setTimeout(resolve, n) or setTimeout(() => resolve(), n) in the executor of a `new Promise`: a sleep. */
function resolvesExecutor(call) {
  const executor = enclosingFunction(call);
  const promise = executor?.parent;
  if (promise?.type !== 'NewExpression' || calleeName(promise.callee) !== 'Promise' || promise.arguments[0] !== executor) return false;
  const resolve = executor.params[0]?.type === 'Identifier' ? executor.params[0].name : null;
  const callback = call.arguments[0];
  if (!resolve || !callback) return false;
  if (callback.type === 'Identifier') return callback.name === resolve;
  if (FUNCTIONS.has(callback.type)) return [...walk(callback.body)].some((n) => n.type === 'CallExpression' && calleeName(n.callee) === resolve);
  return false;
}

function insideLoop(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (LOOPS.has(current.type)) return true;
    if (FUNCTIONS.has(current.type)) return false;
  }
  return false;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Tests wait for conditions, not for clocks; they assert mechanisms, not elapsed time.' },
    messages: {
      waitForTimeout: 'waitForTimeout is a fixed sleep: wait for the condition (expect.poll, a locator, waitForFunction).',
      sleep: 'Fixed sleep in a test: wait for the condition itself (expect.poll, an event), or measure speed in `npm run bench`.',
      timersPromises: 'setTimeout from timers/promises is a fixed sleep: wait for the condition instead.',
      clockAssertion: 'This asserts elapsed wall-clock time, which fails on a loaded machine: assert the mechanism, and measure speed in `npm run bench`.',
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const expectChains = [];

    const variableOf = (identifier) => {
      for (let scope = sourceCode.getScope(identifier); scope; scope = scope.upper) {
        const reference = scope.references.find((r) => r.identifier === identifier);
        if (reference) return reference.resolved;
      }
      return null;
    };

    return {
      CallExpression(node) {
        const name = calleeName(node.callee);
        if (node.callee.type === 'MemberExpression' && !node.callee.computed && node.callee.property.name === 'waitForTimeout') {
          context.report({ node, messageId: 'waitForTimeout' });
        }
        if (name === 'setTimeout' && resolvesExecutor(node) && !insideLoop(enclosingFunction(node).parent)) {
          context.report({ node: enclosingFunction(node).parent, messageId: 'sleep' });
        }
        if (node.callee.type === 'MemberExpression' && !node.callee.computed && ORDER_MATCHERS.has(node.callee.property.name)) {
          // Find the expect(…) at the root of the chain: expect(x).not.toBeLessThan(…), expect.poll(f).toBe…
          let root = node.callee.object;
          while (root && root.type === 'MemberExpression') root = root.object;
          if (root?.type === 'CallExpression' && /^expect(\.soft|\.poll)?$/.test(calleeName(root.callee) ?? '')) {
            expectChains.push({ node, parts: [root.arguments[0], ...node.arguments] });
          }
        }
      },
      ImportDeclaration(node) {
        if (!/^(node:)?timers\/promises$/.test(String(node.source.value))) return;
        for (const specifier of node.specifiers) {
          if (specifier.type === 'ImportSpecifier' && specifier.imported.name === 'setTimeout') context.report({ node: specifier, messageId: 'timersPromises' });
        }
      },
      'Program:exit'(program) {
        // Variables whose value comes from the clock, followed to a fixed point.
        const clockVariables = new Set();
        const clockMembers = new Set();
        const memberKey = (member) => sourceCode.getText(member).replace(/\?\./g, '.');
        // A value from the clock, through arithmetic only: a string or a count computed
        // from a clock reading by a call (a unique name, `new Date(…)`) is another thing.
        const fromClock = (e) => {
          if (!e) return false;
          switch (e.type) {
            case 'CallExpression':
              return CLOCK_CALLS.has(calleeName(e.callee) ?? '');
            case 'Identifier': {
              const variable = variableOf(e);
              return !!variable && clockVariables.has(variable);
            }
            case 'MemberExpression':
              return clockMembers.has(memberKey(e));
            case 'BinaryExpression':
            case 'LogicalExpression':
              return fromClock(e.left) || fromClock(e.right);
            case 'ConditionalExpression':
              return fromClock(e.consequent) || fromClock(e.alternate);
            case 'UnaryExpression':
            case 'AwaitExpression':
              return fromClock(e.argument);
            case 'ChainExpression':
            case 'TSAsExpression':
            case 'TSNonNullExpression':
              return fromClock(e.expression);
            case 'SequenceExpression':
              return fromClock(e.expressions.at(-1));
            default:
              return false;
          }
        };
        const assignments = [];
        for (const n of walk(program)) {
          if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init) assignments.push({ target: n.id, value: n.init });
          if (n.type === 'AssignmentExpression' && n.left.type === 'Identifier') assignments.push({ target: n.left, value: n.right });
          if (n.type === 'AssignmentExpression' && n.left.type === 'MemberExpression') assignments.push({ target: null, member: n.left, value: n.right });
        }
        // Properties written from the clock (tally.lastError = Date.now()) count by their path.
        for (let changed = true; changed; ) {
          changed = false;
          for (const { target, member, value } of assignments) {
            if (!fromClock(value)) continue;
            if (target) {
              const variable = variableOf(target) ?? sourceCode.getDeclaredVariables(target.parent).find((v) => v.name === target.name);
              if (variable && !clockVariables.has(variable)) {
                clockVariables.add(variable);
                changed = true;
              }
            } else {
              const key = memberKey(member);
              if (!clockMembers.has(key)) {
                clockMembers.add(key);
                changed = true;
              }
            }
          }
        }
        for (const { node, parts } of expectChains) {
          if (parts.some(fromClock)) context.report({ node, messageId: 'clockAssertion' });
        }
      },
    };
  },
};

export default rule;
