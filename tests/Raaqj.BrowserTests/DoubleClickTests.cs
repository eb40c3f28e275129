using Microsoft.Playwright;
using Raaqj.BrowserTests.Infrastructure;

namespace Raaqj.BrowserTests;

[Collection(nameof(BrowserCollection))]
public sealed class DoubleClickTests(Browser browser)
{
    [Fact]
    public async Task A_double_click_sends_a_form_once()
    {
        const string email = "reviewer2@example.org";
        var before = browser.Portal.MailCountTo(email);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/forgot-password");
        await page.GetByLabel("Email").FillAsync(email);

        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).DblClickAsync();

        await page.WaitForURLAsync("**/account/check-email**");
        Assert.Equal(before + 1, browser.Portal.MailCountTo(email));
    }
}
