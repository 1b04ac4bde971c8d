// @ts-check
import { defineEcConfig, pluginFramesTexts } from 'astro-expressive-code';

// Expressive Code ships English and German button texts; add Chinese.
pluginFramesTexts.addLocale('zh-CN', {
  terminalWindowFallbackTitle: '终端窗口',
  copyButtonTooltip: '复制到剪贴板',
  copyButtonCopied: '已复制！',
});

/**
 * Every code block is focusable from the start, so keyboard users can scroll
 * a wide one. (Expressive Code's own script does it only once it has measured
 * the block, after load, and then leaves an unlabelled role="region".) Its
 * copy button gets a type and an accessible name besides its title.
 */
/** @type {import('astro-expressive-code').ExpressiveCodePlugin} */
const focusableCode = {
  name: 'focusable-code',
  hooks: {
    postprocessRenderedBlock: ({ renderData }) => {
      /** @param {any} node */
      const visit = (node) => {
        if (node.type === 'element' && node.tagName === 'pre') node.properties.tabIndex = 0;
        // The copy button is named by its title only; give it a type and an accessible name too.
        if (node.type === 'element' && node.tagName === 'button') {
          node.properties.type = 'button';
          if (node.properties.title) node.properties.ariaLabel = node.properties.title;
        }
        for (const child of node.children ?? []) visit(child);
      };
      visit(renderData.blockAst);
    },
  },
};

/** Expressive Code, shared by Markdown code fences and any <Code> component. */
export default defineEcConfig({
  themes: ['github-light', 'github-dark'],
  plugins: [focusableCode],
  // The theme follows <html data-theme>, set before first paint by the theme script.
  themeCssSelector: (theme) => `[data-theme='${theme.type}']`,
  // Readers without JavaScript still get the theme their system prefers.
  useDarkModeMediaQuery: true,
  // Button texts follow the chapter's language, read from its folder.
  getBlockLocale: ({ file }) => (/[\\/]content[\\/]en[\\/]/.test(file.path) ? 'en' : 'zh-CN'),
  styleOverrides: {
    borderRadius: '0.4rem',
    codeFontFamily: 'var(--font-mono)',
    uiFontFamily: 'var(--font-sans)',
    codeFontSize: '0.875rem',
  },
  defaultProps: {
    // Long lines scroll inside the block rather than widening the page.
    wrap: false,
  },
});
