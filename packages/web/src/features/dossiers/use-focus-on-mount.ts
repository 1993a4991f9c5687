import { useEffect, useRef } from 'react';

/**
 * When a step of a flow replaces the form that had focus (received, slip issued), focus would
 * fall to the page top; put it on the new step's heading so screen readers read on from there.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
