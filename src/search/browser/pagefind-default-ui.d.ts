// @pagefind/default-ui ships no type declarations; these cover what we use.
declare module '@pagefind/default-ui' {
  export interface PagefindUIOptions {
    element: string | HTMLElement;
    bundlePath?: string;
    showSubResults?: boolean;
    showImages?: boolean;
    resetStyles?: boolean;
    autofocus?: boolean;
    debounceTimeoutMs?: number;
    translations?: Record<string, string>;
    processTerm?: (term: string) => string;
    /** Passed through to Pagefind itself, e.g. `highlightParam`. */
    [pagefindOption: string]: unknown;
  }
  export class PagefindUI {
    constructor(options: PagefindUIOptions);
    triggerSearch(term: string): void;
    destroy(): void;
  }
}
