namespace Portal.BrowserTests;

/// <summary>The clerk's registration form opened and its heading fields filled: sender, number and symbol, yesterday's date.</summary>
public static class IncomingForm
{
    public static async Task OpenAsync(IPage page, string tenant, string sender, string number)
    {
        await page.GotoAsync($"/{tenant}/incoming/new");
        await page.GetByLabel("Cơ quan gửi (tác giả)").FillAsync(sender);
        await page.GetByLabel("Số, ký hiệu").FillAsync(number);
        await page.GetByLabel("Ngày tháng văn bản").FillAsync(DateTime.UtcNow.AddHours(7).AddDays(-1).ToString("yyyy-MM-dd"));
    }
}
