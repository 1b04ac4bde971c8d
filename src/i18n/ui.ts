import type { Locale } from './locales';

/** Interface strings. Chinese is the reference: English must have every key. */
const zh = {
  'site.title': '大模型创业指南',
  'site.tagline': '写给构建者与创业者的大模型实践手册',
  'home.intro':
    '本书面向希望用大模型（Large Models）构建产品的工程师与创业者：从背景与核心概念讲起，到算法原理、数学公式和可运行的代码，再到应用场景、未来趋势与资源推荐。书中对原始材料里的事实错误做了更正，全部列在勘误页。',
  'home.chapters': '章节',
  'home.start': '开始阅读',
  'nav.skip': '跳到正文',
  'nav.chapters': '章节目录',
  'nav.menu': '菜单',
  'nav.toc': '本页目录',
  'nav.pagination': '上一章与下一章',
  'nav.previous': '上一章',
  'nav.next': '下一章',
  'nav.home': '首页',
  'nav.language': '语言',
  // Written in the language it offers: the switch shows the other language's string.
  'nav.switchLanguage': '阅读本页的中文版',
  'theme.dark': '深色主题',
  'heading.anchor': '链接到本节：{heading}',
  'footer.note': '内容依据原始材料整理，其中的错误已更正，详见',
  'footer.errata': '勘误',
  'page.notFound': '页面不存在',
  'chapter.readingTime': '约 {minutes} 分钟读完',
  'chapter.updated': '最后更新于',
  'chapter.edit': '在 GitHub 上编辑此页',
  'book.link': '全书单页',
  'book.title': '全书',
  'book.intro': '本页按顺序收录全部章节，便于通读、搜索页面内容或打印成一份文档。',
  'book.print': '打印或存为 PDF',
  'book.contents': '目录',
  'nav.backToTop': '回到顶部',
  'keys.title': '键盘快捷键',
  'keys.prevNext': '上一章 / 下一章',
  'keys.search': '打开搜索',
  'keys.close': '关闭搜索或弹出窗口',
  'search.open': '搜索',
  'search.title': '搜索本书',
  'search.close': '关闭',
  'search.devIndex': '搜索索引在构建时生成：请运行 npm run build，再用 npm run preview 预览站点。开发服务器（npm run dev）中没有索引。',
  'diagram.source': '查看图表源码',
  'diagram.zoom': '放大查看',
  'diagram.close': '关闭',
  'diagram.error': '无法绘制这张图表：Mermaid 报告了以下错误。',
} as const;

export type UiKey = keyof typeof zh;

const en: Record<UiKey, string> = {
  'site.title': 'Building with Large Models',
  'site.tagline': 'A practical handbook on large models for builders and founders',
  'home.intro':
    'This book is for engineers and founders who want to build products on large models: it starts with the background and the core concepts, goes through the algorithms, the formulas and runnable code, and ends with applications, future trends and resources. Factual errors in the source material have been corrected; every correction is listed on the errata page.',
  'home.chapters': 'Chapters',
  'home.start': 'Start reading',
  'nav.skip': 'Skip to content',
  'nav.chapters': 'Chapters',
  'nav.menu': 'Menu',
  'nav.toc': 'On this page',
  'nav.pagination': 'Previous and next chapter',
  'nav.previous': 'Previous',
  'nav.next': 'Next',
  'nav.home': 'Home',
  'nav.language': 'Language',
  'nav.switchLanguage': 'Read this page in English',
  'theme.dark': 'Dark theme',
  'heading.anchor': 'Link to section: {heading}',
  'footer.note': 'Edited from the source material, with its errors corrected; see the',
  'footer.errata': 'errata',
  'page.notFound': 'Page not found',
  'chapter.readingTime': '{minutes} min read',
  'chapter.updated': 'Last updated',
  'chapter.edit': 'Edit this page',
  'book.link': 'Whole book on one page',
  'book.title': 'The Whole Book',
  'book.intro': 'Every chapter in order on one page, to read straight through, search within the page, or print as one document.',
  'book.print': 'Print or save as PDF',
  'book.contents': 'Contents',
  'nav.backToTop': 'Back to top',
  'keys.title': 'Keyboard shortcuts',
  'keys.prevNext': 'Previous / next chapter',
  'keys.search': 'Open search',
  'keys.close': 'Close search or a dialog',
  'search.open': 'Search',
  'search.title': 'Search the book',
  'search.close': 'Close',
  'search.devIndex': 'The search index is built with the site: run npm run build, then npm run preview. The dev server (npm run dev) has no index.',
  'diagram.source': 'Show diagram source',
  'diagram.zoom': 'View full size',
  'diagram.close': 'Close',
  'diagram.error': 'This diagram could not be drawn. Mermaid reported this error:',
};

export const ui: Record<Locale, Record<UiKey, string>> = { zh, en };

/** Returns a lookup for one language; `{name}` placeholders are filled from `values`. */
export function useTranslations(locale: Locale) {
  return (key: UiKey, values: Record<string, string> = {}): string =>
    ui[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
