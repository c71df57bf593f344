import { defineRule, type RuleReport } from '../rule.js';
import { capitalize, describeItem } from '../../plan/describe.js';
import { field, planEntries } from '../read.js';

/** The fix, naming the plan's own target ids when it has some. */
function advice(plan: unknown): string {
  const ids = planEntries(plan, 'targets')
    .map(({ entry }) => field(entry, 'id'))
    .filter((id): id is string => typeof id === 'string' && id.trim() !== '');
  if (ids.length === 0) return 'add a job target under targets and set target to its id';
  const shown = ids.slice(0, 3).map((id) => JSON.stringify(id));
  const more = ids.length > 3 ? ', ...' : '';
  return ids.length === 1
    ? `set target to ${shown[0]}, or add the job target it belongs to`
    : `set target to the job target it belongs to (${shown.join(', ')}${more})`;
}

export default defineRule({
  meta: {
    id: 'organization-target',
    severity: 'warning',
    description: 'an organization names no job target',
    rationale: [
      'Organizations are on your list because they fit a job target: in the Five O\'Clock Club method',
      'you build one list of organizations per target and work the targets in order. An organization',
      'tied to no target is a sign of a scattered search, and it cannot be ranked against the others or',
      'pitched with the right story. The rule fires when an organization has no `target`, or a blank',
      'one. Whether the target exists is checked by `valid-references`.',
    ].join('\n'),
    examples: {
      fail: [
        'organizations:',
        '  - id: acme-foods',
        '    name: ACME Foods',
      ].join('\n'),
      pass: [
        'targets:',
        '  - id: cpg-analytics',
        '    function: Senior supply-chain analyst',
        '    industry: Consumer packaged goods',
        '    geography: St. Louis metro',
        'organizations:',
        '  - id: acme-foods',
        '    name: ACME Foods',
        '    target: cpg-analytics',
      ].join('\n'),
    },
  },
  check({ plan }) {
    const reports: RuleReport[] = [];
    for (const { entry, path } of planEntries(plan, 'organizations')) {
      const target = field(entry, 'target');
      // A target of another type is the schema's to report: the person did name one.
      if (target !== undefined && target !== null && !(typeof target === 'string' && target.trim() === '')) continue;
      reports.push({
        path,
        message: `${capitalize(describeItem(plan, path))} names no job target: ${advice(plan)}`,
      });
    }
    return reports;
  },
});
