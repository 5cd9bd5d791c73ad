using ActionPlanTracker.Browser.Tests.Infrastructure;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Browser.Tests.Journeys;

public sealed partial class UsabilityTests
{
    /// <summary>The member × commitment matrix on a 1366 × 768 laptop: all eight members in view, none behind a scroll.</summary>
    [Theory]
    [InlineData("dashboard")]
    [InlineData("changes")]
    public async Task The_EU_column_of_the_matrix_is_in_view_without_scrolling_at_1366_px(string page)
    {
        var reader = await app.Factory.CreateAsync(Roles.Secretariat);
        await using var ui = await Ui.OpenAsync(browser, app, $"{nameof(The_EU_column_of_the_matrix_is_in_view_without_scrolling_at_1366_px)}-{page}", new UiOptions(1366, 768));

        await Ui.RunAsync([ui], async () =>
        {
            await ui.SignInAsync(reader);
            await ui.GotoAsync($"/cycles/{OpenCycle}/{page}");
            var table = ui.Page.Locator("table.matrix").First;
            var eu = table.Locator("thead th", new() { HasText = "EU" });
            Assert.Equal(1, await eu.CountAsync());
            var box = await eu.BoundingBoxAsync();
            var sizes = await table.EvaluateAsync<double[]>("t => [t.parentElement.scrollWidth, t.parentElement.clientWidth, window.innerWidth, document.documentElement.scrollWidth]");

            Assert.True(sizes[0] <= sizes[1], $"The matrix' frame scrolls: {sizes[0]} px of table in {sizes[1]} px.");
            Assert.True(box!.X + box.Width <= sizes[2], $"The EU column ends at {box.X + box.Width} px, past the window's {sizes[2]} px.");
            Assert.True(sizes[3] <= sizes[2], $"The page is {sizes[3]} px wide in a {sizes[2]} px window.");
            await ui.ScreenshotAsync($"matrix-{page}");
        });
    }
}
