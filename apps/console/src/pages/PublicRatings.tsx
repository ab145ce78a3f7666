// 政务诚信评价等级 on the public page: a published year's grades and scores, best first, without login.
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Card, Empty, Select, Table, Typography } from 'antd';
import { graphql } from '../gql';
import type { PublicRatingsQuery } from '../gql/graphql';
import { useT } from '../i18n';
import { GradeTag } from '../components/GradeTag';

const RATING_YEARS = graphql(`
  query PublicRatingYears {
    publicIntegrityRatingYears
  }
`);

const RATINGS = graphql(`
  query PublicRatings($year: Int!) {
    publicIntegrityRatings(year: $year) {
      departmentName
      grade
      score
    }
  }
`);

type Rating = PublicRatingsQuery['publicIntegrityRatings'][number];

export function PublicRatings() {
  const t = useT();
  const years = useQuery(RATING_YEARS).data?.publicIntegrityRatingYears ?? [];
  const [chosen, setChosen] = useState<number | null>(null);
  const year = chosen ?? years[0];
  const ratings = useQuery(RATINGS, { variables: { year: year ?? 0 }, skip: !year });
  const rows = ratings.data?.publicIntegrityRatings ?? [];
  return (
    <Card
      title={t('public.ratings')}
      style={{ marginBottom: 16 }}
      data-testid="public-ratings"
      extra={
        years.length > 0 && (
          <Select
            data-testid="ratings-year"
            value={year}
            style={{ width: 140 }}
            options={years.map((y) => ({ value: y, label: t('eval.yearValue', { year: y }) }))}
            onChange={setChosen}
          />
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('public.ratingsHint')}</Typography.Paragraph>
      {!year ? (
        <Empty description={t('public.noRatings')} />
      ) : (
        <Table<Rating>
          size="small"
          rowKey={(r) => r.departmentName}
          dataSource={[...rows]}
          loading={ratings.loading}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: t('eval.rank'), key: 'rank', width: 70, render: (_, _r, i) => i + 1 },
            { title: t('eval.department'), key: 'department', dataIndex: 'departmentName' },
            {
              title: t('eval.finalGrade'),
              key: 'grade',
              width: 130,
              render: (_, r) => <GradeTag grade={r.grade} />,
            },
            { title: t('eval.finalScore'), key: 'score', dataIndex: 'score', width: 110 },
          ]}
        />
      )}
    </Card>
  );
}
