import { describe, expect, it } from 'vitest';
import { grants, isMasterRight } from '../../../src/core/identity/rights';

describe('rights with wildcards', () => {
  it('grants exact names and everything below a master right', () => {
    expect(grants(['base.framework.object.view'], 'base.framework.object.view')).toBe(true);
    expect(grants(['base.framework.object.*'], 'base.framework.object.delete')).toBe(true);
    expect(grants(['base.*'], 'base.user-management.user.delete')).toBe(true);
    expect(grants(['base.framework.*'], 'base.framework.type.view')).toBe(true);
  });

  it('does not grant siblings, parents or prefix look-alikes', () => {
    expect(grants(['base.framework.object.view'], 'base.framework.object.edit')).toBe(false);
    expect(grants(['base.framework.object.*'], 'base.framework.objects.view')).toBe(false);
    expect(grants(['base.framework.object.*'], 'base.framework.*')).toBe(false);
    expect(grants(['base.framework.object.view'], 'base.framework.object.*')).toBe(false);
    expect(grants([], 'base.*')).toBe(false);
  });

  it('knows master rights', () => {
    expect(isMasterRight('base.*')).toBe(true);
    expect(isMasterRight('base.framework.object.view')).toBe(false);
  });
});
