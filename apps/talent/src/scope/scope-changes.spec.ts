import { talentEntitlements } from '@ladder/policy';

import { scopeChanges } from './scope-changes';

const littleGiant = { tier: 'little-giant' as const, certifiedOn: '2023-07-01', validUntil: '2026-06-30' };

describe('scope changes of a title event', () => {
  it('should start every measure of a 小巨人 on its recognition date when the title is recognised', () => {
    // Arrange
    const before = talentEntitlements({ date: '2023-07-01', titles: [] });
    const after = talentEntitlements({ date: '2023-07-01', titles: [littleGiant] });

    // Act
    const changes = scopeChanges(before, after, '2023-07-01', null);

    // Assert
    expect(changes.map((c) => [c.kind, c.payload.measure])).toEqual([
      ['started', 'S-53'],
      ['started', 'S-54'],
      ['started', 'S-55a'],
      ['started', 'S-55b'],
      ['started', 'S-55c'],
      ['started', 'S-55d'],
    ]);
    expect(changes[0]?.payload).toMatchObject({ effectiveOn: '2023-07-01', tier: 'little-giant', until: '2026-06-30' });
  });

  it('should end the 2+3+N scope the day after revocation when a 专精特新 title still carries the others', () => {
    // Arrange
    const specialized = { tier: 'specialized' as const, certifiedOn: '2022-08-01', validUntil: '2025-07-31' };
    const before = talentEntitlements({ date: '2024-11-02', titles: [specialized, littleGiant] });
    const after = talentEntitlements({ date: '2024-11-02', titles: [specialized, { ...littleGiant, revokedOn: '2024-11-01' }] });

    // Act
    const changes = scopeChanges(before, after, '2024-11-02', 'revoked');

    // Assert
    expect(changes).toEqual([
      { kind: 'ended', payload: expect.objectContaining({ measure: 'S-53', effectiveOn: '2024-11-02', cause: 'revoked', tier: 'little-giant' }) },
    ]);
  });

  it('should end the measures of a 专精特新 title the day after it expires', () => {
    // Arrange
    const title = { tier: 'specialized' as const, certifiedOn: '2021-07-01', validUntil: '2024-06-30' };
    const before = talentEntitlements({ date: '2024-06-30', titles: [title] });
    const after = talentEntitlements({ date: '2024-07-01', titles: [title] });

    // Act
    const changes = scopeChanges(before, after, '2024-07-01', 'expired');

    // Assert
    expect(changes.map((c) => `${c.kind} ${c.payload.measure}`)).toEqual(['ended S-54', 'ended S-55a', 'ended S-55b', 'ended S-55c', 'ended S-55d']);
    expect(changes[0]?.payload).toMatchObject({ effectiveOn: '2024-07-01', cause: 'expired', tier: 'specialized' });
  });

  it('should record nothing when a renewal keeps the measures applying', () => {
    // Arrange
    const before = talentEntitlements({ date: '2024-03-01', titles: [littleGiant] });
    const after = talentEntitlements({ date: '2024-03-01', titles: [{ ...littleGiant, validUntil: '2027-06-30' }] });

    // Act / Assert
    expect(scopeChanges(before, after, '2024-03-01', null)).toEqual([]);
  });
});
