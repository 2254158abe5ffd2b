/**
 * The plan says what monitoring costs a month (core/plan/costs.ts, report/render-costs.ts): metrics
 * per rule and destination, alarms, the topic's key, and RTC per GB, with the prices' region and the
 * assumptions stated. Quantities come from the same model the template is built from.
 */
import { describe, expect, test } from '@jest/globals';
import { buildTopology } from '../../src/core/model/build-topology.js';
import { alarmsOf } from '../../src/core/model/monitoring.js';
import { estimateMonthlyCost, PRICES } from '../../src/core/plan/costs.js';
import { planJson, summarizePlan, type Plan } from '../../src/core/plan/plan.js';
import { renderAll } from '../../src/core/report/budget.js';
import { renderPlan } from '../../src/core/report/render-plan.js';
import { parseConfig } from '../../src/core/config/parse-config.js';
import { buildSourceTemplate } from '../../src/core/templates/source-template.js';
import { exampleText, exampleTopology } from '../support/examples.js';
import { checkMarkdown } from '../support/markdown-check.js';
import { deployedWorld, livePlan } from '../support/plan-scenarios.js';

const withMonitoring = (extra: string) => {
  const parsed = parseConfig(`${exampleText('two-destinations')}\n${extra}`);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  return buildTopology(parsed.config);
};

describe('estimateMonthlyCost', () => {
  test('counts 4 metrics per rule and destination, each alarm of the template, and the topic key', () => {
    const topology = exampleTopology('two-destinations');
    const estimate = estimateMonthlyCost(topology);
    const template = buildSourceTemplate(topology);
    const alarmsInTemplate = Object.values(template.Resources).filter(
      (r) => r.Type === 'AWS::CloudWatch::Alarm',
    );

    expect(estimate.lines.map((l) => [l.item, l.quantity])).toEqual([
      ['replication metrics (4 per rule and destination)', 16],
      ['CloudWatch alarms', alarmsInTemplate.length],
      ["the alerts topic's KMS key", 1],
    ]);
    expect(alarmsInTemplate).toHaveLength(alarmsOf(topology).length);
    expect(estimate.monthly).toBe(
      16 * PRICES.customMetricMonth + 6 * PRICES.standardAlarmMonth + PRICES.kmsKeyMonth,
    );
    expect(estimate.perGb).toEqual([
      { item: 'S3 Replication Time Control', unitPrice: PRICES.rtcPerGb, destinations: ['dr'] },
    ]);
  });

  test('costs nothing with monitoring off, and no key with a topic of your own', () => {
    expect(estimateMonthlyCost(withMonitoring('monitoring: { metrics: false }'))).toMatchObject({
      // dr keeps its metrics: RTC needs them.
      lines: [
        { item: 'replication metrics (4 per rule and destination)', quantity: 8 },
        { item: 'CloudWatch alarms', quantity: 4 },
        { item: "the alerts topic's KMS key", quantity: 1 },
      ],
    });
    const own = estimateMonthlyCost(
      withMonitoring('monitoring: { topic: "arn:aws:sns:us-east-1:111111111111:ops-pager" }'),
    );
    expect(own.lines.map((l) => l.item)).not.toContain("the alerts topic's KMS key");
  });

  test('adds the backlog alarm per rule and destination when it is asked for', () => {
    const estimate = estimateMonthlyCost(
      withMonitoring('monitoring: { alarms: { backlog: { operations: 1000 } } }'),
    );
    expect(estimate.lines.find((l) => l.item === 'CloudWatch alarms')!.quantity).toBe(6 + 4);
  });
});

describe('the plan report', () => {
  const topology = exampleTopology('two-destinations');
  // A first deploy: the reviewer-first report counts costs next to the changes that incur them.
  const plan: Plan = {
    ...livePlan(topology, new Map()),
    configPath: 'replication/orders.yml',
    monthlyCost: estimateMonthlyCost(topology),
  };

  test('says the monthly estimate in one line, and how it is counted in a detail', () => {
    const text = renderAll(renderPlan(plan));
    expect(text).toContain(
      '💵 Monitoring costs about **$6.40 a month** plus $0.015 per GB replicated with S3 Replication Time Control (`dr`)',
    );
    expect(text).toContain('<summary>Monthly cost: about $6.40 (USD, us-east-1 prices)</summary>');
    expect(text).toContain('| CloudWatch alarms | 6 | $0.10 per alarm | $0.60 |');
    expect(text).toContain(
      '| S3 Replication Time Control to `dr` | per GB replicated | $0.015 per GB | 100 GB: $1.50 |',
    );
    expect(text).toMatch(/before the free tier/);
    expect(checkMarkdown(text)).toEqual([]);
  });

  test('says nothing of costs when nothing changes: the verdict is the whole report', () => {
    const unchanged: Plan = {
      ...livePlan(topology, deployedWorld(topology)),
      monthlyCost: estimateMonthlyCost(topology),
    };
    expect(summarizePlan(unchanged).hasChanges).toBe(false);
    const text = renderAll(renderPlan(unchanged));
    expect(text).toContain('✅ **No changes**');
    expect(text).not.toMatch(/💵|Monthly cost/);
  });

  test('carries the estimate in plan.json', () => {
    expect(planJson(plan)).toMatchObject({ monthlyCost: { currency: 'USD', monthly: 6.4 } });
  });
});
