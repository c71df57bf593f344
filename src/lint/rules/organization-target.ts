import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { describeItem } from '../../plan/describe.js';
import { capitalize } from '../../text.js';
import { field, missing, planEntries } from '../read.js';

/** The fix, by message id, naming the plan's own target ids when it has some. */
function advice(plan: unknown): { messageId: string; data: Record<string, string> } {
  const ids = planEntries(plan, 'targets')
    .map(({ entry }) => field(entry, 'id'))
    .filter((id): id is string => typeof id === 'string' && id.trim() !== '');
  if (ids.length === 0) return { messageId: 'noTargets', data: {} };
  if (ids.length === 1) return { messageId: 'oneTarget', data: { target: JSON.stringify(ids[0]) } };
  const shown = ids.slice(0, 3).map((id) => JSON.stringify(id));
  return { messageId: 'targets', data: { targets: shown.join(', ') + (ids.length > 3 ? ', ...' : '') } };
}

const NO_TARGET = '{organization} names no job target';

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
    messages: {
      noTargets: `${NO_TARGET}: add a job target under targets and set target to its id`,
      oneTarget: `${NO_TARGET}: set target to {target}, or add the job target it belongs to`,
      targets: `${NO_TARGET}: set target to the job target it belongs to ({targets})`,
    },
    examples: {
      fail: dedent(`
        organizations:
          - id: acme-foods
            name: ACME Foods
      `),
      pass: dedent(`
        targets:
          - id: cpg-analytics
            function: Senior supply-chain analyst
            industry: Consumer packaged goods
            geography: St. Louis metro
        organizations:
          - id: acme-foods
            name: ACME Foods
            target: cpg-analytics
      `),
    },
  },
  check({ plan }) {
    const reports: RuleReport[] = [];
    for (const { entry, path } of planEntries(plan, 'organizations')) {
      // A target of another type is the schema's to report: the person did name one.
      if (!missing(field(entry, 'target'))) continue;
      const { messageId, data } = advice(plan);
      reports.push({ path, messageId, data: { organization: capitalize(describeItem(plan, path)), ...data } });
    }
    return reports;
  },
});
