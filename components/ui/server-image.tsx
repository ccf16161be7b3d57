import { getImageProps, type ImageProps } from 'next/image';
import { preload as preloadResource } from 'react-dom';

/**
 * A library image as a plain <img> with the srcset of its WebP variants (the app's image
 * loader), written by the server: next/image's component is a client one, hydrated on
 * every page for every image, and reader pages hydrate only what a reader interacts with.
 * `preload` marks the image that paints first: fetched early, at high priority, not lazy.
 */
export function ServerImage({ preload = false, alt, ...props }: Omit<ImageProps, 'priority' | 'placeholder' | 'onLoad' | 'onError'> & { alt: string }) {
  const { props: img } = getImageProps({ ...props, alt, preload });
  if (preload) {
    preloadResource(img.src, { as: 'image', imageSrcSet: img.srcSet, imageSizes: img.sizes, fetchPriority: 'high' });
  }
  // eslint-disable-next-line @next/next/no-img-element -- the props are next/image's own
  return <img {...img} alt={alt} />;
}
