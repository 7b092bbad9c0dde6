/** The request header in which the proxy passes the address's language to the 404 page. */
export const localeHeader = 'x-site-locale';
