// Where a new plan's yaml-language-server modeline points: always a relative
// path to a schema file that is there (the language server loads it offline).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaLink } from '../../src/interview/modeline.js';
import { ROOT } from '../helpers.js';

const GLOBAL = '/usr/lib/node_modules/netplan/schemas/plan.schema.json';

describe('schemaLink', () => {
  it("is the path through node_modules/netplan when netplan is installed in the plan's project", () => {
    const installed = '/home/dana/job/node_modules/netplan/schemas/plan.schema.json';
    const exists = (p: string) => p === '/home/dana/job/package.json' || p === installed;
    expect(schemaLink('/home/dana/job/plan.yaml', { schemaFile: installed, exists })).toEqual({
      reference: './node_modules/netplan/schemas/plan.schema.json',
    });
    expect(schemaLink('/home/dana/job/plans/dana.plan.yaml', { schemaFile: installed, exists })).toEqual({
      reference: '../node_modules/netplan/schemas/plan.schema.json',
    });
  });

  it('uses the project\'s netplan even when a global one runs, and a node_modules/netplan that is a link (npm link, file:)', () => {
    const exists = (p: string) => p === '/srv/plans/.git' || p === '/srv/plans/node_modules/netplan/schemas/plan.schema.json';
    expect(schemaLink('/srv/plans/team/a.plan.yaml', { schemaFile: GLOBAL, exists })).toEqual({
      reference: '../node_modules/netplan/schemas/plan.schema.json',
    });
  });

  it('is a copy beside the plan when netplan is not in the plan\'s project (a global install)', () => {
    const exists = (p: string) => p === '/home/dana/job/package.json';
    expect(schemaLink('/home/dana/job/plan.yaml', { schemaFile: GLOBAL, exists })).toEqual({
      reference: './netplan.schema.json',
      copy: '/home/dana/job/netplan.schema.json',
    });
  });

  it('is a copy beside the plan for a plan in no project at all', () => {
    expect(schemaLink('/tmp/x/plan.yaml', { schemaFile: GLOBAL, exists: () => false })).toEqual({
      reference: './netplan.schema.json',
      copy: '/tmp/x/netplan.schema.json',
    });
  });

  it("points into netplan's own repository for a plan written there", () => {
    expect(schemaLink(join(ROOT, 'examples', 'new.plan.yaml'))).toEqual({ reference: '../schemas/plan.schema.json' });
    expect(schemaLink(join(ROOT, 'plan.yaml'))).toEqual({ reference: './schemas/plan.schema.json' });
  });
});
