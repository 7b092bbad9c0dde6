import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KeyFigures } from '@/components/key-figures';
import type { AtAGlance } from '@/lib/content/queries';
import { createPhraser } from '@/lib/typesetting/phraser';

const data: AtAGlance = {
  keyFigures: [
    {
      figure: {
        value: 170_000,
        qualifier: 'nearly',
        unit: '人',
        label: '中国自然人群生物资源库招募样本采集人群',
        source: 'labs#p5',
      },
      href: '/zh/labs#p5',
    },
    {
      figure: {
        value: 20,
        unit: '个',
        label: '科研团队入驻金凤实验室',
        detail: '集聚科研人员190余人',
        source: 'labs#p4',
      },
      href: '/zh/labs#p4',
    },
  ],
  investments: {
    figure: {
      title: '一季度集中开工项目的计划投资',
      total: { label: '11个集中开工项目', yuan: 35_150_000_000, source: 'projects#p2' },
      parts: [
        { label: '石板大健康产业园', yuan: 6_000_000_000, source: 'projects#p3' },
        { label: '重庆市第四人民医院科学城院区', yuan: 2_500_000_000, source: 'projects#p4' },
      ],
    },
    href: '/zh/projects#p2',
    author: '王倩',
    sectionTitle: '重大项目',
  },
};

const phrase = createPhraser([]);

describe('KeyFigures', () => {
  it('shows each figure as Chinese writes it, with the article’s hedge, linked to the paragraph that gives it', () => {
    render(<KeyFigures locale="zh" data={data} phrase={phrase} />);
    const section = screen.getByRole('region', { name: '数说科学城' });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual(['近17万人', '20个']);
    const link = within(section).getByRole('link', { name: '中国自然人群生物资源库招募样本采集人群' });
    expect(link.getAttribute('href')).toBe('/zh/labs#p5');
    expect(within(items[1] as HTMLElement).getByText('集聚科研人员190余人')).toBeTruthy();
  });

  it('draws the investments as one image named by its title and described in a sentence', () => {
    render(<KeyFigures locale="zh" data={data} phrase={phrase} />);
    screen.getByRole('img', {
      name: '一季度集中开工项目的计划投资',
      description:
        '11个集中开工项目计划投资351.5亿元，其中石板大健康产业园60亿元和重庆市第四人民医院科学城院区25亿元。数据见图下表格。',
    });
  });

  it('gives the chart’s data as a table, for screen readers and print', () => {
    render(<KeyFigures locale="en" data={data} phrase={phrase} />);
    const table = screen.getByRole('table', { name: '一季度集中开工项目的计划投资 (data table)' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '11个集中开工项目35.15 billion yuan',
      'of which: 石板大健康产业园6 billion yuan',
      'of which: 重庆市第四人民医院科学城院区2.5 billion yuan',
    ]);
  });

  it('names the chart’s source under it, and says where its link goes', () => {
    render(<KeyFigures locale="zh" data={data} phrase={phrase} />);
    const chart = screen.getByRole('figure');
    expect(within(chart).getByText('数据来源：王倩报道')).toBeTruthy();
    const link = within(chart).getByRole('link', { name: '阅读“重大项目”一节' });
    expect(link.getAttribute('href')).toBe('/zh/projects#p2');
    expect(within(chart).queryByRole('link', { name: '见原文' })).toBeNull();
  });

  it('names the source and the section in English on the English page', () => {
    render(
      <KeyFigures
        locale="en"
        data={{
          ...data,
          investments: data.investments && { ...data.investments, author: 'Wang Qian', sectionTitle: 'Projects' },
        }}
        phrase={phrase}
      />,
    );
    const chart = screen.getByRole('figure');
    expect(within(chart).getByText('Source: report by Wang Qian')).toBeTruthy();
    expect(within(chart).getByRole('link', { name: 'Read the “Projects” section' })).toBeTruthy();
  });
});
