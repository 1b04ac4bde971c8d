/**
 * The event that asks a page to draw every diagram now, not as each scrolls
 * near: the book's export (src/export) sends it before it prints the
 * whole-book page or takes its chapters for the EPUB. Scrolling each of a
 * long book's diagrams into view in turn would lay the page out once per
 * diagram.
 */
export const DRAW_ALL_DIAGRAMS = 'diagrams:draw-all';
