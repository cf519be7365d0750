import { customerBuilder, projectBuilder, uniqueToken } from './support/builders';
import { dayThisMonth, eur, monthFromNow } from './support/money-api';
import { expect, test } from './support/fixtures';
import { users } from './support/users';

function euros(cents: number): string {
  const text = (cents / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 });
  return cents < 0 ? `-€${text.slice(1)}` : `€${text}`;
}

function monthLabel(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year ?? 1970, (number ?? 1) - 1, 1)));
}

test('the Financials tab shows figures that match the entries, and fills the forecast from fees', async ({
  page,
  api,
  moneyApi,
  signIn,
}) => {
  const consultant = await api.userByEmail(users.consultant.email);
  const customer = await customerBuilder().create(api);
  const project = await projectBuilder(customer.id)
    .name(`Figures ${uniqueToken()}`)
    .open()
    .expectedValue(5_000_000, 'EUR')
    .members([consultant.id])
    .create(api);
  // A design hour costs 123.45 € here; the other tests leave Design alone.
  const design = await moneyApi.setWorkTypePrice(await moneyApi.workType('Design'), eur(12_345));
  await moneyApi.createHourEntry({
    userId: consultant.id,
    projectId: project.id,
    workTypeId: design.id,
    date: dayThisMonth(1),
    minutes: 90,
  });
  const fee = { kind: 'fee', description: 'Workshop', quantity: '2', unit: 'pcs', billable: true };
  await moneyApi.createFee(project.id, { ...fee, date: dayThisMonth(2), unitPrice: eur(100_000) });
  await moneyApi.createFee(project.id, {
    kind: 'cost',
    description: 'Train',
    date: dayThisMonth(2),
    quantity: '1',
    unit: 'trip',
    unitPrice: eur(0),
    unitCost: eur(8_000),
    billable: false,
  });
  const nextMonth = monthFromNow(1);
  await moneyApi.createFee(project.id, { ...fee, date: `${nextMonth}-10`, unitPrice: eur(50_000) });
  // Next month already has a forecast: filling asks before overwriting it.
  await moneyApi.putForecasts(project.id, [{ month: nextMonth, revenue: eur(1_000) }]);

  // 1.5 h at the work type's price (185.175 € → 185.18 €, rounded once), plus the billable fee.
  const hoursValue = Math.round((90 * design.hourlyPrice.amount) / 60);
  expect(hoursValue).toBe(18_518);
  const revenue = hoursValue + 200_000;

  await signIn(page, users.manager);
  await page.goto(`/projects/${project.id}`);
  const money = page.getByRole('region', { name: 'Project money' });
  await money.getByRole('tab', { name: 'Financials' }).click();
  const table = money.getByRole('table', { name: 'Actual and forecast figures by month' });
  const thisMonth = table.getByRole('row', { name: new RegExp(`^${monthLabel(monthFromNow(0))}`) });
  await expect(thisMonth).toContainText(euros(revenue));
  await expect(thisMonth).toContainText(euros(8_000));
  await expect(thisMonth).toContainText('1.5');

  await money.getByRole('button', { name: 'Fill forecast from fees' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Overwrite the forecast?' });
  await expect(confirm).toContainText(monthLabel(nextMonth));
  await confirm.getByRole('button', { name: 'Overwrite' }).click();
  await expect(confirm).toBeHidden();
  await expect(
    money.getByRole('textbox', { name: `Revenue forecast for ${monthLabel(nextMonth)}` }),
  ).toHaveValue('1000.00');
  const saved = await moneyApi.forecasts(project.id);
  expect(saved.months.find((month) => month.month === nextMonth)?.revenue).toEqual(eur(100_000));
});

test('a read-only user sees no Financials tab on the project card', async ({
  page,
  api,
  signIn,
}) => {
  const customer = await customerBuilder().create(api);
  const project = await projectBuilder(customer.id).open().create(api);
  await signIn(page, users.readOnly);
  await page.goto(`/projects/${project.id}`);
  await expect(page.getByRole('heading', { level: 1, name: project.name })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Financials' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Project money' })).toHaveCount(0);
  const response = await page.request.get(`/api/v1/projects/${project.id}/financials`);
  expect(response.status()).toBe(403);
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My hours' }),
  ).toHaveCount(0);
});
