import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypePrintAddresses } from '@/lib/publication/print-addresses';

const run = (html: string) =>
  String(
    unified()
      .use(rehypeParse)
      .use(rehypePrintAddresses, { origin: 'https://example.org' })
      .use(rehypeStringify)
      .processSync(html),
  );

describe('rehypePrintAddresses', () => {
  it('writes the whole address of each link in <main> to another page, for print to show', () => {
    const html = run(
      '<header><a href="/en">Home</a></header><main><a href="/en/labs#p5">a</a> <a href="#p2">b</a> ' +
        '<a href="https://other.example/x">c</a> <a href="//evil.example">d</a></main>',
    );
    expect(html).toContain('<a href="/en/labs#p5" data-print-href="https://example.org/en/labs#p5">a</a>');
    expect(html).toContain('<a href="/en">Home</a>');
    expect(html).toContain('<a href="#p2">b</a>');
    expect(html).toContain('<a href="https://other.example/x">c</a>');
    expect(html).toContain('<a href="//evil.example">d</a>');
  });
});
