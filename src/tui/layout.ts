/** Terminal size in character cells. */
export interface Viewport {
  columns: number;
  rows: number;
}

/** How the frame's lines are shared out; the same numbers drive paging in the reducer and drawing in the views. */
export interface FrameLayout {
  width: number;
  /** One row shorter than the terminal: Ink 6.8 clears the whole screen on every render of a full-height frame. */
  height: number;
  hints: boolean;
  columnHeader: boolean;
  /** Lines of the event list (at least 1). */
  listHeight: number;
  /** Lines of the detail pane below the list, its rule excluded; 0 when the pane is hidden. */
  detailHeight: number;
  /** Lines between header and key hints: what an overlay, or the detail replacing a hidden pane, can use. */
  bodyHeight: number;
}

/** Lays out a frame for a terminal size: header, column header, list, rule + detail pane, key hints. */
export function frameLayout({ columns, rows }: Viewport): FrameLayout {
  const height = Math.max(1, rows - 1);
  const hints = height >= 4;
  const columnHeader = height >= 10;
  const fixed = 1 + (hints ? 1 : 0) + (columnHeader ? 1 : 0);
  const remaining = Math.max(1, height - fixed);
  // Below 12 free lines the list matters more than the detail, which Tab then shows in the list's place.
  const detailBlock = remaining >= 12 ? Math.min(16, Math.floor(remaining * 0.4)) : 0;
  return {
    width: Math.max(1, columns),
    height,
    hints,
    columnHeader,
    listHeight: Math.max(1, remaining - detailBlock),
    detailHeight: detailBlock > 0 ? detailBlock - 1 : 0,
    bodyHeight: remaining + (columnHeader ? 1 : 0),
  };
}
