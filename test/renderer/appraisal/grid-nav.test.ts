import { describe, expect, it } from 'vitest';
import { moveOfKey, nextCell } from '../../../renderer/src/features/appraisal/grid-nav';

const size = { grids: 2, rows: 3, cols: 3 };

describe('grid-nav', () => {
  it('Tab goes right, wraps to the next member, then to the next grid, then stops', () => {
    expect(nextCell({ grid: 0, row: 0, col: 0 }, 'right', size)).toEqual({
      grid: 0,
      row: 0,
      col: 1,
    });
    expect(nextCell({ grid: 0, row: 0, col: 2 }, 'right', size)).toEqual({
      grid: 0,
      row: 1,
      col: 0,
    });
    expect(nextCell({ grid: 0, row: 2, col: 2 }, 'right', size)).toEqual({
      grid: 1,
      row: 0,
      col: 0,
    });
    expect(nextCell({ grid: 1, row: 2, col: 2 }, 'right', size)).toBeNull();
  });

  it('Enter goes down, wraps to the top of the next criterion; Shift reverses both', () => {
    expect(nextCell({ grid: 0, row: 0, col: 1 }, 'down', size)).toEqual({
      grid: 0,
      row: 1,
      col: 1,
    });
    expect(nextCell({ grid: 0, row: 2, col: 1 }, 'down', size)).toEqual({
      grid: 0,
      row: 0,
      col: 2,
    });
    expect(nextCell({ grid: 0, row: 0, col: 2 }, 'up', size)).toEqual({ grid: 0, row: 2, col: 1 });
    expect(nextCell({ grid: 1, row: 0, col: 0 }, 'left', size)).toEqual({
      grid: 0,
      row: 2,
      col: 2,
    });
    expect(nextCell({ grid: 0, row: 0, col: 0 }, 'up', size)).toBeNull();
  });

  it('reads keys', () => {
    expect(moveOfKey({ key: 'Tab', shiftKey: false })).toBe('right');
    expect(moveOfKey({ key: 'Tab', shiftKey: true })).toBe('left');
    expect(moveOfKey({ key: 'Enter', shiftKey: false })).toBe('down');
    expect(moveOfKey({ key: '5', shiftKey: false })).toBeNull();
  });
});
