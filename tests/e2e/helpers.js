// Shared helpers of the end-to-end tests.
const { expect } = require('@playwright/test');

/** Saves a full-page screenshot to test-results/screens/<name>.png (looked at by people). */
async function shot(page, name) {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/** Opens the app with empty storage and waits until it is interactive. */
async function openFresh(page, path = './') {
  await page.goto(path);
  await page.evaluate(() => localStorage.clear());
  await page.goto(path);
  await expect(page.locator('h1')).toBeVisible();
}

/** The task-list row (a link) of the part with this exact name. */
function taskRow(page, name) {
  return page.locator('.task__link').filter({ has: page.locator('.task__name').getByText(name, { exact: true }) });
}

/** Back to the task list through the page's own link. */
async function backToTasks(page) {
  await page.getByRole('link', { name: '返回任务清单' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工作方案编制任务清单');
}

module.exports = { shot, openFresh, taskRow, backToTasks };
