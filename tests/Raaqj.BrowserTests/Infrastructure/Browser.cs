using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Raaqj.BrowserTests.Infrastructure;

// Debian's Chromium driven by Playwright (never a downloaded browser), shared by the journeys of a collection.
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Chromium { get; private set; } = default!;

    public LivePortal Portal { get; } = new();

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Portal.BaseUrl,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = phone,
            HasTouch = phone,
        });
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        // The CSP forbids inline script; a violation would show here.
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                Errors.Add($"{page.Url}: {message.Text}");
        };
        return page;
    }

    public List<string> Errors { get; } = [];

    public async Task DisposeAsync()
    {
        await Chromium.DisposeAsync();
        playwright?.Dispose();
        Portal.Dispose();
    }
}

[CollectionDefinition(nameof(BrowserCollection))]
public sealed class BrowserCollection : ICollectionFixture<Browser>;

public static class PageChecks
{
    public const string DemoPassword = "Raaqj!Demo2026";

    public static async Task LogInAsync(this IPage page, string email, string password = DemoPassword)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.Locator("#Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
    }

    private static readonly string ScreenshotFolder = Environment.GetEnvironmentVariable("RAAQJ_SCREENSHOTS")
        ?? Path.Combine(AppContext.BaseDirectory, "screenshots");

    // axe (WCAG 2.x A and AA) finds nothing on the page, and a screenshot is kept for the docs.
    public static async Task ExpectAccessibleAsync(this IPage page, string screenshotName)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()).Take(3))}").ToList();
        Assert.True(violations.Count == 0, $"axe on {page.Url}:\n" + string.Join("\n", violations));
        // No page is wider than its screen: on a 390 px phone a wide table scrolls inside its own box, never the page.
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, Math.min(document.documentElement.clientWidth, screen.width)]");
        if (widths[0] > widths[1])
        {
            var wide = await page.EvaluateAsync<string[]>("limit => [...document.querySelectorAll('body *')].filter(e => (e.getBoundingClientRect().right > limit + 1 || e.scrollWidth > limit + 1) && !(e.parentElement && e.parentElement.closest('.table-responsive'))).slice(0, 6).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.') + ' ' + Math.round(e.getBoundingClientRect().right) + '/' + e.scrollWidth)", widths[1]);
            Assert.Fail($"{page.Url} is {widths[0]} px wide on a {widths[1]} px screen; too wide: {string.Join(", ", wide)}");
        }

        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, screenshotName + ".png"), FullPage = true });
    }
}
