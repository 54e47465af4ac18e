import { describe, expect, it } from 'vitest';
import { mayPropose, proposalsOfUnit, type Proposal } from '@shared/rules/quota';

const p = (initiativeId: string, unitId: string, rank: number | null): Proposal => ({
  initiativeId,
  unitId,
  title: `Sáng kiến ${initiativeId}`,
  rank,
});

describe('the quota of proposals per unit', () => {
  const three = [p('a', 'u1', 2), p('b', 'u1', 1), p('c', 'u1', null)];

  it('allows up to the quota and counts the places left', () => {
    expect(mayPropose([], p('a', 'u1', 1))).toEqual({
      allowed: true,
      alreadyProposed: false,
      placesLeft: 2,
    });
    expect(mayPropose(three.slice(0, 2), p('c', 'u1', 3))).toMatchObject({
      allowed: true,
      placesLeft: 0,
    });
  });

  it('refuses a fourth and names the three holding the places, best rank first', () => {
    const d = mayPropose(three, p('d', 'u1', 4));
    expect(d.allowed).toBe(false);
    if (d.allowed) return;
    expect(d.holders.map((h) => h.initiativeId)).toEqual(['b', 'a', 'c']);
    expect(d.message).toBe(
      'Đơn vị đã đề xuất đủ 3 sáng kiến (hạn mức mỗi đơn vị): "Sáng kiến b" (hạng 1), "Sáng kiến a" (hạng 2), "Sáng kiến c". Muốn đề xuất "Sáng kiến d", hãy bỏ chọn một sáng kiến trong số đó trước.',
    );
  });

  it('applies the quota per unit', () => {
    expect(mayPropose(three, p('x', 'u2', 1)).allowed).toBe(true);
    expect(proposalsOfUnit([...three, p('x', 'u2', 1)], 'u2')).toHaveLength(1);
  });

  it('accepts proposing again one already proposed', () => {
    expect(mayPropose(three, p('a', 'u1', 2))).toEqual({
      allowed: true,
      alreadyProposed: true,
      placesLeft: 0,
    });
  });

  it('follows a programme quota other than three', () => {
    expect(mayPropose(three.slice(0, 1), p('z', 'u1', 5), 1).allowed).toBe(false);
    expect(mayPropose(three, p('z', 'u1', 5), 5).allowed).toBe(true);
  });
});
