// Where a new plan's yaml-language-server modeline points.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaReference } from '../../src/interview/modeline.js';
import { ROOT } from '../helpers.js';

const URL_ID = 'https://netplan.dev/schemas/v1/plan.schema.json';

describe('schemaReference', () => {
  it('is the path from the plan to the schema when netplan is installed in the plan\'s project', () => {
    const exists = (p: string) => p === '/home/dana/job/package.json';
    const schemaFile = '/home/dana/job/node_modules/netplan/schemas/plan.schema.json';
    expect(schemaReference('/home/dana/job/plan.yaml', { schemaFile, exists })).toBe('./node_modules/netplan/schemas/plan.schema.json');
    expect(schemaReference('/home/dana/job/plans/dana.plan.yaml', { schemaFile, exists })).toBe(
      '../node_modules/netplan/schemas/plan.schema.json',
    );
  });

  it('counts a git repository as a project', () => {
    const exists = (p: string) => p === '/srv/plans/.git';
    expect(schemaReference('/srv/plans/team/a.plan.yaml', { schemaFile: '/srv/plans/node_modules/netplan/schemas/plan.schema.json', exists })).toBe(
      '../node_modules/netplan/schemas/plan.schema.json',
    );
  });

  it('is the schema\'s $id URL when netplan is installed outside the plan\'s project (a global install)', () => {
    const exists = (p: string) => p === '/home/dana/job/package.json';
    expect(schemaReference('/home/dana/job/plan.yaml', { schemaFile: '/usr/lib/node_modules/netplan/schemas/plan.schema.json', exists })).toBe(URL_ID);
  });

  it('is the $id URL for a plan in no project at all', () => {
    expect(schemaReference('/tmp/x/plan.yaml', { schemaFile: '/usr/lib/node_modules/netplan/schemas/plan.schema.json', exists: () => false })).toBe(URL_ID);
  });

  it('points into netplan\'s own repository for a plan written there', () => {
    expect(schemaReference(join(ROOT, 'examples', 'new.plan.yaml'))).toBe('../schemas/plan.schema.json');
    expect(schemaReference(join(ROOT, 'plan.yaml'))).toBe('./schemas/plan.schema.json');
  });
});
