/** An in-app link: a real <a href> (open in a new tab works) that navigates without reloading. */
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from '../app/router.js';

export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
    window.scrollTo(0, 0);
  };
  return <a href={href} onClick={follow} {...rest} />;
}
