// Keyboard movement in the score grids of a session (issue 3: "as fast as the paper"). Tab goes
// right along one member's sheet, Enter goes down to the next member; at an edge the move wraps
// to the next row or column, then to the next initiative's grid.

export interface Cell {
  grid: number;
  row: number;
  col: number;
}

export interface GridSize {
  grids: number;
  rows: number;
  cols: number;
}

export type Move = 'right' | 'left' | 'down' | 'up';

const inside = (c: Cell, s: GridSize): Cell | null => (c.grid >= 0 && c.grid < s.grids ? c : null);

/** The cell a move lands on, or null when it would leave the last (or first) grid. */
export const nextCell = (at: Cell, move: Move, s: GridSize): Cell | null => {
  const { grid, row, col } = at;
  switch (move) {
    case 'right':
      if (col + 1 < s.cols) return { grid, row, col: col + 1 };
      if (row + 1 < s.rows) return { grid, row: row + 1, col: 0 };
      return inside({ grid: grid + 1, row: 0, col: 0 }, s);
    case 'left':
      if (col > 0) return { grid, row, col: col - 1 };
      if (row > 0) return { grid, row: row - 1, col: s.cols - 1 };
      return inside({ grid: grid - 1, row: s.rows - 1, col: s.cols - 1 }, s);
    case 'down':
      if (row + 1 < s.rows) return { grid, row: row + 1, col };
      if (col + 1 < s.cols) return { grid, row: 0, col: col + 1 };
      return inside({ grid: grid + 1, row: 0, col: 0 }, s);
    case 'up':
      if (row > 0) return { grid, row: row - 1, col };
      if (col > 0) return { grid, row: s.rows - 1, col: col - 1 };
      return inside({ grid: grid - 1, row: s.rows - 1, col: s.cols - 1 }, s);
  }
};

/** The move a key asks for in a score cell, or null for keys the input handles itself. */
export const moveOfKey = (e: { key: string; shiftKey: boolean }): Move | null => {
  if (e.key === 'Tab') return e.shiftKey ? 'left' : 'right';
  if (e.key === 'Enter') return e.shiftKey ? 'up' : 'down';
  return null;
};

export const cellId = (c: Cell): string => `${c.grid}:${c.row}:${c.col}`;
