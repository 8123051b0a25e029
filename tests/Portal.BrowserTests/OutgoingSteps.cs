namespace Portal.BrowserTests;

/// <summary>The unit leader's approval and the clerk's format check of a draft for a signature, as the outgoing browser tests take them.</summary>
public static class OutgoingSteps
{
    public static async Task ApproveAsync(IPage page)
    {
        await page.GetByLabel("Chuyển văn thư").SelectOptionAsync(DemoAccounts.Clerk);
        await page.GetByRole(AriaRole.Button, new() { Name = "Duyệt" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Chờ văn thư kiểm tra thể thức");
    }

    public static Task CheckForTheDirectorAsync(IPage page) => CheckAsync(page, DemoAccounts.Director, "Giám đốc");

    /// <summary>The clerk's format check naming the signer and the signer's title; the draft then awaits that signature.</summary>
    public static async Task CheckAsync(IPage page, string signer, string title)
    {
        await page.GetByLabel("Người ký", new() { Exact = true }).SelectOptionAsync(signer);
        await page.GetByLabel("Chức vụ người ký").FillAsync(title);
        await page.GetByLabel("Địa danh").FillAsync("Nghệ An");
        await page.GetByLabel("Ký hiệu (ví dụ SNV-VP)").FillAsync("SNV-VP");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra thể thức" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Chờ ký");
    }
}
