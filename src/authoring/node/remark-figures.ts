import type { ElementContent } from 'hast';
import type { Root } from 'mdast';
import { captionNumber, type NumberedFigure } from '../../apparatus/node/remark-apparatus';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { soleImage } from './sole-image';

export interface FigureOptions {
  /** Widths (px) of the responsive versions Astro generates of each local image. */
  widths: readonly number[];
  /** The `sizes` attribute: how wide the image shows at each viewport width. */
  sizes: string;
}

/** A path beside the chapter (`./images/x.png`), as opposed to a URL or a file in public/. */
const isLocal = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/');

/**
 * Markdown images:
 * - every image needs alt text; one without stops the build with the file and line;
 * - a local image gets responsive widths and `sizes`, which Astro's image
 *   pipeline (MDX turns local images into `<Image>`) makes into a `srcset` of
 *   WebP files with width and height set and lazy loading;
 * - an image alone in its paragraph becomes a `<figure>`, and its title,
 *   `![alt](./x.png "Caption")`, becomes the `<figcaption>`.
 */
export function remarkFigures(options: FigureOptions) {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'image', (image) => {
      if (image.alt?.trim() === '' || image.alt == null) {
        file.fail(
          `Image "${image.url}" has no alt text: describe what it shows, ![…](${image.url}), for readers who cannot see it`,
          image,
          'remark-figures:missing-alt',
        );
      }
      if (isLocal(image.url)) {
        image.data = {
          ...image.data,
          hProperties: { ...image.data?.hProperties, widths: options.widths.join(' '), sizes: options.sizes },
        };
      }
    });
    visit(tree, 'paragraph', (paragraph) => {
      const image = soleImage(paragraph);
      if (!image) return;
      const caption = image.title?.trim();
      image.title = null;
      // A labelled figure (src/apparatus) has an id and a number before its caption.
      const numbered = (paragraph.data as { figure?: NumberedFigure } | undefined)?.figure;
      paragraph.data = { ...paragraph.data, hName: 'figure', hProperties: { className: ['figure'], ...(numbered ? { id: numbered.id } : {}) } };
      paragraph.children = [image];
      if (caption || numbered) {
        const children: ElementContent[] = [
          ...(numbered ? captionNumber(numbered).slice(0, caption ? 2 : 1) : []),
          ...(caption ? [{ type: 'text' as const, value: caption }] : []),
        ];
        paragraph.children.push({ type: 'text', value: caption ?? '', data: { hName: 'figcaption', hChildren: children } });
      }
    });
  };
}
