namespace Portal.BrowserTests;

/// <summary>The unit leader's approval and the clerk's format check of a draft for the director's signature, as the outgoing browser tests take them.</summary>
public static class OutgoingSteps
{
    public static async Task ApproveAsync(IPage page)
    {
        await page.GetByLabel("Chuyển văn thư").SelectOptionAsync(DemoAccounts.Clerk);
        await page.GetByRole(AriaRole.Button, new() { Name = "Duyệt" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Chờ văn thư kiểm tra thể thức");
    }

    public static async Task CheckForTheDirectorAsync(IPage page)
    {
        await page.GetByLabel("Người ký", new() { Exact = true }).SelectOptionAsync(DemoAccounts.Director);
        await page.GetByLabel("Chức vụ người ký").FillAsync("Giám đốc");
        await page.GetByLabel("Địa danh").FillAsync("Nghệ An");
        await page.GetByLabel("Ký hiệu (ví dụ SNV-VP)").FillAsync("SNV-VP");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra thể thức" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Chờ ký");
    }
}
