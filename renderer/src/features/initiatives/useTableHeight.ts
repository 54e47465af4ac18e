import { useEffect, useState } from 'react';

/** A virtual table needs a numeric height: the window's height less the chrome above the rows. */
export const useTableHeight = (chrome: number, min = 240): number => {
  const measure = () => Math.max(min, window.innerHeight - chrome);
  const [height, setHeight] = useState(measure);
  useEffect(() => {
    const onResize = () => setHeight(Math.max(min, window.innerHeight - chrome));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [chrome, min]);
  return height;
};
