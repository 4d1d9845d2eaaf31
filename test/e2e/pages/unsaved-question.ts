import type { Locator, Page } from '@playwright/test';
import { confirmBox, dialogButton } from './antd';

export const UNSAVED_QUESTION = '有未保存的修改，确定放弃吗？';

/** The question asked before typed changes are dropped: 继续编辑 keeps them, 放弃修改 drops them. */
export class UnsavedQuestion {
  readonly box: Locator;

  constructor(readonly page: Page) {
    this.box = confirmBox(page, UNSAVED_QUESTION);
  }

  async keepEditing(): Promise<void> {
    await dialogButton(this.page, '继续编辑').click();
  }

  async discard(): Promise<void> {
    await dialogButton(this.page, '放弃修改').click();
  }
}
