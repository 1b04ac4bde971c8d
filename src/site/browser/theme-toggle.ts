export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'theme';

function savedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

function systemTheme(): Theme {
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function currentTheme(): Theme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

/** Applies a theme and tells interested components (diagrams) it changed. */
function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  for (const button of document.querySelectorAll<HTMLButtonElement>('.theme-toggle')) {
    button.setAttribute('aria-pressed', String(theme === 'dark'));
  }
  document.dispatchEvent(new CustomEvent('themechange', { detail: { theme } }));
}

/** Without JavaScript the button stays invisible (.needs-js) and the page follows the system theme. */
export function initThemeToggle(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.theme-toggle')) {
    button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
    button.addEventListener('click', () => {
      const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Private mode or storage disabled: the choice lasts for this page only.
      }
      applyTheme(next);
    });
  }
  // Until the reader picks a theme, follow the system as it changes.
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (savedTheme() === null) applyTheme(systemTheme());
  });
}
