using Microsoft.Playwright;

namespace ActionPlanTracker.Browser.Tests.Infrastructure;

/// <summary>
/// One headless Chromium for the whole run: the machine's own (Debian's <c>chromium</c> package), driven by
/// Playwright's bundled driver; no browser is ever downloaded. Each test opens fresh contexts on it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Where the browser is; ACTIONPLANTRACKER_CHROMIUM overrides it.</summary>
    public static readonly string ExecutablePath =
        Environment.GetEnvironmentVariable("ACTIONPLANTRACKER_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    /// <summary>Pages already checked with axe in this run (width, path shape and title), so a page is checked once.</summary>
    public HashSet<string> CheckedPages { get; } = [];

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"No Chromium at {ExecutablePath}: apt-get install chromium (.ci/run does it).");
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>Every browser test class belongs here: one browser, and the classes run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
