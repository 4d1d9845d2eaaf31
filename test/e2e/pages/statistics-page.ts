import type { Download, Locator, Page } from '@playwright/test';

/** 统计分析: six chart cards, each with an image and an Excel export. */
export class StatisticsPage {
  readonly year: Locator;
  readonly department: Locator;

  constructor(readonly page: Page) {
    this.year = page.getByTestId('stats-year');
    this.department = page.getByTestId('stats-department');
  }

  card(chart: string): Locator {
    return this.page.getByTestId(`stats-card-${chart}`);
  }

  /** The chart's drawing surface: ECharts renders into a canvas inside it. */
  canvas(chart: string): Locator {
    return this.page.getByTestId(`stats-chart-${chart}`).locator('canvas').first();
  }

  empty(chart: string): Locator {
    return this.page.getByTestId(`stats-empty-${chart}`);
  }

  imageButton(chart: string): Locator {
    return this.page.getByTestId(`stats-png-${chart}`);
  }

  excelButton(chart: string): Locator {
    return this.page.getByTestId(`stats-excel-${chart}`);
  }

  async downloadExcel(chart: string): Promise<Download> {
    const downloading = this.page.waitForEvent('download');
    await this.excelButton(chart).click();
    return downloading;
  }

  async downloadImage(chart: string): Promise<Download> {
    const downloading = this.page.waitForEvent('download');
    await this.imageButton(chart).click();
    return downloading;
  }
}
