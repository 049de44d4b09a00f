import { useEffect, useState } from "react";

/**
 * `value`, updated only after it has stopped changing for `delay` ms.
 *
 * @example
 * const query = useDebounced(text, 250);
 */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
