// @ts-check
import { defineEcConfig, pluginFramesTexts } from 'astro-expressive-code';

// Expressive Code ships English and German button texts; add Chinese.
pluginFramesTexts.addLocale('zh-CN', {
  terminalWindowFallbackTitle: '终端窗口',
  copyButtonTooltip: '复制到剪贴板',
  copyButtonCopied: '已复制！',
});

/** Expressive Code, shared by Markdown code fences and any <Code> component. */
export default defineEcConfig({
  themes: ['github-light', 'github-dark'],
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
