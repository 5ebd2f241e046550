import type { Figures } from '../figures/figures';
import type { Rate } from '../figures/rate';
import { bureauCount, bureauMoney, bureauPercent } from './bureau-numbers';
import { periodLabel } from './period-label';

/**
 * The bureau's sentence for a period, as the seed reports print it:
 * "上半年，共接收12345推送信息530条，受理消费者各类诉求1.5万件，其中投诉举报4156件，为消费者挽回经济损失202.8万元。"
 * followed by a line of the rates that have a value.
 */
export function periodSentence(from: string, to: string, figures: Figures): string {
  const headline =
    `${periodLabel(from, to)}，共接收12345推送信息${bureauCount(figures.pushedFrom12345)}条，` +
    `受理消费者各类诉求${bureauCount(figures.received)}件，其中投诉举报${bureauCount(figures.complaintsAndReports)}件，` +
    `为消费者挽回经济损失${bureauMoney(figures.recoveredFen)}。`;
  const rates: [string, Rate][] = [
    ['投诉受理率', figures.acceptanceRate],
    ['按时受理率', figures.onTimeAcceptanceRate],
    ['办结率', figures.closureRate],
    ['按时办结率', figures.onTimeClosureRate],
    ['调解成功率', figures.mediationSuccessRate],
    ['满意率', figures.satisfactionRate],
  ];
  const shown = rates.filter(([, rate]) => rate.value !== null).map(([name, rate]) => `${name}${bureauPercent(rate.value!)}`);
  return shown.length > 0 ? `${headline}\n${shown.join('，')}。` : headline;
}
