// Shared helpers of the end-to-end tests.
const { expect } = require('@playwright/test');

/** Saves a full-page screenshot to test-results/screens/<name>.png (looked at by people). */
async function shot(page, name) {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/**
 * Changes local storage while the app is not running: on a same-origin page that is not the app
 * (the static server's 404), so that no autosave of a running app (it flushes on `pagehide`) can
 * write over what the test prepared.
 */
async function withAppClosed(page, fn, arg) {
  await page.goto('/no-app-here');
  await page.evaluate(fn, arg);
}

/** Opens the app with empty storage and waits until it is interactive. */
async function openFresh(page, path = './') {
  await withAppClosed(page, () => localStorage.clear());
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

module.exports = { shot, withAppClosed, openFresh, taskRow, backToTasks };
