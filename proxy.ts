import { NextResponse, type NextRequest } from 'next/server';
import { localeHeader } from '@/lib/locale-header';
import { negotiateLocale } from '@/lib/negotiate-locale';
import { frontPagePath } from '@/lib/routes';

/**
 * `/` has no page of its own: it sends the reader to the front page in the
 * language their browser asks for, and says so (`Vary`) for caches. Every
 * other page request passes through, carrying the language its address names
 * so that the 404 page (rendered outside the layouts) can speak it.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/') {
    const locale = negotiateLocale(request.headers.get('accept-language'));
    const response = NextResponse.redirect(new URL(frontPagePath(locale), request.url), 307);
    response.headers.set('Vary', 'Accept-Language');
    return response;
  }
  const headers = new Headers(request.headers);
  headers.set(localeHeader, pathname.split('/')[1] ?? '');
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: framework files, images and the icon never need a language.
  matcher: ['/((?!_next/|img/|icon\\.svg).*)'],
};
