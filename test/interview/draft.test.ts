// Where drafts of interrupted interviews live: the user's state folder, one per
// plan by its absolute path, never beside the plan.
import { homedir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { draftFolder, draftPath } from '../../src/interview/draft.js';

describe('draft location', () => {
  it('is $XDG_STATE_HOME/netplan, else ~/.local/state/netplan', () => {
    expect(draftFolder({ XDG_STATE_HOME: '/home/dana/.state' })).toBe('/home/dana/.state/netplan');
    expect(draftFolder({ HOME: '/home/dana' })).toBe('/home/dana/.local/state/netplan');
    // The XDG spec: a relative path is invalid and ignored.
    expect(draftFolder({ XDG_STATE_HOME: 'state', HOME: '/home/dana' })).toBe('/home/dana/.local/state/netplan');
    expect(draftFolder({})).toBe(`${homedir()}/.local/state/netplan`);
  });

  it('is keyed by the absolute path of the plan: two plan.yaml files never share a draft', () => {
    const env = { XDG_STATE_HOME: '/s' };
    const a = draftPath('/home/dana/job/plan.yaml', env);
    const b = draftPath('/home/dana/other/plan.yaml', env);
    expect(a).toMatch(/^\/s\/netplan\/plan\.yaml\.[0-9a-f]{16}\.draft\.json$/);
    expect(b).toMatch(/^\/s\/netplan\/plan\.yaml\.[0-9a-f]{16}\.draft\.json$/);
    expect(a).not.toBe(b);
    expect(draftPath('/home/dana/job/./plan.yaml', env)).toBe(a);
  });
});
