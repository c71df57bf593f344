import { BASE, EXAMPLE_PLAN } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

/** A plan with `n` targets, one per line from line 5. */
function targets(n: number): string {
  let yaml = BASE + 'targets:\n';
  for (let i = 1; i <= n; i++) yaml += `  - { id: t${i}, function: Analyst ${i}, industry: CPG, geography: St. Louis }\n`;
  return yaml;
}

ruleTester('target-count', {
  valid: [
    { name: 'as many targets as the limit', yaml: targets(3) },
    { name: 'no targets', yaml: targets(0) },
    { name: 'as many targets as the max option', yaml: targets(5), options: { max: 5 } },
    { name: 'only targets that are mappings count', yaml: targets(3) + '  - analyst\n  - null\n' },
    { name: 'targets that are not a list', yaml: BASE + 'targets: { a: 1, b: 2, c: 3, d: 4 }\n' },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    {
      name: 'once, at the first target beyond the limit, with the count and the limit',
      yaml: targets(5),
      errors: [{ messageId: 'tooMany', data: { count: 5, max: 3, keep: 'the 3' }, line: 8, column: 5, path: '/targets/3' }],
    },
    {
      name: 'one target too many',
      yaml: targets(4),
      errors: [{ messageId: 'tooMany', data: { count: 4, max: 3, keep: 'the 3' }, line: 8, column: 5, path: '/targets/3' }],
    },
    {
      name: '"the one" for a max of 1',
      yaml: targets(2),
      options: { max: 1 },
      errors: [{ messageId: 'tooMany', data: { count: 2, max: 1, keep: 'the one' }, line: 6, column: 5, path: '/targets/1' }],
    },
  ],
});
