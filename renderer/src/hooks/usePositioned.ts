import { useLayoutEffect, useRef } from 'react';

/**
 * Sets one style property of an element through the CSSOM, as virtualised lists place their
 * rows: the Content Security Policy allows that, unlike a style attribute.
 */
export function usePositioned<E extends HTMLElement>(property: 'transform' | 'height', value: string) {
  const ref = useRef<E>(null);
  useLayoutEffect(() => {
    ref.current?.style.setProperty(property, value);
  }, [property, value]);
  return ref;
}
