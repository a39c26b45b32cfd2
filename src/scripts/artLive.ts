/**
 * Artboards sent as files (<picture class="art-pic">, artPictureHtml in
 * src/figures/art.ts) put inline once JavaScript runs, so that what the
 * inline SVG gives works on them as on any other figure: tooltips and
 * keyboard focus (<figure-tips>, src/scripts/mapTooltip.ts, which labels
 * the marks of each artboard put in when it hears ART_SWAP), links on map areas and the dark-mode colour swaps of the page CSS
 * (attribute selectors, src/styles/theme.css), which do not reach into an
 * image. The file fetched is the one the <img> shows (its currentSrc, so
 * the browser has it in its cache where the host lets it keep it); when the
 * picture's media query flips (a phone turned, a frame resized), the other
 * artboard replaces it. The container of the figure is marked
 * data-art="live" once every artboard file in it is inline. A file that
 * cannot be fetched or read leaves the image in place (it still shows the
 * figure; the table below it has the same numbers). Imported by the pages
 * that send files (the embed pages, the region pages); it starts on every
 * container marked data-art="files".
 */

/** The event <figure-tips> listens for (ART_SWAP of src/scripts/mapTooltip.ts, written out there too: see it). */
const ART_SWAP = 'kg-art-swap';

/** What one <picture> of artboard files says about itself (attributes written by artPictureHtml). */
interface ArtSource {
  media: string;
  wide: string;
  narrow: string;
  small: boolean;
}

const sourceOf = (pic: Element): ArtSource | null => {
  const media = pic.getAttribute('data-art-media');
  const wide = pic.getAttribute('data-art-wide');
  const narrow = pic.getAttribute('data-art-narrow');
  return media && wide && narrow ? { media, wide, narrow, small: pic.classList.contains('art-small') } : null;
};

/** The SVG element of a fetched artboard file, or null when it is not one. */
async function fetchSvg(url: string): Promise<SVGSVGElement | null> {
  try {
    const res = await fetch(url, { cache: 'force-cache', credentials: 'same-origin' });
    if (!res.ok) return null;
    const doc = new DOMParser().parseFromString(await res.text(), 'image/svg+xml');
    const root = doc.documentElement;
    if (root.localName !== 'svg' || doc.getElementsByTagName('parsererror').length) return null;
    return document.importNode(root, true) as unknown as SVGSVGElement;
  } catch {
    return null;
  }
}

/** Wait until an <img> has loaded or failed (currentSrc is then the file it shows). */
const settled = (img: HTMLImageElement): Promise<void> =>
  img.complete
    ? Promise.resolve()
    : new Promise((done) => {
        img.addEventListener('load', () => done(), { once: true });
        img.addEventListener('error', () => done(), { once: true });
      });

/** Inline artboard in the markup artHtml() writes, so the artboard rules and the embed's width rules apply. */
function artboardBox(svg: SVGSVGElement, wide: boolean, src: ArtSource, url: string): HTMLElement {
  const box = document.createElement('div');
  box.className = `art ${wide ? 'art-wide' : 'art-narrow'}${src.small ? ' art-small' : ''}`;
  box.setAttribute('data-art-live', url);
  box.append(svg);
  return box;
}

/**
 * Put every artboard file of a container (data-art="files") inline, sending ART_SWAP from each artboard put in.
 * Resolves once all are inline (then data-art="live"), or left as images where a file failed.
 */
export async function liveArt(container: Element): Promise<void> {
  const pictures = [...container.querySelectorAll('picture.art-pic')];
  await Promise.all(
    pictures.map(async (pic) => {
      const src = sourceOf(pic);
      const img = pic.querySelector('img');
      if (!src || !img) return;
      const mq = window.matchMedia(src.media);
      await settled(img);
      let current: Element = pic;
      let seq = 0;
      const put = async (wide: boolean, preferred?: string): Promise<void> => {
        const mine = ++seq;
        const want = wide ? src.wide : src.narrow;
        // The image's own file when it is the one wanted (the cached copy), else the other file.
        const url = preferred && new URL(preferred, location.href).pathname === want ? preferred : want;
        const svg = await fetchSvg(url);
        // A later flip of the query has asked for the other artboard meanwhile: leave it to that call.
        if (!svg || mine !== seq || !current.isConnected) return;
        const box = artboardBox(svg, wide, src, want);
        current.replaceWith(box);
        current = box;
        box.dispatchEvent(new CustomEvent(ART_SWAP, { bubbles: true }));
      };
      mq.addEventListener('change', () => void put(mq.matches));
      await put(mq.matches, img.currentSrc || img.src);
    }),
  );
  if (!container.querySelector('picture.art-pic')) container.setAttribute('data-art', 'live');
}

for (const container of document.querySelectorAll('[data-art="files"]')) void liveArt(container);
