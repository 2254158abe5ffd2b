/**
 * The plan's cost section: one line under the verdict, and the estimate with its assumptions in a
 * detail. render-plan.ts places them; plan/costs.ts computes the numbers.
 */
import type { CostEstimate } from '../plan/costs.js';
import type { Detail } from './budget.js';
import { code } from './untrusted-text.js';

const usd = (n: number) => `$${n.toFixed(2)}`;
const usdPrice = (n: number) => `$${n < 0.1 ? n.toFixed(3) : n.toFixed(2)}`;

/** The estimate in one line, for the head of the plan; nothing when there is none. */
export function costLine(estimate: CostEstimate | undefined): string[] {
  if (!estimate) return [];
  const perGb = estimate.perGb.map(
    (p) =>
      ` plus ${usdPrice(p.unitPrice)} per GB replicated with ${p.item} (${p.destinations.map(code).join(', ')})`,
  );
  return [
    `💵 Monitoring costs about **${usd(estimate.monthly)} a month**${perGb.join('')}: see _Monthly cost_ below for how it is counted.`,
  ];
}

/** The estimate line by line, with its sources and assumptions. */
export function costDetail(estimate: CostEstimate | undefined): Detail[] {
  if (!estimate) return [];
  return [
    {
      summary: `Monthly cost: about ${usd(estimate.monthly)} (${estimate.currency}, ${estimate.priceRegion} prices)`,
      lines: [
        '| Item | Quantity | Price | A month |',
        '|---|---|---|---|',
        ...estimate.lines.map(
          (l) => `| ${l.item} | ${l.quantity} | ${usdPrice(l.unitPrice)} per ${l.unit} | ${usd(l.monthly)} |`,
        ),
        `| **Total** | | | **${usd(estimate.monthly)}** |`,
        ...estimate.perGb.map(
          (p) =>
            `| ${p.item} to ${p.destinations.map(code).join(', ')} | per GB replicated | ${usdPrice(p.unitPrice)} per GB | 100 GB: ${usd(100 * p.unitPrice)} |`,
        ),
        '',
        'Assumed:',
        ...estimate.assumptions.map((a) => `- ${a}.`),
      ],
    },
  ];
}
