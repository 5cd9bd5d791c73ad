using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ActionPlanTracker.Browser.Tests.Infrastructure;

/// <summary>Options of one person's browser context.</summary>
/// <remarks><c>Locale</c> is the browser's language, which it asks pages for (Accept-Language).</remarks>
public sealed record UiOptions(int Width = 1366, int Height = 768, bool JavaScript = true, string Locale = "en-GB");

/// <summary>
/// One person at a browser: a fresh context and page on the shared browser. Every page reached through it is
/// checked with axe (no serious or critical violation); on failure the test's screenshot and HTML are saved.
/// </summary>
public sealed partial class Ui : IAsyncDisposable
{
    /// <summary>Where the browser tests write what they see: TestResults/browser under the repository.</summary>
    public static readonly string OutputRoot = RepositoryFiles.PathOf("TestResults", "browser");

    private readonly BrowserFixture _browser;
    private readonly IBrowserContext _context;

    private readonly bool _javaScript;

    private readonly BrowserApp _app;

    private Ui(BrowserFixture browser, BrowserApp app, IBrowserContext context, IPage page, string test, bool javaScript)
    {
        _app = app;
        _javaScript = javaScript;
        _browser = browser;
        _context = context;
        Page = page;
        Test = test;
    }

    public IPage Page { get; }

    public string Test { get; }

    public static async Task<Ui> OpenAsync(BrowserFixture browser, BrowserApp app, string test, UiOptions? options = null)
    {
        options ??= new UiOptions();
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = options.Width, Height = options.Height },
            JavaScriptEnabled = options.JavaScript,
            AcceptDownloads = true,
            Locale = options.Locale,
            TimezoneId = "UTC",

            // The certificate is made for the run and trusted by nobody.
            IgnoreHTTPSErrors = true,

            // axe is injected as a script; a strict Content-Security-Policy must not stop the check.
            BypassCSP = true,
        });
        context.SetDefaultTimeout(15_000);
        return new Ui(browser, app, context, await context.NewPageAsync(), test, options.JavaScript);
    }

    /// <summary>Runs a journey; if it fails, saves what each person saw (screenshot and HTML) before rethrowing.</summary>
    public static async Task RunAsync(IReadOnlyList<Ui> people, Func<Task> journey)
    {
        try
        {
            await journey();
        }
        catch
        {
            for (var i = 0; i < people.Count; i++)
            {
                await people[i].SaveFailureAsync($"person-{i + 1}");
            }

            throw;
        }
    }

    public async Task GotoAsync(string path)
    {
        await Page.GotoAsync(path);
        await CheckAccessibilityAsync();
    }

    /// <summary>Clicks something that loads a page (a link or a form's button), waits for it, and checks it.</summary>
    public async Task FollowAsync(ILocator target)
    {
        await Page.RunAndWaitForNavigationAsyncCompat(() => target.ClickAsync());
        await CheckAccessibilityAsync();
    }

    public async Task SignInAsync(TestUser user)
    {
        await GotoAsync("/account/sign-in");
        var french = await Page.Locator("html").GetAttributeAsync("lang") == "fr";
        await Page.GetByLabel(french ? "Adresse électronique" : "E-mail address").FillAsync(user.Email);
        await Page.GetByLabel(french ? "Mot de passe" : "Password", new() { Exact = true }).FillAsync(user.Password);
        await FollowAsync(Page.GetByRole(AriaRole.Button, new() { Name = french ? "Se connecter" : "Sign in", Exact = true }));
        if (user.AuthenticatorKey is not null && Page.Url.Contains("/account/sign-in-code", StringComparison.Ordinal))
        {
            await Page.Locator("#Input_Code").FillAsync(await TestUsers.CurrentCodeAsync(_app.Factory.Services, user));
            await FollowAsync(Page.GetByRole(AriaRole.Button, new() { Name = french ? "Se connecter" : "Sign in", Exact = true }));
        }

        if (Page.Url.Contains("/account/sign-in", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Signing in as {user.Email} failed: still on {Page.Url}.");
        }
    }

    public ILocator Main => Page.GetByRole(AriaRole.Main);

    /// <summary>The confirmation the layout shows after a change.</summary>
    public ILocator Notice => Page.GetByRole(AriaRole.Status);

    private static readonly AxeRunOptions ViolationsAndReviews = new() { ResultTypes = [ResultType.Violations, ResultType.Incomplete] };

    /// <summary>
    /// axe-core, bundled in the test package and injected into the page (nothing is fetched from elsewhere): no serious
    /// or critical violation, and no text whose contrast nobody can vouch for — neither axe's "needs review" for
    /// contrast nor a chart's text below 4.5:1 (axe cannot measure inside an SVG; <see cref="ChartContrast"/> does).
    /// </summary>
    /// <remarks>
    /// Tables are measured unclipped: a cell scrolled out of its frame on a phone has the colours it has when the reader
    /// scrolls to it, and axe cannot measure a clipped cell. Whether a frame scrolls where it should is for the frame
    /// checks of the journeys (<c>UsabilityTests</c>), not for axe on the unclipped page.
    /// </remarks>
    public async Task CheckAccessibilityAsync()
    {
        if (!_javaScript)
        {
            // axe runs as a script in the page; pages without script are checked in the other journeys.
            return;
        }

        // A page can pass at one width and fail at another (a table that scrolls only on a phone).
        var key = $"{Page.ViewportSize?.Width} {Digits().Replace(new Uri(Page.Url).AbsolutePath, "#")} {await Page.TitleAsync()}";
        if (!_browser.CheckedPages.Add(key))
        {
            return;
        }

        // Every rule runs once; violations and reviews come back in full (passes are what costs on a long page).
        await Page.EvaluateAsync(Unclip);
        AxeResult result;
        try
        {
            result = await Page.RunAxe(ViolationsAndReviews);
        }
        finally
        {
            await Page.EvaluateAsync("() => document.getElementById('unclip-for-contrast')?.remove()");
        }

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        if (serious.Count > 0)
        {
            var details = serious.Select(v =>
                $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))}");
            _browser.CheckedPages.Remove(key);
            throw new Xunit.Sdk.XunitException($"Accessibility violations on {Page.Url}:\n{string.Join('\n', details)}");
        }

        var unmeasured = await UnmeasuredContrastAsync(result);
        if (unmeasured.Count > 0)
        {
            _browser.CheckedPages.Remove(key);
            throw new Xunit.Sdk.XunitException($"Contrast that cannot be measured or fails on {Page.Url} at {Page.ViewportSize?.Width} px ({unmeasured.Count}):\n{string.Join('\n', unmeasured.Take(8))}");
        }
    }

    private async Task<IReadOnlyList<string>> UnmeasuredContrastAsync(AxeResult result)
    {
        var found = new List<string>();
        foreach (var node in result.Incomplete.Where(r => r.Id == "color-contrast").SelectMany(r => r.Nodes))
        {
            // The charts' texts are measured below.
            if (node.Html.StartsWith("<text", StringComparison.Ordinal))
            {
                continue;
            }

            var reason = string.Join("; ", node.Any.Select(a => a.Message));

            // axe cannot tell whether a cell whose box juts past its table's (a collapsed border, a frame wider than
            // the screen) sits on its own background. Nothing on these pages is positioned over text, so the background
            // is the nearest one behind it in the markup: measured here as axe would measure it.
            if (reason.Contains("partially overlaps other elements", StringComparison.Ordinal)
                && await Page.EvaluateAsync<string[]>(OwnColours, node.Target.ToString()) is [var ink, var paper, var size, var weight]
                && ChartContrast.Ratio(ink, paper) >= ChartContrast.MinimumFor(size, weight))
            {
                continue;
            }

            found.Add($"{reason}: {node.Html}");
        }

        foreach (var svg in await Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('svg.chart')].map(s => s.outerHTML)"))
        {
            found.AddRange(ChartContrast.Failures(svg.Replace("&nbsp;", "&#160;", StringComparison.Ordinal)).Select(f => $"chart text {f}"));
        }

        return found;
    }

    /// <summary>An element's text colour, the colour of the nearest background behind it in the markup, its font size and weight.</summary>
    private const string OwnColours = """
        s => {
            const e = document.querySelector(s);
            const style = getComputedStyle(e);
            let paper = 'rgb(255, 255, 255)';
            for (let n = e; n; n = n.parentElement) {
                const c = getComputedStyle(n).backgroundColor;
                if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { paper = c; break; }
            }
            return [style.color, paper, style.fontSize, style.fontWeight];
        }
        """;

    private const string Unclip = """
        () => {
            const style = document.createElement('style');
            style.id = 'unclip-for-contrast';
            style.textContent = '.table-wrap { overflow: visible !important; box-shadow: none !important; }';
            document.head.append(style);
        }
        """;

    /// <summary>A full-page screenshot kept on every run, for a person to look at.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var folder = Path.Combine(OutputRoot, "screenshots");
        Directory.CreateDirectory(folder);
        var size = Page.ViewportSize!;

        // The top of a very long page (the summary, the trail) says enough, and costs far less to capture.
        var height = Math.Min(await Page.EvaluateAsync<int>("() => document.documentElement.scrollHeight"), 6000);
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(folder, $"{name}-{size.Width}x{size.Height}.png"),
            FullPage = true,
            Clip = new Clip { X = 0, Y = 0, Width = size.Width, Height = height },
        });
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private async Task SaveFailureAsync(string person)
    {
        try
        {
            var folder = Path.Combine(OutputRoot, Test);
            Directory.CreateDirectory(folder);
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, person + ".png"), FullPage = true });
            await File.WriteAllTextAsync(Path.Combine(folder, person + ".html"), $"<!-- {Page.Url} -->\n" + await Page.ContentAsync());
        }
        catch (PlaywrightException)
        {
            // The page is gone: the original failure says more.
        }
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}

public static class PageNavigation
{
    /// <summary>Runs an action that loads a page (a click, a key) and waits until that page has loaded.</summary>
    /// <remarks>Playwright marks this obsolete in favour of WaitForURL, which cannot tell a form shown again at the same
    /// address (a refused save) from no load at all.</remarks>
    public static async Task RunAndWaitForNavigationAsyncCompat(this IPage page, Func<Task> action)
    {
#pragma warning disable CS0612
        await page.RunAndWaitForNavigationAsync(action);
#pragma warning restore CS0612
    }
}
